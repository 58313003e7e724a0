import "dkfds/dist/css/dkfds.min.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";

const root = document.getElementById("root");
if (!root) throw new Error("#root mangler i index.html");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
