import "dkfds/dist/css/dkfds.min.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";

// Pages are loaded when first shown (app/router.tsx). After a new version is deployed, a tab opened before it asks
// for chunks that no longer exist: loading the page again fetches the new index.html (never cached) and its chunks.
// Once a minute at most, so a chunk that is really missing shows its error instead of reloading forever.
window.addEventListener("vite:preloadError", (event) => {
  const last = Number(sessionStorage.getItem("overblik:reloaded-for-chunk") ?? 0);
  if (Date.now() - last < 60_000) return;
  sessionStorage.setItem("overblik:reloaded-for-chunk", String(Date.now()));
  event.preventDefault();
  window.location.reload();
});

const root = document.getElementById("root");
if (!root) throw new Error("#root mangler i index.html");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
