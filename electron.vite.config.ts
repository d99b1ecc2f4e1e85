// The desktop build: main and preload from electron/, the renderer from renderer/ (the
// same output browser mode serves). The preload is bundled into one CommonJS file so the
// sandbox can stay on.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // The reports worker is its own entry: a thread loads it by path (electron/reports/runner.ts).
      // Browser mode's host (web-cli) is built too, so `npm run web` and the end-to-end tests
      // start plain JavaScript rather than compiling the sources at every start.
      rollupOptions: {
        input: {
          main: 'electron/main.ts',
          'web-cli': 'electron/web-cli.ts',
          'reports-worker': 'electron/reports/worker.ts',
        },
        // Shared chunks sit beside the entries, so a path taken from a chunk's own
        // import.meta.url (the reports worker's, in runner.ts) resolves as in the sources.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: 'electron/preload.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      cssMinify: true,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
