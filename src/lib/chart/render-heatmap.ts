import { type Area, type Layout, leftMarginFor, xAxisBand, yAxisBand } from './axes';
import { bandTickIndices } from './band-ticks';
import { axisTitle, formatValue } from './scales';
import type { HeatmapSpec } from './spec';
import { el, esc, text, textWidth } from './svg';

/**
 * Six steps rather than a continuous ramp: a reader can match a cell to a legend swatch, and the CSS
 * mixes each step from --chart-1 and the page background, so the ramp follows the theme.
 */
export const HEAT_STEPS = 6;
const FALLBACK_RAMP = Array.from({ length: HEAT_STEPS }, (_, k) => `var(--chart-heat-${k})`);

export function heatStep(v: number, lo: number, hi: number): number {
  if (hi <= lo) return HEAT_STEPS - 1;
  return Math.min(HEAT_STEPS - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * HEAT_STEPS)));
}

export function renderHeatmap(spec: HeatmapSpec, layout: Layout): { body: string; height: number } {
  const { width, fontPx } = layout;
  const all = spec.values.flat();
  const lo = all.length ? Math.min(...all) : 0;
  const hi = all.length ? Math.max(...all) : 1;

  // Legend: title, then the six swatches with their boundaries.
  const legTitle = text(2, fontPx, `${spec.value.label} (${spec.value.unit})`, {
    class: 'chart-axis-title',
    dy: '0.32em',
  });
  const swW = Math.min(44, (width - 8) / HEAT_STEPS);
  const swatches: string[] = [];
  for (let k = 0; k < HEAT_STEPS; k++) {
    swatches.push(
      el('rect', {
        class: `chart-heat chart-heat-${k}`,
        x: 2 + k * swW,
        y: fontPx * 1.9,
        width: swW - 1,
        height: fontPx * 0.9,
        fill: FALLBACK_RAMP[k],
      }),
    );
  }
  const edges = [0, HEAT_STEPS / 2, HEAT_STEPS].map((k) => ({ k, v: lo + ((hi - lo) * k) / HEAT_STEPS }));
  const edgeLabels = edges
    .map(({ k, v }) =>
      text(2 + k * swW, fontPx * 3.6, formatValue(v, spec.value.format), {
        class: 'chart-tick',
        'text-anchor': k === 0 ? 'start' : k === HEAT_STEPS ? 'end' : 'middle',
      }),
    )
    .join('');
  const legendH = fontPx * 4.4;

  const yAll = spec.yValues.map((v) => formatValue(v, spec.y.format, spec.y.unit));
  const xAll = spec.xValues.map((v) => formatValue(v, spec.x.format, spec.x.unit));
  const rowH = Math.max(layout.compact ? fontPx * 1.5 : fontPx * 1.9, 240 / Math.max(1, spec.yValues.length));
  const top = legendH + fontPx * 2.4;
  const bottom = top + Math.max(1, spec.yValues.length) * rowH;
  const height = bottom + fontPx * 3.6;
  const left = leftMarginFor(yAll, layout, 0.3);
  const right = width - fontPx;
  const area: Area = { left, right, top, bottom };
  const colW = (right - left) / Math.max(1, spec.xValues.length);
  const widestX = Math.max(...xAll.map((l) => textWidth(l, fontPx)));
  const xKept = new Set(bandTickIndices(spec.xValues, spec.x, Math.floor((right - left) / (widestX + fontPx))));
  const yKept = new Set(bandTickIndices(spec.yValues, spec.y, Math.floor((bottom - top) / (fontPx * 1.4))));
  const xLabels = xAll.map((l, i) => (xKept.has(i) ? l : ''));
  const yLabels = yAll.map((l, i) => (yKept.has(i) ? l : ''));

  const nearestIndex = (values: readonly number[], v: number) => {
    let best = 0;
    values.forEach((c, i) => {
      if (Math.abs(c - v) < Math.abs((values[best] ?? c) - v)) best = i;
    });
    return best;
  };
  const annotated = new Set(
    (spec.annotations ?? []).map((a) => `${nearestIndex(spec.yValues, a.y)}:${nearestIndex(spec.xValues, a.x)}`),
  );
  const lastX = spec.xValues.length - 1;
  // A value in the marked cells and at the end of each labelled row; every cell's value is in its
  // tooltip and in the data table, so the grid reads as colour, not as 400 numbers.
  const labelled = (yi: number, xi: number) => annotated.has(`${yi}:${xi}`) || (xi === lastX && yKept.has(yi));

  // yValues[0] sits at the bottom, as on any y axis.
  const rowTop = (yi: number) => bottom - (yi + 1) * rowH;
  const cells: string[] = [];
  spec.values.forEach((row, yi) => {
    row.forEach((v, xi) => {
      const k = heatStep(v, lo, hi);
      const x = left + xi * colW;
      const y = rowTop(yi);
      const label = formatValue(v, spec.value.format, spec.value.unit);
      const tip = `${axisTitle(spec.x)} ${xAll[xi] ?? ''}, ${axisTitle(spec.y)} ${yAll[yi] ?? ''}: ${spec.value.label} ${label}`;
      cells.push(
        el(
          'rect',
          {
            class: `chart-heat chart-heat-${k}`,
            x,
            y,
            width: colW - 1,
            height: rowH - 1,
            fill: FALLBACK_RAMP[k],
          },
          `<title>${esc(tip)}</title>`,
        ),
      );
      if (labelled(yi, xi) && textWidth(label, fontPx * 0.85) + 6 <= colW && rowH >= fontPx * 1.3) {
        cells.push(
          text(x + colW / 2, y + rowH / 2, label, {
            class: `chart-heat-text${k >= HEAT_STEPS / 2 ? ' chart-heat-text--inverse' : ''}`,
            fill: k >= HEAT_STEPS / 2 ? 'var(--color-bg)' : undefined,
            'text-anchor': 'middle',
            dy: '0.32em',
          }),
        );
      }
    });
  });

  // Annotated cells get an outline; their labels go in a key beside the colour legend, never over cells.
  const rings: string[] = [];
  const keys: string[] = [];
  let keyX = Math.max(2 + HEAT_STEPS * swW + fontPx * 1.5, width * 0.5);
  for (const a of spec.annotations ?? []) {
    const xi = nearestIndex(spec.xValues, a.x);
    const yi = nearestIndex(spec.yValues, a.y);
    rings.push(
      el('rect', {
        class: 'chart-cell-ring',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2.5,
        x: left + xi * colW - 1,
        y: rowTop(yi) - 1,
        width: colW + 1,
        height: rowH + 1,
      }),
    );
    keys.push(
      el('rect', {
        class: 'chart-cell-ring',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
        x: keyX,
        y: fontPx * 1.8,
        width: fontPx * 1.4,
        height: fontPx * 1.1,
      }) + text(keyX + fontPx * 1.9, fontPx * 2.35, a.label, { class: 'chart-annotation-label', dy: '0.32em' }),
    );
    keyX += fontPx * 2.6 + textWidth(a.label, fontPx);
  }
  const notes = rings.length ? `<g class="chart-annotation">${rings.join('')}${keys.join('')}</g>` : '';

  const centresX = spec.xValues.map((_, i) => left + (i + 0.5) * colW);
  const centresY = spec.yValues.map((_, i) => rowTop(i) + rowH / 2);
  const body = [
    `<g class="chart-legend" aria-hidden="true">${legTitle}${swatches.join('')}${edgeLabels}</g>`,
    `<g class="chart-marks">${cells.join('')}</g>`,
    yAxisBand(centresY, yLabels, area, axisTitle(spec.y), layout),
    xAxisBand(centresX, xLabels, area, axisTitle(spec.x), layout),
    notes,
  ].join('');
  return { body, height };
}
