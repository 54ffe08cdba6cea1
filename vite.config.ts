// The demo only: `npm start` (dev server) and `npm run build:demo` (static site in demo-dist/).
// The library build (scripts/build.mjs) runs with `configFile: false` and never reads this file.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { staticChunks } from './scripts/chunks.mjs';

const project = fileURLToPath(new URL('./', import.meta.url));
const src = fileURLToPath(new URL('./src/', import.meta.url));

// Vite prints (and opens) the server's root; the demo lives at /demo/, so `/` redirects there and
// the URL in the terminal shows the demo, not a 404.
const rootToDemo: Plugin = {
  name: 'root-to-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/' && req.url !== '/index.html') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
};

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // The root stays at the project so the page's `/src/…` import resolves; open /demo/.
        root: project,
        appType: 'mpa',
        publicDir: false,
        server: { host: '127.0.0.1', port: 5173, open: '/demo/' },
        plugins: [rootToDemo],
      }
    : {
        // Built from demo/ as the root, so the page lands at demo-dist/index.html; `/src/…`
        // (root-relative in the page) is mapped back to the project's src/.
        root: fileURLToPath(new URL('./demo/', import.meta.url)),
        base: './',
        appType: 'mpa',
        publicDir: false,
        resolve: { alias: [{ find: /^\/src\//, replacement: src }] },
        // The demo is one site: the widget's chunks are bundled into it.
        plugins: [staticChunks],
        build: {
          outDir: fileURLToPath(new URL('./demo-dist/', import.meta.url)),
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: false,
          rolldownOptions: { input: fileURLToPath(new URL('./demo/index.html', import.meta.url)) },
        },
      },
);
