/**
 * Everything around the drawing surface: URL state, site buttons and cards, keyboard and pointer
 * input, fly-to, the link readout, slow-motion and the sandbox. The same code drives the 3D globe
 * and the 2D map (see stage-view.ts), so both behave alike.
 */

import { formatDurationMs } from '../../lib/format';
import type { Notice, StateOf } from '../../lib/url-state';
import { readUrlState, showNotices, writeUrlState } from '../../lib/url-state/browser';
import { readoutText, slowdownLabel, unitsNow } from './format-readout';
import { globeStateSpec, SLOWDOWN_CHOICES, ZOOM_MAX, ZOOM_MIN } from './globe-state';
import { type LabelBox, spreadLabels } from './label-spread';
import { linkReadout } from './link-readout';
import type { GlobePayload } from './payload';
import type { Camera, CreateView, LatLonPoint, ScreenPoint, StageView, ViewInit } from './stage-view';

const FLY_MS = 900;
const KEY_STEP_DEG = 5;

function q<T extends Element>(root: Element, sel: string): T | null {
  return root.querySelector<T>(sel);
}

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
const clampZoom = (z: number) => Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z));

export interface MountedGlobe {
  view: StageView;
  setCamera(c: Camera): void;
  dispose(): void;
}

export function mountGlobe(
  host: HTMLElement,
  payload: GlobePayload,
  createView: CreateView,
  surface: ViewInit['surface'],
): MountedGlobe {
  const spec = globeStateSpec(payload);
  const parsed = readUrlState(spec);
  type State = StateOf<typeof spec.fields>;
  const state: State = parsed.state;
  const notices: Notice[] = [...parsed.notices];

  const stage = q<HTMLElement>(host, '[data-stage]') as HTMLElement;
  const overlay = q<HTMLElement>(host, '[data-overlay]') as HTMLElement;
  const picture = q<SVGElement>(host, '[data-static]');
  const status = q<HTMLElement>(host, '[data-status]');
  const noticeHost = q<HTMLElement>(host, '[data-notices]');
  const controls = q<HTMLElement>(host, '[data-controls]');
  const slowSelect = q<HTMLSelectElement>(host, '[data-slowdown]');
  const sandboxToggle = q<HTMLButtonElement>(host, '[data-sandbox-toggle]');
  const sandboxForm = q<HTMLFormElement>(host, '[data-sandbox-form]');
  const sandboxResults = q<HTMLElement>(host, '[data-sandbox-results]');
  const pulseClock = q<HTMLElement>(host, '[data-pulse-clock]');
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof HTMLElementEventMap>(
    target: HTMLElement | Window,
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
    opts?: AddEventListenerOptions,
  ) => {
    target.addEventListener(type, fn as EventListener, opts);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
  };

  const sitesById = new Map(payload.sites.map((s) => [s.id, s]));
  const links = payload.links.flatMap((l) => {
    const from = sitesById.get(l.from);
    const to = sitesById.get(l.to);
    if (!from || !to) return [];
    return [{ ...l, fromSite: from, toSite: to, readout: linkReadout(from, to, l.routeFactor) }];
  });

  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  let reducedMotion = motionQuery.matches;

  const view = createView({
    stage,
    surface,
    sites: payload.sites.map((s) => ({ id: s.id, lat: s.lat, lon: s.lon, role: s.role })),
    links: links.map((l) => ({ id: l.id, from: l.fromSite, to: l.toSite, oneWayMs: l.readout.oneWayMs })),
    reducedMotion,
    slowdown: state.slow,
    onLost(lost) {
      if (picture) picture.style.visibility = lost ? 'visible' : '';
      overlay.hidden = lost;
      host.dataset.mode = lost ? 'lost' : view.kind;
      setStatus(lost ? 'The 3D view lost its graphics context; showing the static picture until it comes back.' : '');
    },
  });
  host.dataset.mode = view.kind;
  if (picture) picture.style.visibility = 'hidden';
  if (controls) controls.hidden = false;

  function setStatus(text: string) {
    if (!status) return;
    status.textContent = text;
    status.hidden = text === '';
  }
  setStatus('');

  // URL writes are coalesced: a drag produces one history entry update, not sixty a second.
  let urlTimer = 0;
  const saveUrl = () => {
    window.clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => writeUrlState(spec, state), 250);
  };
  cleanups.push(() => window.clearTimeout(urlTimer));

  // --- camera and fly-to -------------------------------------------------------------------
  let cam: Camera = { lat: state.lat, lon: state.lon, zoom: state.z };
  let flight = 0;
  const setCamera = (c: Camera) => {
    cam = { lat: clampLat(c.lat), lon: wrapLon(c.lon), zoom: clampZoom(c.zoom) };
    state.lat = cam.lat;
    state.lon = cam.lon;
    state.z = cam.zoom;
    view.render(cam);
    saveUrl();
  };
  const flyTo = (target: Camera) => {
    cancelAnimationFrame(flight);
    if (reducedMotion) {
      setCamera(target);
      return;
    }
    const from = { ...cam };
    const dLon = wrapLon(target.lon - from.lon);
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / FLY_MS);
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      setCamera({
        lat: from.lat + (target.lat - from.lat) * e,
        lon: from.lon + dLon * e,
        zoom: from.zoom + (target.zoom - from.zoom) * e,
      });
      if (t < 1) flight = requestAnimationFrame(step);
    };
    flight = requestAnimationFrame(step);
  };
  cleanups.push(() => cancelAnimationFrame(flight));

  // --- overlay: site buttons and arc labels ---------------------------------------------------
  const siteButtons = payload.sites.map((s) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `globe-site globe-site-${s.role}`;
    b.dataset.siteButton = s.id;
    b.dataset.label = s.shortName;
    b.textContent = s.shortName;
    // The accessible name starts with the visible label (WCAG 2.5.3), then says whose card opens.
    b.setAttribute('aria-label', `${s.shortName}: open the card of ${s.name}`);
    b.setAttribute('aria-haspopup', 'dialog');
    b.addEventListener('focus', () => {
      if (!b.matches(':focus-visible')) return;
      flyTo({ lat: s.lat, lon: s.lon, zoom: Math.max(cam.zoom, 1.5) });
    });
    b.addEventListener('click', () => {
      openCard(s.id);
      flyTo({ lat: s.lat, lon: s.lon, zoom: Math.max(cam.zoom, 1.5) });
    });
    overlay.append(b);
    return { site: s, button: b };
  });
  const arcLabels = links.map((l) => {
    const span = document.createElement('span');
    span.className = 'globe-arc-label';
    span.setAttribute('aria-hidden', 'true');
    span.textContent = 'schematic route';
    overlay.append(span);
    return { link: l, span };
  });
  const sandboxLabel = document.createElement('span');
  sandboxLabel.className = 'globe-sandbox-label';
  sandboxLabel.setAttribute('aria-hidden', 'true');
  sandboxLabel.textContent = 'Your site';
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
  const place = (node: HTMLElement, p: { x: number; y: number; visible: boolean }) => {
    node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
    node.classList.toggle('is-behind', !p.visible);
  };
  let lastClockText = '';
  let firstFrame = true;
  view.onFrame((pulseRealMs) => {
    if (firstFrame) {
      firstFrame = false;
      performance.mark(`${payload.viewId}:first-frame`);
    }
    const points = siteButtons.map(({ site }) => view.project(site));
    const nudges = spreadLabels(siteButtons.map(({ button }, i) => labelBox(button, points[i] as ScreenPoint)));
    siteButtons.forEach(({ button }, i) => {
      const p = points[i] as ScreenPoint;
      const { dx, dy } = nudges[i] ?? { dx: 0, dy: 0 };
      place(button, { ...p, x: p.x + dx, y: p.y + dy });
      button.classList.toggle('is-nudged', dx !== 0 || dy !== 0);
      button.classList.toggle('is-nudged-left', dx < 0);
    });
    for (const { link, span } of arcLabels) {
      const a = view.project(link.fromSite);
      const b = view.project(link.toSite);
      place(span, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, visible: a.visible && b.visible });
    }
    if (state.sb) place(sandboxLabel, view.project(state.sb));
    sandboxLabel.hidden = state.sb === null;
    if (pulseClock) {
      const first = links[0];
      let text: string;
      if (!first) text = '';
      else if (pulseRealMs === null)
        text = `Pulses are still (reduced motion): each tick on the arc is 1 ms of one-way delay, ${readoutText(first.readout, unitsNow()).oneWay} in all.`;
      else {
        const leg = pulseRealMs <= first.readout.oneWayMs ? 'out' : 'back';
        const into = pulseRealMs <= first.readout.oneWayMs ? pulseRealMs : pulseRealMs - first.readout.oneWayMs;
        text = `Pulse ${leg}: ${formatDurationMs(Math.floor(into * 10) / 10, 2)} of ${formatDurationMs(first.readout.oneWayMs, 2)} one way.`;
      }
      if (text !== lastClockText) {
        lastClockText = text;
        pulseClock.textContent = text;
      }
    }
  });

  // --- cards ---------------------------------------------------------------------------------
  const cards = [...host.querySelectorAll<HTMLElement>('[data-card]')];
  let openId: string | null = null;
  const openCard = (id: string | null, focus = true) => {
    openId = id;
    state.site = id;
    for (const c of cards) c.hidden = c.dataset.card !== id;
    const card = cards.find((c) => c.dataset.card === id);
    if (card && focus) card.focus();
    saveUrl();
  };
  for (const card of cards) {
    const close = q<HTMLButtonElement>(card, '[data-card-close]');
    close?.addEventListener('click', () => {
      const id = card.dataset.card;
      openCard(null);
      siteButtons.find((s) => s.site.id === id)?.button.focus({ preventScroll: true });
    });
  }
  on(host, 'keydown', (e) => {
    if (e.key === 'Escape' && openId) {
      const id = openId;
      openCard(null);
      siteButtons.find((s) => s.site.id === id)?.button.focus({ preventScroll: true });
    }
  });

  // --- readouts ------------------------------------------------------------------------------
  const renderReadouts = () => {
    const units = unitsNow();
    for (const l of links) {
      const box = q<HTMLElement>(host, `[data-link-readout="${l.id}"]`);
      if (!box) continue;
      const text = readoutText(l.readout, units);
      for (const [k, v] of Object.entries(text)) {
        const slot = q<HTMLElement>(box, `[data-f="${k}"]`);
        if (slot) slot.textContent = v;
      }
    }
    renderSandbox();
  };

  // --- slow motion ---------------------------------------------------------------------------
  if (slowSelect) {
    const values = [...SLOWDOWN_CHOICES] as number[];
    if (!values.includes(state.slow)) values.push(state.slow);
    slowSelect.replaceChildren(
      ...values
        .sort((a, b) => a - b)
        .map((v) => {
          const o = document.createElement('option');
          o.value = String(v);
          o.textContent = slowdownLabel(v);
          o.selected = v === state.slow;
          return o;
        }),
    );
    on(slowSelect, 'change', () => {
      const v = Number(slowSelect.value);
      if (!Number.isFinite(v) || v <= 0) return;
      state.slow = v;
      view.setSlowdown(v);
      saveUrl();
    });
  }

  // --- sandbox -------------------------------------------------------------------------------
  let sandboxActive = state.sb !== null;
  const setSandboxActive = (active: boolean) => {
    sandboxActive = active;
    sandboxToggle?.setAttribute('aria-pressed', String(active));
    host.classList.toggle('is-sandbox', active);
  };
  setSandboxActive(sandboxActive);
  const setSandbox = (p: LatLonPoint | null) => {
    state.sb = p ? spec.fields.sb.normalize(p) : null;
    view.setSandbox(state.sb);
    renderSandbox();
    if (sandboxForm && state.sb) {
      (sandboxForm.elements.namedItem('lat') as HTMLInputElement).value = String(state.sb.lat);
      (sandboxForm.elements.namedItem('lon') as HTMLInputElement).value = String(state.sb.lon);
    }
    saveUrl();
  };
  function renderSandbox() {
    if (!sandboxResults) return;
    sandboxResults.replaceChildren();
    const p = state.sb;
    if (!p) {
      sandboxResults.hidden = true;
      return;
    }
    sandboxResults.hidden = false;
    const units = unitsNow();
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `From your site at ${p.lat}°, ${p.lon}° (schematic routes, estimated)`;
    const head = table.createTHead().insertRow();
    for (const h of ['Site', 'Great circle', 'Route estimate', 'One way', 'Round trip']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const body = table.createTBody();
    for (const s of payload.sites) {
      const t = readoutText(linkReadout(p, s), units);
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = s.shortName;
      row.append(th);
      for (const v of [t.km, t.routeKm, t.oneWay, t.rtt]) row.insertCell().textContent = v;
    }
    sandboxResults.append(table);
  }
  if (sandboxToggle) on(sandboxToggle, 'click', () => setSandboxActive(!sandboxActive));
  if (sandboxForm) {
    on(sandboxForm, 'submit', (e) => {
      e.preventDefault();
      const latText = (sandboxForm.elements.namedItem('lat') as HTMLInputElement).value.trim();
      const lonText = (sandboxForm.elements.namedItem('lon') as HTMLInputElement).value.trim();
      const lat = latText === '' ? Number.NaN : Number(latText);
      const lon = lonText === '' ? Number.NaN : Number(lonText);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        showNotices(noticeHost ?? host, [
          {
            key: spec.keyOf('sb'),
            kind: 'ignored',
            message: 'Latitude must be within ±90° and longitude within ±180°.',
          },
        ]);
        return;
      }
      setSandboxActive(true);
      setSandbox({ lat, lon });
      flyTo({ lat, lon, zoom: cam.zoom });
    });
    const clear = q<HTMLButtonElement>(sandboxForm, '[data-sandbox-clear]');
    if (clear) on(clear, 'click', () => setSandbox(null));
  }

  // --- pointer, wheel and keyboard -----------------------------------------------------------
  const pointers = new Map<number, { x: number; y: number }>();
  let dragMoved = 0;
  let pinchStart: { dist: number; zoom: number } | null = null;
  const local = (e: PointerEvent | WheelEvent) => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  on(stage, 'pointerdown', (e) => {
    if ((e.target as Element).closest('button')) return;
    stage.setPointerCapture?.(e.pointerId);
    pointers.set(e.pointerId, local(e));
    dragMoved = 0;
    cancelAnimationFrame(flight);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      pinchStart = { dist: Math.hypot(a.x - b.x, a.y - b.y), zoom: cam.zoom };
    }
  });
  on(stage, 'pointermove', (e) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const now = local(e);
    pointers.set(e.pointerId, now);
    if (pointers.size === 2 && pinchStart) {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinchStart.dist > 0) setCamera({ ...cam, zoom: pinchStart.zoom * (dist / pinchStart.dist) });
      dragMoved += 10;
      return;
    }
    const dx = now.x - prev.x;
    const dy = now.y - prev.y;
    dragMoved += Math.abs(dx) + Math.abs(dy);
    const k = 180 / Math.PI / view.pxPerRadian();
    setCamera({ lat: cam.lat + dy * k, lon: cam.lon - dx * k, zoom: cam.zoom });
  });
  const endPointer = (e: PointerEvent) => {
    const p = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinchStart = null;
    if (p && e.type === 'pointerup' && dragMoved < 5 && sandboxActive) {
      const ll = view.pick(p.x, p.y);
      if (ll) setSandbox(ll);
    }
  };
  on(stage, 'pointerup', endPointer);
  on(stage, 'pointercancel', endPointer);
  on(
    stage,
    'wheel',
    (e) => {
      e.preventDefault();
      setCamera({ ...cam, zoom: cam.zoom * Math.exp(-e.deltaY * 0.0015) });
    },
    { passive: false },
  );
  on(stage, 'keydown', (e) => {
    if (e.target !== stage) return;
    const step = KEY_STEP_DEG / Math.sqrt(cam.zoom);
    const moves: Record<string, Partial<Camera>> = {
      ArrowLeft: { lon: cam.lon - step },
      ArrowRight: { lon: cam.lon + step },
      ArrowUp: { lat: cam.lat + step },
      ArrowDown: { lat: cam.lat - step },
      '+': { zoom: cam.zoom * 1.25 },
      '=': { zoom: cam.zoom * 1.25 },
      '-': { zoom: cam.zoom / 1.25 },
      _: { zoom: cam.zoom / 1.25 },
    };
    const move = Object.hasOwn(moves, e.key) ? moves[e.key] : undefined;
    if (!move) return;
    e.preventDefault();
    cancelAnimationFrame(flight);
    setCamera({ ...cam, ...move });
  });

  // --- preferences: motion, theme, units ------------------------------------------------------
  const onMotion = () => {
    reducedMotion = motionQuery.matches;
    view.setReducedMotion(reducedMotion);
  };
  motionQuery.addEventListener('change', onMotion);
  cleanups.push(() => motionQuery.removeEventListener('change', onMotion));
  const prefsObserver = new MutationObserver(() => {
    view.restyle();
    renderReadouts();
    view.render(cam);
  });
  prefsObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-units'] });
  cleanups.push(() => prefsObserver.disconnect());

  // --- start ---------------------------------------------------------------------------------
  if (noticeHost) showNotices(noticeHost, notices);
  renderReadouts();
  if (state.sb) setSandbox(state.sb);
  view.render(cam);
  if (state.site) {
    const s = sitesById.get(state.site);
    openCard(state.site, false);
    if (s) setCamera({ lat: s.lat, lon: s.lon, zoom: cam.zoom });
  }

  return {
    view,
    setCamera,
    dispose() {
      for (const c of cleanups.splice(0)) c();
      view.dispose();
      overlay.replaceChildren();
      if (picture) picture.style.visibility = '';
      host.dataset.mode = 'static';
    },
  };
}
