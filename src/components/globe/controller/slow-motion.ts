/** The slow-motion select: the standard choices, plus the URL's value if it is not one of them. */
import { slowdownLabel } from '../../../figures/globe/format-readout';
import { SLOWDOWN_CHOICES } from '../globe-state';
import { createListeners } from './listeners';

export function slowdownOptions(current: number): number[] {
  const values: number[] = [...SLOWDOWN_CHOICES];
  if (!values.includes(current)) values.push(current);
  return values.sort((a, b) => a - b);
}

export function mountSlowMotion(
  select: HTMLSelectElement | null,
  current: number,
  onChange: (onScreenMsPerRealMs: number) => void,
): () => void {
  const listeners = createListeners();
  if (!select) return listeners.dispose;
  select.replaceChildren(
    ...slowdownOptions(current).map((v) => {
      const o = document.createElement('option');
      o.value = String(v);
      o.textContent = slowdownLabel(v);
      o.selected = v === current;
      return o;
    }),
  );
  listeners.on(select, 'change', () => {
    const v = Number(select.value);
    if (Number.isFinite(v) && v > 0) onChange(v);
  });
  return listeners.dispose;
}
