import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (file: string) => fileURLToPath(new URL(`./bench/${file}`, import.meta.url));

/**
 * Builds the benchmark pages (bench/) into out/bench; scripts/bench.mjs serves them over http://127.0.0.1:
 * index.html (storage and search), daftar-hadir.html (the app's daftar hadir document for the PDF bench) and
 * tabel-polos.html (the same rows as a bare table, its baseline). React as in the app's renderer build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./bench', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    minify: true,
    rollupOptions: { input: { index: page('index.html'), 'daftar-hadir': page('daftar-hadir.html'), 'tabel-polos': page('tabel-polos.html') } },
  },
});
