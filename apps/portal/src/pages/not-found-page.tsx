import { paths } from "../app/paths";
import { useDocumentTitle } from "../ui/document-title";
import { Link } from "../ui/navigation";

export function NotFoundPage() {
  useDocumentTitle("Siden findes ikke");
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Adressen findes ikke i Overblik. Måske er linket forældet.</p>
      <p>
        <Link to={paths.projects}>Gå til projekterne</Link>
      </p>
    </>
  );
}
