import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmark page (bench/) into out/bench; scripts/bench.mjs serves it over http://127.0.0.1. */
export default defineConfig({
  root: fileURLToPath(new URL('./bench', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./out/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    minify: true,
  },
});
