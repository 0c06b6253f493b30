import { defineConfig } from 'vite';

// The demo (demo/): the README's first command serves it. The widgets are used as built by `tsc` (dist/), so the
// page runs exactly what a partner site gets from the npm package.
export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../build/demo', emptyOutDir: true, target: 'es2022' },
});
