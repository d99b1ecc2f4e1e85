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
      rollupOptions: {
        input: { main: 'electron/main.ts', 'reports-worker': 'electron/reports/worker.ts' },
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
