import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Unit tests sit beside the code. Dexie runs on fake-indexeddb; main-process handlers use real temp files. */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'e2e/harness/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    server: { deps: { inline: ['electron-store'] } },
    reporters: process.env.CI_JSON ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
