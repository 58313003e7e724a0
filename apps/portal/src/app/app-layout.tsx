import type { ReactNode } from "react";
import { AppHeader } from "../modules/session/components/app-header";
import { useSession } from "../modules/session/hooks/use-session";
import { ErrorAlert } from "../ui/alert";

export function AppLayout({ children }: { children: ReactNode }) {
  const { logOutError } = useSession();
  return (
    <>
      <AppHeader />
      <main id="main" className="container page-main" tabIndex={-1}>
        {logOutError ? <ErrorAlert message={logOutError} /> : null}
        {children}
      </main>
    </>
  );
}
