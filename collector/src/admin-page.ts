/**
 * The admin page: the summary as server-rendered SVG bar charts and tables, a CSV link, and the
 * login form. No script at all, so its CSP can forbid every script; hono/html escapes each value.
 */
import { html } from 'hono/html';
import type { Config } from 'sm-maturity-check/core';
import type { Summary } from './store.ts';

type Html = ReturnType<typeof html>;

export const ADMIN_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1,h2{line-height:1.2}figure{margin:1rem 0}svg{max-width:100%;height:auto}.bar{fill:#2f6f8f}
.axis{font-size:11px;fill:#444}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ccc;text-align:left}
.error{color:#a00}label{display:block;margin:.5rem 0}`;

const shell = (title: string, body: Html) =>
  String(
    html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>${title}</title>
          <link rel="stylesheet" href="/admin/admin.css" />
        </head>
        <body>
          ${body}
        </body>
      </html>`,
  );

export const loginPage = (failed: boolean) =>
  shell(
    'Collector admin: sign in',
    html`<main>
      <h1>Collector admin</h1>
      ${failed ? html`<p class="error" role="alert">That token is not right.</p>` : ''}
      <form method="post" action="/admin/login">
        <label>Admin token <input name="token" type="password" autocomplete="current-password" required /></label>
        <button type="submit">Sign in</button>
      </form>
    </main>`,
  );

/** A bar chart as SVG: one bar per label, heights relative to the largest count. */
function bars(title: string, labels: readonly string[], counts: readonly number[]): Html {
  const width = 40 * labels.length + 20;
  const top = Math.max(1, ...counts);
  const desc = labels.map((l, i) => `${l}: ${counts[i]}`).join(', ');
  return html`<figure>
    <svg role="img" viewBox="0 0 ${width} 170" width="${width}" height="170">
      <title>${title}</title>
      <desc>${desc}</desc>
      ${labels.map((label, i) => {
        const h = Math.round((120 * (counts[i] ?? 0)) / top);
        return html`<rect class="bar" x="${10 + i * 40}" y="${130 - h}" width="30" height="${h}"></rect>
          <text class="axis" x="${25 + i * 40}" y="${125 - h}" text-anchor="middle">${counts[i]}</text>
          <text class="axis" x="${25 + i * 40}" y="148" text-anchor="middle">${label}</text>`;
      })}
    </svg>
    <figcaption>${title}</figcaption>
  </figure>`;
}

const BINS = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'];
const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(1));

export function adminPage(
  s: Summary,
  available: readonly { config_id: string; config_version: string; n: string | number }[],
  config: Config | undefined,
): string {
  const query = `config=${encodeURIComponent(s.config)}&version=${encodeURIComponent(s.version)}`;
  const segmentIds = config?.segments.map((x) => x.id) ?? Object.keys(s.segments);
  const label = (id: string) => config?.dimensions.find((d) => d.id === id)?.label.en ?? id;
  return shell(
    `Responses: ${s.config} ${s.version}`,
    html`<main>
      <h1>Responses to ${s.config} (version ${s.version})</h1>
      <p>
        n = ${s.n}${s.first ? html`, from ${s.first.slice(0, 10)} to ${(s.last ?? '').slice(0, 10)}` : ''}. Mean overall
        score ${fmt(s.overall.mean)}.
      </p>
      <p><a href="/v1/responses.csv?${query}" download="responses.csv">Download these responses as CSV</a></p>
      <h2>Segments</h2>
      ${bars(
        'Responses per segment',
        segmentIds,
        segmentIds.map((id) => s.segments[id] ?? 0),
      )}
      <h2>Overall score</h2>
      ${bars('Overall score (responses per 10 points)', BINS, s.overall.distribution)}
      <h2>Dimensions</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Mean score</th>
          </tr>
        </thead>
        <tbody>
          ${s.dimensions.map(
            (d) =>
              html`<tr>
                <td>${label(d.id)}</td>
                <td>${fmt(d.mean)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${s.dimensions.map((d) => bars(`${label(d.id)} (responses per 10 points)`, BINS, d.distribution))}
      <h2>Other config versions</h2>
      <ul>
        ${available.map(
          (a) =>
            html`<li>
              <a
                href="/admin?config=${encodeURIComponent(a.config_id)}&amp;version=${encodeURIComponent(a.config_version)}"
                >${a.config_id} ${a.config_version}</a
              >: ${Number(a.n)}
            </li>`,
        )}
      </ul>
      <form method="post" action="/admin/logout"><button type="submit">Sign out</button></form>
    </main>`,
  );
}
