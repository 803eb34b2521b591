import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

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

/**
 * Offline and installable: a service worker precaches the app; the update is offered to the user
 * (registerType "prompt"), never applied by an automatic reload. Installed, the app handles plan
 * files (file_handlers + launchQueue in src/app).
 */
const pwa = VitePWA({
  registerType: "prompt",
  injectRegister: false,
  includeAssets: ["favicon.svg"],
  manifest: {
    name: "HTX Plan — kế hoạch phát triển kinh tế tập thể, hợp tác xã",
    short_name: "HTX Plan",
    description: "Lập và theo dõi kế hoạch phát triển kinh tế tập thể, hợp tác xã",
    lang: "vi",
    start_url: "./",
    scope: "./",
    display: "standalone",
    theme_color: "#0b4f4a",
    background_color: "#f3f6f5",
    icons: [
      { src: "icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    file_handlers: [{ action: "./", accept: { "application/json": [".json"] } }],
  },
  workbox: {
    globPatterns: ["**/*.{js,css,html,svg,png,woff2,json}"],
    navigateFallback: "index.html",
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
  },
});

// The app is fully client-side; the built files can be served from any static host.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), pwa],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: process.env.HTX_OUT_DIR ?? "dist",
  },
  preview: { port: Number(process.env.HTX_PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
