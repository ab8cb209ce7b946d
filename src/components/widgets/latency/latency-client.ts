import { latencyWidget } from '../../../figures/widgets/latency/definition';
import { endpointOf } from '../../../figures/widgets/latency/endpoint';
import type { LatencyState } from '../../../figures/widgets/latency/state';
import { formatNumber } from '../../../lib/format';
import { mountWidget } from '../shell-client';
import { workerRender } from '../worker-render';
import { mountLatencyMap } from './latency-map-client';

type Control = HTMLInputElement | HTMLSelectElement;

function readPoint(root: HTMLElement, field: 'pa' | 'pb') {
  const lat = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lat"]`)?.valueAsNumber;
  const lon = root.querySelector<HTMLInputElement>(`[data-field="${field}"][data-part="lon"]`)?.valueAsNumber;
  return lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
}

export function mount(root: HTMLElement): () => void {
  const worker = workerRender<LatencyState>(
    () => new Worker(new URL('../../../workers/latency.worker.ts', import.meta.url), { type: 'module' }),
    async () => (await import('../../../figures/widgets/latency')).renderWidgetModel,
  );
  const map = mountLatencyMap(root);
  const unmount = mountWidget(root, {
    def: latencyWidget,
    render: worker.render,
    readControl(state: LatencyState, control: Control): LatencyState | undefined {
      const field = control.dataset.field;
      if (field === 'a' || field === 'b') {
        const pointField = field === 'a' ? 'pa' : 'pb';
        if (control.value === 'custom') {
          const here = endpointOf(state, field);
          return { ...state, [pointField]: { lat: here.lat, lon: here.lon } };
        }
        return { ...state, [field]: control.value, [pointField]: null };
      }
      if ((field === 'pa' || field === 'pb') && control.dataset.part) {
        const point = readPoint(root, field);
        return point ? { ...state, [field]: point } : state;
      }
      return undefined;
    },
    writeControls(r: HTMLElement, state: LatencyState) {
      map.update(state);
      for (const end of ['a', 'b'] as const) {
        const pointField = end === 'a' ? 'pa' : 'pb';
        const select = r.querySelector<HTMLSelectElement>(`select[data-field="${end}"]`);
        if (select) select.value = state[pointField] ? 'custom' : (state[end] ?? '');
        const here = endpointOf(state, end);
        for (const part of ['lat', 'lon'] as const) {
          const input = r.querySelector<HTMLInputElement>(`[data-field="${pointField}"][data-part="${part}"]`);
          if (input && input !== document.activeElement) input.value = String(here[part]);
        }
      }
      for (const input of r.querySelectorAll<HTMLInputElement>('[data-field="rf"]'))
        input.setAttribute(
          'aria-valuetext',
          `${formatNumber(state.rf, { sigFigs: 3 })} times the great-circle distance`,
        );
    },
  });
  return () => {
    unmount();
    map.dispose();
    worker.dispose();
  };
}
