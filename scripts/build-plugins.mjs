// Build-time transforms of the browser files (the ESM entry and its chunks, the classic file), each
// a walk over the syntax tree of a module after TypeScript is stripped. `dist/core.js`, the config
// JSON and the tests keep the sources as written.
import { transform as transformCss } from 'lightningcss';

/** Every node of the tree for which `match` holds, depth first. */
function* nodes(node, match) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child, match);
    return;
  }
  if (match(node)) yield node;
  for (const key of Object.keys(node)) if (key !== 'parent') yield* nodes(node[key], match);
}

/** Applies [start, end, text] replacements, from the end so that earlier offsets stay valid. */
const splice = (code, edits) =>
  edits
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end, text]) => out.slice(0, start) + text + out.slice(end), code);

// Minifies the static text of Lit's tagged templates: the JS minifier keeps template literals byte
// for byte, so the indentation of every `html` template and the whole stylesheet reached dist/ as
// written. CSS goes through Lightning CSS (installed with Vite); HTML templates only lose their line
// breaks and indentation (white space holding a line break becomes one space, which renders the
// same outside <pre> and <textarea>, which the widget does not use). Written here because the one
// published plugin for this (minify-html-literals) has been unmaintained since 2020.
const TAGS = new Set(['html', 'svg', 'css']);

function minifyCss(quasis, id) {
  // A stylesheet with expressions is left alone (the widget has none).
  if (quasis.length !== 1) return null;
  const { code } = transformCss({ filename: id, code: Buffer.from(quasis[0].value.raw), minify: true });
  const text = code.toString();
  if (/[`\\]|\$\{/.test(text)) throw new Error(`minify-literals: the CSS of ${id} needs escaping`);
  return [text];
}

export const minifyLiterals = {
  name: 'minify-literals',
  enforce: 'post',
  transform(code, id) {
    if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
    const edits = [];
    const tagged = (n) => n.type === 'TaggedTemplateExpression' && TAGS.has(n.tag?.name);
    for (const node of nodes(this.parse(code), tagged)) {
      const { quasis } = node.quasi;
      const texts =
        node.tag.name === 'css' ? minifyCss(quasis, id) : quasis.map((q) => q.value.raw.replace(/\s*\n\s*/g, ' '));
      // A quasi's range excludes the backtick and `${`.
      texts?.forEach((text, i) => edits.push([quasis[i].start, quasis[i].end, text]));
    }
    return { code: splice(code, edits), map: null };
  },
};

// The built-in content without each distribution's `basis` — its provenance: the report sentence
// it follows or the published figure it meets. The widget never reads or shows it (it is for the
// people who check and edit the model); `dist/default-config.json`, `dist/core.js` and the
// collector keep it, and a host's config still needs it (the validator checks it).
export const dropProvenance = {
  name: 'drop-provenance',
  enforce: 'post',
  transform(code, id) {
    if (!id.includes('/src/content/') || !code.includes('basis')) return null;
    const basis = (n) => n.type === 'Property' && !n.computed && n.key?.name === 'basis';
    // The property and the comma after it.
    const edits = [...nodes(this.parse(code), basis)].map((p) => [
      p.start,
      /^\s*,/.test(code.slice(p.end)) ? code.indexOf(',', p.end) + 1 : p.end,
      '',
    ]);
    return { code: splice(code, edits), map: null };
  },
};
