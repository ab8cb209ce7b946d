import { convert, formatBitsPerS } from '../../lib/format';

/** Bandwidth sliders move in log10(Tbit/s); screen readers hear the bandwidth itself. */
export function labelBandwidthSliders(root: HTMLElement, tbitPerS: number): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-field="bw"][data-scale="log10"]'))
    input.setAttribute('aria-valuetext', `${formatBitsPerS(convert(tbitPerS, 'Tbit/s', 'B/s'), 3)} per direction`);
}
