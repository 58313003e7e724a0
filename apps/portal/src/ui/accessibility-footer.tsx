/**
 * The footer on every page of the portal (the login page, the password change and every page in the layout):
 * the link to the accessibility statement every Danish public web solution must have. /was is the API's short
 * address that redirects to the installation's statement on was.digst.dk (apps/api/src/server/was.ts).
 */
export function AccessibilityFooter() {
  return (
    <footer className="site-footer d-print-none">
      <div className="container">
        <a href="/was">Tilgængelighedserklæring</a>
      </div>
    </footer>
  );
}
