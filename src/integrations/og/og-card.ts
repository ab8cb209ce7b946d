/**
 * The Open Graph card for a chapter as an SVG (1200 x 630): site name, chapter number, title,
 * description and a motif of two sites joined by a long link. Pure string building; og-png.ts
 * rasterises it. Light palette only: a share preview cannot follow the reader's theme.
 */
import { tokenColor } from '../../lib/palette';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCardInput {
  siteName: string;
  /** "Chapter 3"; omitted for pages that are not chapters. */
  kicker?: string;
  title: string;
  description: string;
}

const INK = tokenColor('--color-text', 'light');
const MUTED = tokenColor('--color-muted', 'light');
const ACCENT = tokenColor('--color-accent', 'light');
const BG = tokenColor('--color-bg', 'light');
const RULE = tokenColor('--color-border', 'light');

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Greedy word wrap by estimated advance (DejaVu averages ~0.56 em a glyph, bold serif ~0.62), with an
 * ellipsis when the text needs more than `maxLines`.
 */
export function wrapText(text: string, fontPx: number, maxWidthPx: number, maxLines: number, em = 0.56): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidthPx / (fontPx * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last}…`.replace(/\s+…$/, '…');
  return kept;
}

function lines(x: number, y: number, lineHeight: number, rows: readonly string[], attrs: string): string {
  return rows.map((row, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attrs}>${esc(row)}</text>`).join('');
}

export function ogCardSvg(input: OgCardInput): string {
  const pad = 80;
  const textWidth = OG_WIDTH - pad * 2;
  const titleRows = wrapText(input.title, 68, textWidth, 2, 0.6);
  const titleY = 250;
  const descY = titleY + titleRows.length * 80 + 20;
  const descRows = wrapText(input.description, 32, textWidth, 3);
  const motif = [
    // Two sites (clusters of racks) and the long-haul link between them, echoing the site mark.
    `<g transform="translate(${OG_WIDTH - 330} 70)">`,
    ...[0, 1, 2].flatMap((r) =>
      [0, 1, 2].map((c) => `<rect x="${c * 20}" y="${r * 20}" width="14" height="14" rx="2" fill="${ACCENT}"/>`),
    ),
    ...[0, 1, 2].flatMap((r) =>
      [0, 1, 2].map((c) => `<rect x="${190 + c * 20}" y="${r * 20}" width="14" height="14" rx="2" fill="${ACCENT}"/>`),
    ),
    `<path d="M66 27 C110 -20 150 -20 184 27" fill="none" stroke="${ACCENT}" stroke-width="5" stroke-dasharray="12 8" stroke-linecap="round"/>`,
    '</g>',
  ].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${BG}"/>`,
    `<rect width="${OG_WIDTH}" height="12" fill="${ACCENT}"/>`,
    motif,
    `<text x="${pad}" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="${INK}">${esc(input.siteName)}</text>`,
    input.kicker
      ? `<text x="${pad}" y="${titleY - 80}" font-family="DejaVu Sans" font-size="28" fill="${ACCENT}" letter-spacing="2">${esc(input.kicker.toUpperCase())}</text>`
      : '',
    lines(pad, titleY, 80, titleRows, `font-family="DejaVu Serif" font-weight="bold" font-size="68" fill="${INK}"`),
    lines(pad, descY, 44, descRows, `font-family="DejaVu Sans" font-size="32" fill="${MUTED}"`),
    `<rect x="${pad}" y="${OG_HEIGHT - 70}" width="${textWidth}" height="2" fill="${RULE}"/>`,
    `<text x="${pad}" y="${OG_HEIGHT - 32}" font-family="DejaVu Sans" font-size="24" fill="${MUTED}">Training one AI model across distant datacentres</text>`,
    '</svg>',
  ].join('');
}
