// The hostile-input page (fixtures/hostile.html, served WITHOUT a Content-Security-Policy so that an
// injected payload would really run): widgets mounted by script, what they show, and an audit of
// the whole document for anything a payload could have put in.
import type { Browser, Page } from 'puppeteer-core';
import type { TestPage, TestServer } from '../harness.ts';
import { openPage } from '../harness.ts';
import { TAG } from './widget.ts';

export const HOSTILE_FIXTURE = '/tests/pages/fixtures/hostile.html';
const viewport = { width: 1024, height: 800 };

/** Opens the empty host page, with dialogs recorded (and dismissed). */
export async function openHost(
  browser: Browser,
  server: TestServer,
  query: string,
): Promise<{ t: TestPage; dialogs: string[] }> {
  const t = await openPage(browser, `${server.url}${HOSTILE_FIXTURE}?${query}`, { viewport });
  const dialogs: string[] = [];
  t.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { t, dialogs };
}

export interface Mount {
  id: string;
  src?: string;
  config?: unknown;
  persist?: 'none' | 'local';
}

/**
 * Removes the widgets on the page and adds new ones; records every text the first one ever
 * shows (a MutationObserver on its shadow root) in window.__seen.
 */
export async function mount(page: Page, mounts: Mount[]): Promise<void> {
  await page.evaluate(
    (tag, list) => {
      for (const old of document.querySelectorAll(tag)) old.remove();
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      list.forEach((m, i) => {
        const el = document.createElement(tag) as HTMLElement & { config?: unknown };
        el.id = m.id;
        if (m.persist) el.setAttribute('persist', m.persist);
        if (m.config !== undefined) el.config = m.config;
        if (m.src) el.setAttribute('src', m.src);
        document.getElementById('host')!.append(el);
        if (i > 0 || !el.shadowRoot) return;
        seen.push(el.shadowRoot.textContent ?? '');
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'characterData') seen.push((r.target as CharacterData).data);
            for (const n of r.addedNodes) seen.push(n.textContent ?? '');
          }
        }).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
      });
    },
    TAG,
    mounts,
  );
  // Every instance has loaded its config and the results part, and rendered.
  await page
    .waitForFunction(
      async (tag) => {
        const all = [...document.querySelectorAll(tag)] as (Element & { updateComplete: Promise<unknown> })[];
        await Promise.all(all.map((el) => el.updateComplete));
        return all.every(
          (el) =>
            !['loading', null].includes(
              el.shadowRoot?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? null,
            ),
        );
      },
      {},
      TAG,
    )
    .catch(async (error: Error) => {
      throw new Error(`${error.message}; the widgets show ${JSON.stringify(await steps(page))}`);
    });
}

/** The step each instance shows, by id. */
export const steps = (page: Page) =>
  page.evaluate(
    (tag) =>
      Object.fromEntries(
        [...document.querySelectorAll(tag)].map((el) => [
          el.id,
          el.shadowRoot?.querySelector('[part~="panel"]')?.getAttribute('data-step') ?? '',
        ]),
      ),
    TAG,
  );

/**
 * Everything that would mean a payload got in, anywhere in the document and its shadow roots:
 * an `on…` attribute, script/frame/embedding/style elements, a link that is not https: or
 * mailto:, a URL-carrying attribute, a `style` attribute, a script added to the document.
 */
export function audit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const banned = [
      'script',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'style',
      'img',
      'image',
      'video',
      'audio',
      'source',
      'template',
      'noscript',
      'xmp',
      'marquee',
      'math',
      'isindex',
      'animate',
      'set',
    ];
    const urlAttributes = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'background', 'poster', 'style'];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      const shadow = root !== document;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const name = el.localName;
        if (shadow && banned.includes(name)) problems.push(`<${name}> in a shadow root`);
        for (const { name: attr, value } of el.attributes) {
          const a = attr.toLowerCase();
          if (a.startsWith('on')) problems.push(`<${name} ${attr}="${value}">`);
          if (!shadow) continue;
          if ((a === 'href' || a.endsWith(':href')) && !/^(https:|mailto:)/.test(value))
            problems.push(`<${name} ${attr}="${value}">`);
          if (urlAttributes.includes(a)) problems.push(`<${name} ${attr}="${value}"> in a shadow root`);
        }
      }
    }
    if (document.scripts.length !== 2) problems.push(`${document.scripts.length} scripts in the document`);
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined)
      problems.push('window.__xss was set: a payload ran');
    return problems;
  });
}
