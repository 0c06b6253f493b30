import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdnDir = fileURLToPath(new URL('./packages/widgets/cdn', import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));

/** Serves the CDN build at /cdn/, as a partner's page would load it from a CDN. */
function cdn(): Plugin {
  return {
    name: 'qi-cdn',
    configureServer(server) {
      server.middlewares.use('/cdn', (req, res, next) => {
        const file = normalize(join(cdnDir, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
        if (!file.startsWith(cdnDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
  };
}

// The demo (demo/): the README's first command serves it. The government page uses the npm package as built by
// `tsc` (dist/); the partner page uses only the CDN files, as a partner pastes them.
export default defineConfig({
  root: 'demo',
  plugins: [cdn()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../build/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { index: page('index.html'), partner: page('partner.html') } },
  },
});
