// Prints, as a markdown table, what each question's benchmark rests on: a published figure
// (`sourced`) or a quoted sentence of the report (`assumed`). The README holds this output
// between its provenance markers, and tests/dist/readme.test.ts keeps the two equal.
//   npx tsx scripts/provenance-table.ts            (the built-in config)
import { pathToFileURL } from 'node:url';
import type { Config, Question } from '../src/core/schema.ts';
import { defaultConfig } from '../src/content/report-2011.ts';

/** Longest cell text before it is cut at a word and ended with '…'. */
const MAX_CELL = 90;

function shorten(text: string, max = MAX_CELL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A citation keeps its start (who, what) and its end (the figure used), cut in the middle: its
 * population and year sit in between and are the same for every question that cites it.
 */
function shortenMiddle(text: string, max = MAX_CELL + 15): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = shorten(flat, Math.floor(max * 0.4)).replace(/…$/, '');
  const tail = flat.slice(flat.length - (max - head.length - 3));
  return `${head} … ${tail.slice(tail.indexOf(' ') + 1)}`;
}

/** Pipes and newlines would break the table row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const pct = (share: number) => `${Math.round(share * 100)} %`;

/** The published marginal next to what the mixture gives for the same options. */
function checkCell(config: Config, question: Question): string {
  const check = question.benchmark.basis.check;
  if (!check) return '';
  const modelled = config.benchmark.classes.reduce((total, c) => {
    const shares = question.benchmark.shares?.[c.id] ?? [];
    const chosen = check.options.reduce(
      (s, id) => s + (shares[question.options.findIndex((o) => o.id === id)] ?? 0),
      0,
    );
    return total + c.weight * chosen;
  }, 0);
  return `${check.options.join(' / ')}: source ${pct(check.share)}, benchmark ${pct(modelled)}`;
}

export function provenanceTable(config: Config): string {
  const rows = config.questions.map((q) => {
    const { kind, source, quote } = q.benchmark.basis;
    const basis = kind === 'sourced' ? shortenMiddle(source ?? '') : `‘${shorten(quote ?? '', MAX_CELL - 2)}’`;
    return `| \`${q.id}\` | ${cell(q.text.nl)} | ${kind} | ${cell(basis)} | ${cell(checkCell(config, q))} |`;
  });
  // The classes' weights are assumptions too: what each rests on, under the questions.
  const classes = config.benchmark.classes.map((c) => {
    const { kind, source, quote } = c.basis;
    const basis = kind === 'sourced' ? shortenMiddle(source ?? '') : `‘${shorten(quote ?? '', MAX_CELL - 2)}’`;
    return `| \`${c.id}\` | ${cell(c.label.nl)} | ${pct(c.weight)} | ${kind} | ${cell(basis)} |`;
  });
  return [
    '| question | question (nl) | basis | source or quoted sentence | check (published marginal) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '| class | label (nl) | weight | basis | quoted sentence |',
    '|---|---|---|---|---|',
    ...classes,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(provenanceTable(defaultConfig));
}
