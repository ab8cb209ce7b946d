/**
 * HTML over the drawing surface, placed after every drawn frame: a button per site (its name, or a
 * 24 px target on its dot), a label per arc, the sandbox site's label and the pulse clock.
 */

import { readoutText, unitsNow } from '../../../figures/globe/format-readout';
import { type PayloadSite, siteLabel } from '../../../figures/globe/payload';
import { formatDurationMs } from '../../../lib/format';
import { type LabelBox, spreadLabels } from '../label-spread';
import type { LatLonPoint, ScreenPoint, StageView } from '../stage-view';
import type { GlobeLink } from './globe-links';
import { createListeners } from './listeners';

export interface OverlayOptions {
  overlay: HTMLElement;
  pulseClock: HTMLElement | null;
  view: Pick<StageView, 'onFrame' | 'project'>;
  sites: PayloadSite[];
  links: GlobeLink[];
  viewId: string;
  sandbox(): LatLonPoint | null;
  /** A site's button was clicked or tapped. */
  onPick(site: PayloadSite): void;
  /** A site's button got keyboard focus. */
  onVisit(site: PayloadSite): void;
  /** The view has drawn its first frame (tests and the "live" hint wait for it, not for a time). */
  onFirstFrame?(): void;
}

export interface Overlay {
  siteButton(id: string): HTMLButtonElement | undefined;
  dispose(): void;
}

/** The pulse clock in words: where the first link's pulse is, or how to read the still ticks. */
export function pulseClockText(link: GlobeLink | undefined, pulseRealMs: number | null, oneWayText: string): string {
  if (!link) return '';
  const oneWayMs = link.readout.oneWayMs;
  if (pulseRealMs === null)
    return `Pulses are still (reduced motion): each tick on the arc is 1 ms of one-way delay, ${oneWayText} in all.`;
  const out = pulseRealMs <= oneWayMs;
  const into = out ? pulseRealMs : pulseRealMs - oneWayMs;
  return `Pulse ${out ? 'out' : 'back'}: ${formatDurationMs(Math.floor(into * 10) / 10, 2)} of ${formatDurationMs(oneWayMs, 2)} one way.`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function siteButton(s: PayloadSite): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `globe-site globe-site-${s.role}`;
  b.dataset.siteButton = s.id;
  const label = siteLabel(s);
  b.dataset.label = label;
  b.textContent = label;
  // The accessible name starts with the visible label (WCAG 2.5.3), then says whose card opens.
  b.setAttribute('aria-label', `${label}: open the card of ${s.name}`);
  b.setAttribute('aria-haspopup', 'dialog');
  return b;
}

function decoration(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

function place(node: HTMLElement, p: { x: number; y: number; visible: boolean }) {
  node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
  node.classList.toggle('is-behind', !p.visible);
}

export function mountOverlay(options: OverlayOptions): Overlay {
  const { overlay, view, links, pulseClock } = options;
  const listeners = createListeners();

  const leaderLayer = document.createElementNS(SVG_NS, 'svg');
  leaderLayer.setAttribute('class', 'globe-leaders');
  leaderLayer.setAttribute('aria-hidden', 'true');
  const leaders = options.sites.map(() => leaderLayer.appendChild(document.createElementNS(SVG_NS, 'line')));
  overlay.append(leaderLayer);
  const buttons = options.sites.map((site) => {
    const button = siteButton(site);
    listeners.on(button, 'focus', () => {
      if (button.matches(':focus-visible')) options.onVisit(site);
    });
    listeners.on(button, 'click', () => options.onPick(site));
    overlay.append(button);
    return { site, button };
  });
  const arcLabels = links.map((link) => {
    const span = decoration('globe-arc-label', 'schematic route');
    overlay.append(span);
    return { link, span };
  });
  const sandboxLabel = decoration('globe-sandbox-label', 'Your site');
  overlay.append(sandboxLabel);

  // A button's box relative to its site's point (its margins), read once: layout reads every frame would cost.
  const layouts = new Map<HTMLElement, { left: number; top: number; width: number; height: number }>();
  const labelBox = (button: HTMLElement, p: ScreenPoint): LabelBox => {
    let l = layouts.get(button);
    if (!l) {
      l = { left: button.offsetLeft, top: button.offsetTop, width: button.offsetWidth, height: button.offsetHeight };
      if (l.width > 0) layouts.set(button, l);
    }
    return { x: p.x + l.left, y: p.y + l.top, width: l.width, height: l.height, visible: p.visible };
  };

  let lastClockText = '';
  let firstFrame = true;
  view.onFrame((pulseRealMs) => {
    if (firstFrame) {
      firstFrame = false;
      performance.mark(`${options.viewId}:first-frame`);
      options.onFirstFrame?.();
    }
    const points = buttons.map(({ site }) => view.project(site));
    const stage = { width: overlay.clientWidth, height: overlay.clientHeight };
    const boxes = buttons.map(({ button }, i) => labelBox(button, points[i] as ScreenPoint));
    const nudges = spreadLabels(boxes, 2, stage.width > 0 ? stage : undefined);
    buttons.forEach(({ button }, i) => {
      const p = points[i] as ScreenPoint;
      const { dx, dy } = nudges[i] ?? { dx: 0, dy: 0 };
      place(button, { ...p, x: p.x + dx, y: p.y + dy });
      const nudged = dx !== 0 || dy !== 0;
      button.classList.toggle('is-nudged', nudged);
      // A moved label keeps a leader line from its dot to its ring (under the labels: drawn first).
      const leader = leaders[i] as SVGLineElement;
      leader.style.display = nudged && p.visible ? '' : 'none';
      if (nudged) {
        leader.setAttribute('x1', p.x.toFixed(1));
        leader.setAttribute('y1', p.y.toFixed(1));
        leader.setAttribute('x2', (p.x + dx).toFixed(1));
        leader.setAttribute('y2', (p.y + dy).toFixed(1));
      }
    });
    for (const { link, span } of arcLabels) {
      const a = view.project(link.fromSite);
      const b = view.project(link.toSite);
      place(span, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, visible: a.visible && b.visible });
    }
    const sandbox = options.sandbox();
    if (sandbox) place(sandboxLabel, view.project(sandbox));
    sandboxLabel.hidden = sandbox === null;
    if (pulseClock) {
      const first = links[0];
      const stillText = first && pulseRealMs === null ? readoutText(first.readout, unitsNow()).oneWay : '';
      const text = pulseClockText(first, pulseRealMs, stillText);
      if (text !== lastClockText) {
        lastClockText = text;
        pulseClock.textContent = text;
      }
    }
  });

  return {
    siteButton: (id) => buttons.find((b) => b.site.id === id)?.button,
    dispose() {
      view.onFrame(() => {});
      listeners.dispose();
      overlay.replaceChildren();
    },
  };
}
