import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/styles.css";
import { startServiceWorker } from "./app/serviceWorker";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Production builds only: the dev server has no service worker.
if (import.meta.env.PROD) startServiceWorker();
