// Self-contained chunks next to the ESM entry: each is built as its own entry (so it imports no
// other chunk) and loaded by src/element/chunk.ts under its real URL, so a retry can add a query
// string. `loader` is the module in src/element/ that names the chunk's source with
// `new URL(/* @vite-ignore */ '<source>', import.meta.url)`; `load` is what that module exports.
export const chunks = [
  { loader: 'validator.ts', source: '../core/parse-config.ts', name: 'parse-config', load: 'loadValidator' },
  { loader: 'content.ts', source: '../content/report-2011.ts', name: 'content', load: 'loadContent' },
  { loader: 'delivery-loader.ts', source: './delivery-chunk.ts', name: 'delivery', load: 'loadDelivery' },
];
export const loaderOf = (id) => chunks.find(({ loader }) => id.endsWith(`/src/element/${loader}`));

// Builds that hold every chunk (the classic file, the demo site): each loader becomes a static import.
export const staticChunks = {
  name: 'static-chunks',
  enforce: 'pre',
  load(id) {
    const chunk = loaderOf(id);
    return chunk && `import * as m from '${chunk.source}';\nexport const ${chunk.load} = async () => m;`;
  },
};
