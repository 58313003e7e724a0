import { Component, type ReactNode } from "react";
import { Alert } from "./alert";

interface Props {
  /** The address: a new one tries again. */
  resetKey: string;
  children: ReactNode;
}

/**
 * A page that could not be shown — mostly one whose code could not be fetched (app/router.tsx loads each page
 * when first shown: the network was gone, or a new version was deployed and main.tsx has already reloaded once):
 * a Danish message in its place, with the header still there, instead of an empty window.
 */
export class PageLoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert variant="error" heading="Siden kunne ikke vises">
        Tjek din forbindelse, og genindlæs siden (F5). Hjælper det ikke, så kontakt jeres administrator.
      </Alert>
    );
  }
}
