import type { Middleware } from "./app.js";

/** The page GET /was shows when the installation has not set ACCESSIBILITY_STATEMENT_URL: what it is and how to set it. */
export const WAS_NOT_CONFIGURED_HTML = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tilgængelighedserklæring – Overblik</title></head>
<body>
<main>
<h1>Tilgængelighedserklæring</h1>
<p>Denne installation af Overblik har endnu ikke angivet sin tilgængelighedserklæring.</p>
<p>Kommunen, der driver installationen, udfylder erklæringen på was.digst.dk (Digitaliseringsstyrelsens værktøj til
tilgængelighedserklæringer) og sætter derefter miljøvariablen <code>ACCESSIBILITY_STATEMENT_URL</code> til erklæringens
adresse og genstarter Overblik. Så sender denne adresse (/was) videre til erklæringen. README'en beskriver hvordan, under
"Tilgængelighedserklæring".</p>
<p><a href="/">Tilbage til Overblik</a></p>
</main>
</body>
</html>
`;

/** GET /was: a 302 to the installation's accessibility statement, or a Danish page saying it is not configured. */
export function accessibilityStatement(url: string | null | undefined): Middleware {
  return (_req, res) => {
    if (url) {
      res.redirect(302, url);
      return;
    }
    res.status(200).type("text/html; charset=utf-8").send(WAS_NOT_CONFIGURED_HTML);
  };
}
