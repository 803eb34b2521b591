import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Content Security Policy for the built app (a meta tag; the app has no server to send headers).
 * No inline script and no eval; styles may be inline (AG Grid's theming injects style elements).
 * Only in the build: Vite's dev server relies on inline scripts for hot reload.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "htx-csp",
    apply: "build",
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

// The app is fully client-side; the built files can be served from any static host.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: process.env.HTX_OUT_DIR ?? "dist",
  },
  preview: { port: Number(process.env.HTX_PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
