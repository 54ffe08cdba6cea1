/**
 * The result card: a 1200×630 PNG (the size link previews use) drawn on a canvas by our own
 * code — no html2canvas-style dependency, nothing that needs a looser CSP. Loaded on demand.
 */
import type { Result } from '../core/scoring.ts';
import type { View } from './view.ts';

export const CARD = { width: 1200, height: 630 } as const;

export function drawCard(
  view: View,
  result: Result,
  colours: { accent: string; text: string; surface: string; font?: string },
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = CARD.width;
  canvas.height = CARD.height;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('no 2D canvas'));
  // The theme's font (--sm-font, as the widget computed it), so the card looks like the site.
  const family = colours.font || "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  const font = (size: number, weight = 400) => `${weight} ${size}px ${family}`;
  g.fillStyle = colours.surface;
  g.fillRect(0, 0, CARD.width, CARD.height);
  g.fillStyle = colours.accent;
  g.fillRect(0, 0, CARD.width, 16);

  g.fillStyle = colours.text;
  g.font = font(30);
  g.fillText(view.t(view.config.title), 64, 84, 1072);
  g.fillStyle = colours.accent;
  g.font = font(64, 700);
  g.fillText(view.msg.segment(result.segment.label), 64, 176, 1072);
  g.fillStyle = colours.text;
  g.font = font(32);
  g.fillText(view.msg.percentile(result.overall.percentile), 64, 236, 1072);

  // One bar per dimension: a track, the score filled in the accent colour, the label above.
  const top = 290;
  // Bars end by y ≈ 530, leaving the footer its own lines.
  const row = Math.min(62, 240 / Math.max(1, result.dimensions.length));
  result.dimensions.forEach((d, i) => {
    const y = top + i * row;
    g.fillStyle = colours.text;
    g.font = font(22);
    g.fillText(`${d.label} · ${d.score}`, 64, y + 18, 1072);
    g.globalAlpha = 0.15;
    g.fillRect(64, y + 28, 1072, 14);
    g.globalAlpha = 1;
    g.fillStyle = colours.accent;
    g.fillRect(64, y + 28, (1072 * d.score) / 100, 14);
  });
  // The footer wraps instead of squeezing a long sentence into one line (fillText's maxWidth
  // narrows the glyphs); the brand, when the config has one, gets the last line: name and site.
  const brand = view.config.brand;
  g.fillStyle = colours.text;
  g.font = font(19);
  const footer = wrap(
    g,
    view.msg.compare(view.config.source.title, view.config.source.publisher, view.config.source.year),
    1072,
  ).slice(0, brand ? 2 : 3);
  const bottom = brand ? 570 : 606;
  footer.forEach((line, i) => g.fillText(line, 64, bottom - (footer.length - 1 - i) * 25, 1072));
  if (brand) {
    g.fillStyle = colours.accent;
    g.font = font(22, 700);
    g.fillText(`${brand.name} · ${new URL(brand.url).host}`, 64, 608, 1072);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

/** Splits `text` into lines no wider than `width` at the current font (a word longer than that keeps its line). */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}
