/**
 * <sf-widget data-widget="id">: loads its widget's script only when it comes near the viewport (or at
 * once when the URL carries state for it), then hands the element to the widget's mount function.
 */
type Mount = (root: HTMLElement) => () => void;

const loaders: Record<string, () => Promise<{ mount: Mount }>> = {
  latency: () => import('./latency/latency-client'),
  step: () => import('./step/step-client'),
  train: () => import('./train/train-client'),
  utilisation: () => import('./utilisation/utilisation-client'),
};

const NEAR_VIEWPORT = '400px 0px';

class SfWidget extends HTMLElement {
  private observer: IntersectionObserver | undefined;
  private dispose: (() => void) | undefined;
  private started = false;

  connectedCallback(): void {
    const id = this.dataset.widget ?? '';
    const hasState = Array.from(new URLSearchParams(window.location.search).keys()).some((k) => k.startsWith(`${id}.`));
    if (hasState || typeof IntersectionObserver === 'undefined') {
      void this.start();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.start();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.dispose?.();
    this.dispose = undefined;
    this.started = false;
  }

  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.observer?.disconnect();
    const load = loaders[this.dataset.widget ?? ''];
    if (!load) return;
    try {
      const { mount } = await load();
      if (this.isConnected) this.dispose = mount(this);
    } catch (err) {
      const wait = this.querySelector<HTMLElement>('[data-wait]');
      if (wait)
        wait.textContent = `The controls could not start (${err instanceof Error ? err.message : String(err)}). The figures shown are the default setting.`;
    }
  }
}

export function defineWidgetElement(): void {
  if (!customElements.get('sf-widget')) customElements.define('sf-widget', SfWidget);
}
