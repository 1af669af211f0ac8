import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * The build date the About page shows, so an office can tell which build it runs when it installs a new version
 * from a USB stick. SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds.
 */
const buildDate = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10);

/**
 * One build for the three runtimes. The preload is CommonJS because a sandboxed preload cannot load ES modules;
 * the renderer output (out/renderer) is what both the Electron app:// scheme and the e2e harness serve.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts'), formats: ['es'] },
      externalizeDeps: true,
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    define: { 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(buildDate) },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; a smaller bundle parses faster on the offices' older laptops.
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
