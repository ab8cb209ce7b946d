/**
 * The browser side of WidgetShell: reads the URL state, binds the native controls to it, re-renders the
 * outputs with the widget's pure render function, writes the URL back with replaceState, speaks the
 * result, and wires reset, copy link, downloads and print. Widgets supply only what differs.
 */

import { runCsv, runExport, runFileName, runJson } from '../../figures/shared/run-download';
import type { RenderedWidget, WidgetDefinition } from '../../figures/widgets/widget';
import { type Fields, type Notice, type StateOf, typedValueNotice } from '../../lib/url-state';
import { readUrlState, showNotices, writeUrlState } from '../../lib/url-state/browser';
import { StaleRequestError } from '../../lib/widgets/worker-bridge';
import { redrawKeepingFocus } from './keep-focus';
import { patchHtml } from './patch-html';

type Control = HTMLInputElement | HTMLSelectElement;

export interface ClientWidget<F extends Fields> {
  def: WidgetDefinition<F>;
  render(state: StateOf<F>): RenderedWidget | Promise<RenderedWidget>;
  /** Widget-specific reading of a control; return undefined to use the generic rule. */
  readControl?(state: StateOf<F>, control: Control): StateOf<F> | undefined;
  /** Widget-specific writing of controls after the generic pass. */
  writeControls?(root: HTMLElement, state: StateOf<F>): void;
  /** Receives a function that renders the current state again (a widget whose output arrives later). */
  bindRefresh?(refresh: () => void): void;
}

const URL_WRITE_DELAY_MS = 200;
/** Longest a result waits for the input's own frame (rAF does not run in a hidden tab). */
const ECHO_FRAME_MAX_MS = 100;
const SPEAK_DELAY_MS = 600;

function controlsOf(root: HTMLElement): Control[] {
  return Array.from(root.querySelectorAll<Control>('[data-controls] [data-field]'));
}

/** A control's value in state units: data-scale="log10" sliders hold log10 of the value. */
function readValue(control: Control): unknown {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
  if (control instanceof HTMLInputElement && (control.type === 'range' || control.type === 'number')) {
    const n = control.valueAsNumber;
    if (!Number.isFinite(n)) return undefined;
    return control.dataset.scale === 'log10' ? 10 ** n : n;
  }
  return control.value;
}

function writeValue(control: Control, value: unknown): void {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    control.checked = value === true;
    return;
  }
  if (typeof value === 'number') {
    const v = control.dataset.scale === 'log10' ? Math.log10(value) : value;
    control.value = String(Number(v.toPrecision(6)));
    if (control.dataset.valueText) control.setAttribute('aria-valuetext', control.dataset.valueText);
    return;
  }
  if (typeof value === 'string') control.value = value;
}

