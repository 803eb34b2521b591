import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app is fully client-side; the built files can be served from any static host.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: process.env.HTX_OUT_DIR ?? "dist",
  },
  preview: { port: Number(process.env.HTX_PORT ?? 4173), strictPort: true },
  server: { port: 5173 },
});
