/**
 * <sf-widget data-widget="id">: the lazy island (../lazy-island.ts) loads its widget's script when
 * it comes near the viewport (or at once when the URL carries state for it), then hands the element
 * to the widget's mount function.
 */
import { defineLazyIsland, hasUrlState } from '../lazy-island';

type WidgetMount = (root: HTMLElement) => () => void;

const loaders: Record<string, () => Promise<{ mount: WidgetMount }>> = {
  failures: () => import('./failures/failures-client'),
  latency: () => import('./latency/latency-client'),
  memory: () => import('./memory/memory-client'),
  step: () => import('./step/step-client'),
  train: () => import('./train/train-client'),
  utilisation: () => import('./utilisation/utilisation-client'),
  power: () => import('./power/power-client'),
  build: () => import('./build/build-client'),
  talkless: () => import('./talkless/talkless-client'),
};

export function defineWidgetElement(): void {
  defineLazyIsland('sf-widget', {
    startWhen: (el) => (hasUrlState(el.dataset.widget ?? '') ? 'now' : 'near'),
    async load(el) {
      const load = loaders[el.dataset.widget ?? ''];
      if (!load) return null;
      const { mount } = await load();
      return (root) => ({ dispose: mount(root) });
    },
    onError(el, error) {
      const wait = el.querySelector<HTMLElement>('[data-wait]');
      if (wait)
        wait.textContent = `The controls could not start (${error instanceof Error ? error.message : String(error)}). The figures shown are the default setting.`;
    },
  });
}