export function mountWidget<F extends Fields>(root: HTMLElement, widget: ClientWidget<F>): () => void {
  const { def } = widget;
  const output = root.querySelector<HTMLElement>('[data-output]');
  const live = root.querySelector<HTMLElement>('[data-live]');
  const noticesHost = root.querySelector<HTMLElement>('[data-notices]');
  const actions = root.querySelector<HTMLElement>('[data-actions]');
  const actionStatus = root.querySelector<HTMLElement>('[data-action-status]');
  const fieldset = root.querySelector<HTMLFieldSetElement>('[data-controls-set]');
  const form = root.querySelector<HTMLFormElement>('[data-controls]');
  if (!output || !live || !noticesHost || !actions || !fieldset || !form)
    throw new Error(`widget ${def.id}: shell markup is incomplete`);

  const parsed = readUrlState(def.url);
  let state = def.url.normalize(parsed.state);
  let last: RenderedWidget | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let speakTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  /** The action status shows the page's link for copying by hand (the clipboard refused). */
  let showingLink = false;
  showNotices(noticesHost, parsed.notices);
  // The page was built with this widget's output for one state (WidgetShell's data-built-query). Arriving
  // at that state, the first result is the build's, already on screen: it is kept for downloads but not
  // painted again, which spared the main thread re-parsing up to hundreds of KB of identical markup (issue 18).
  const builtIsShown = parsed.notices.length === 0 && root.dataset.builtQuery === def.url.serialize(state);

  const syncControls = () => {
    for (const control of controlsOf(root)) {
      if (control === document.activeElement && control instanceof HTMLInputElement && control.type === 'number')
        continue;
      const field = control.dataset.field as keyof StateOf<F> & string;
      if (field in state) writeValue(control, state[field]);
    }
    widget.writeControls?.(root, state);
  };

  // A result that arrives before the input's frame has painted waits for it, so the control's own echo
  // (its value, the number beside it) is on screen within a frame however large the result is.
  let echoPending = false;
  let held: (() => void) | undefined;
  const releaseHeld = () => {
    if (!echoPending) return;
    echoPending = false;
    const apply = held;
    held = undefined;
    apply?.();
  };
  const holdForEchoFrame = () => {
    if (echoPending) return;
    echoPending = true;
    requestAnimationFrame(() => setTimeout(releaseHeld, 0));
    setTimeout(releaseHeld, ECHO_FRAME_MAX_MS);
  };

  const paint = (rendered: RenderedWidget, speak: boolean) => {
    const unchanged = last?.html === rendered.html;
    last = rendered;
    if (!unchanged) redrawKeepingFocus(output, () => patchHtml(output, rendered.html));
    if (speak) {
      clearTimeout(speakTimer);
      speakTimer = setTimeout(() => {
        live.textContent = rendered.summary;
      }, SPEAK_DELAY_MS);
    }
  };

  const update = (speak: boolean) => {
    const mine = ++generation;
    root.setAttribute('aria-busy', 'true');
    let result: RenderedWidget | Promise<RenderedWidget>;
    try {
      result = widget.render(state);
    } catch (err) {
      showNotices(noticesHost, [
        {
          key: def.id,
          kind: 'ignored',
          message: `These settings cannot be computed: ${err instanceof Error ? err.message : String(err)}`,
        },
      ]);
      root.removeAttribute('aria-busy');
      return;
    }
    Promise.resolve(result).then(
      (rendered) => {
        const apply = () => {
          if (mine !== generation) return;
          if (mine === 1 && builtIsShown) last = rendered;
          else paint(rendered, speak);
          root.removeAttribute('aria-busy');
          root.dataset.ready = 'true';
        };
        if (echoPending) held = apply;
        else apply();
      },
      (err: unknown) => {
        if (err instanceof StaleRequestError || mine !== generation) return;
        root.removeAttribute('aria-busy');
        showNotices(noticesHost, [
          {
            key: def.id,
            kind: 'ignored',
            message: `These settings cannot be computed: ${err instanceof Error ? err.message : String(err)}`,
          },
        ]);
      },
    );
  };

  const commit = (next: StateOf<F>) => {
    state = def.url.normalize(next);
    syncControls();
    holdForEchoFrame();
    update(true);
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      writeUrlState(def.url, state);
      // A link shown for copying by hand must be the link to what is on screen now, not to before.
      if (showingLink) showLink();
    }, URL_WRITE_DELAY_MS);
  };

  const onInput = (event: Event) => {
    const control = event.target as Control;
    if (!control.dataset?.field) return;
    const custom = widget.readControl?.(state, control);
    if (custom) return commit(custom);
    const field = control.dataset.field as keyof StateOf<F> & string;
    if (field === 'preset' && control instanceof HTMLSelectElement) return commit(def.presetState(control.value));
    const value = readValue(control);
    if (value === undefined) return; // a number input mid-edit ("", "-")
    sayIfClamped(control, field, value);
    commit({ ...state, [field]: value });
  };

  // A typed value out of range is clamped like one in a link, and the reader is told so the same way.
  let typedNotice: Notice | undefined;
  const sayIfClamped = (control: Control, field: keyof F & string, value: unknown) => {
    const spec = def.url.fields[field];
    const label = control.labels?.[0]?.textContent?.trim() ?? field;
    const notice =
      spec && typeof value === 'number' ? typedValueNotice(spec, def.url.keyOf(field), label, value) : undefined;
    if (notice) showNotices(noticesHost, [notice]);
    else if (typedNotice?.key === def.url.keyOf(field)) showNotices(noticesHost, []);
    typedNotice = notice ?? (typedNotice?.key === def.url.keyOf(field) ? undefined : typedNotice);
  };

  const say = (text: string) => {
    showingLink = false;
    if (actionStatus) actionStatus.textContent = text;
  };
  const showLink = () => {
    say(`Copy this link: ${window.location.href}`);
    showingLink = true;
  };

  const download = (ext: 'csv' | 'json') => {
    if (!last) return;
    const x = runExport(last.run, window.location.href, new Date().toISOString());
    const blob = new Blob([ext === 'csv' ? runCsv(x) : runJson(x)], {
      type: ext === 'csv' ? 'text/csv' : 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = runFileName(x, ext);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(`Saved ${a.download}.`);
  };

  const copyLink = async () => {
    writeUrlState(def.url, state);
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      say('Link copied.');
    } catch {
      // No clipboard permission (embeds, http): show the link so it can be copied by hand.
      showLink();
    }
  };

  const onAction = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-action]');
    if (!button) return;
    switch (button.dataset.action) {
      case 'reset':
        showNotices(noticesHost, []);
        commit(def.url.defaults());
        say('Reset to the default setting.');
        break;
      case 'copy':
        void copyLink();
        break;
      case 'csv':
      case 'json':
        download(button.dataset.action);
        break;
      case 'print':
        window.print();
        break;
    }
  };

  const onSubmit = (event: Event) => event.preventDefault();
  // 'input' fires for every control kind; 'change' only tidies a number field once it loses focus.
  const onChange = () => syncControls();
  form.addEventListener('input', onInput);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', onSubmit);
  actions.addEventListener('click', onAction);
  fieldset.disabled = false;
  root.querySelector('[data-wait]')?.remove();
  actions.hidden = false;
  syncControls();
  widget.bindRefresh?.(() => update(true));
  update(parsed.notices.length > 0 || root.querySelector('[data-summary]') === null);
  live.textContent = '';

  return () => {
    clearTimeout(urlTimer);
    clearTimeout(speakTimer);
    form.removeEventListener('input', onInput);
    form.removeEventListener('change', onChange);
    form.removeEventListener('submit', onSubmit);
    actions.removeEventListener('click', onAction);
  };
}
