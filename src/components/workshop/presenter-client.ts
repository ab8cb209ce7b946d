/**
 * The presenter view in the browser: shows one slide at a time in the session's order for the chosen
 * variant, steps by keyboard and buttons, full screen and blank screen, draws each slide's QR code from
 * the address the page is served at (so on a laptop in a room the codes point at the laptop), and keeps
 * the notes window in step over a BroadcastChannel.
 */
import { agendaSteps, variantFrom } from '../../figures/workshop/agenda';
import { NEXT_KEYS, openChannel, PREVIOUS_KEYS, type PresenterMessage, type SlideSummary } from './presenter-channel';
import { drawQr } from './qr-canvas';

const TITLE_CHARS = 80;

function slideTitle(slide: HTMLElement): string {
  const heading = slide.querySelector('.slide__body h2')?.textContent?.trim();
  if (heading) return heading;
  const caption = slide.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const firstSentence = caption.split(/(?<=\.)\s/)[0] ?? '';
  // A caption's first sentence can run long; the notes window and the position line want a title.
  const short =
    firstSentence.length > TITLE_CHARS
      ? `${firstSentence.slice(0, TITLE_CHARS).replace(/\s\S*$/, '')}…`
      : firstSentence;
  return short || (slide.querySelector('[data-slide-title]')?.textContent?.trim() ?? slide.id);
}

/** What a participant's phone opens: this page's origin, the base-aware path the build wrote. */
function shareSlide(slide: HTMLElement): void {
  const link = slide.querySelector<HTMLAnchorElement>('[data-short-link]');
  const canvas = slide.querySelector<HTMLCanvasElement>('[data-qr]');
  if (!link || !canvas) return;
  const url = new URL(slide.dataset.link ?? '/', location.origin);
  link.href = url.href;
  link.textContent = `${url.host}${url.pathname}${url.search}${url.hash}`;
  drawQr(canvas, url.href);
  canvas.dataset.qrText = url.href;
  canvas.setAttribute('aria-label', `QR code of ${link.textContent}`);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

export function mountPresenter(root: HTMLElement): void {
  const variant = variantFrom(new URLSearchParams(location.search).get('variant'));
  const stage = root.querySelector<HTMLElement>('[data-stage]');
  const blankCover = root.querySelector<HTMLElement>('[data-blank]');
  const position = root.querySelector<HTMLElement>('[data-position]');
  if (!stage || !blankCover || !position) return;
  const byId = new Map([...root.querySelectorAll<HTMLElement>('[data-slide]')].map((s) => [s.dataset.slide ?? '', s]));
  const slides = agendaSteps(variant)
    .map((step) => byId.get(step.slideId))
    .filter((s): s is HTMLElement => s !== undefined);
  for (const s of byId.values()) s.hidden = true;
  for (const s of slides) shareSlide(s);
  const summaries: SlideSummary[] = slides.map((s) => ({
    id: s.dataset.slide ?? '',
    title: slideTitle(s),
    notes: s.dataset.notes ?? '',
  }));

  let index = 0;
  let blank = false;
  const announce = () =>
    channel?.postMessage({ type: 'deck', variant, slides: summaries, index, blank } satisfies PresenterMessage);
  const show = (next: number) => {
    index = Math.min(Math.max(next, 0), slides.length - 1);
    slides.forEach((s, i) => {
      s.hidden = i !== index;
    });
    root.dataset.index = String(index);
    position.textContent = `Slide ${index + 1} of ${slides.length}: ${summaries[index]?.title ?? ''}`;
    announce();
  };
  const setBlank = (on: boolean) => {
    blank = on;
    blankCover.hidden = !on;
    root.dataset.blanked = String(on);
    announce();
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.requestFullscreen?.().catch(() => undefined);
  };
  const openNotes = () => {
    const url = new URL(root.dataset.notesUrl ?? '', location.href);
    url.searchParams.set('variant', variant);
    window.open(url.href, 'superfactory-notes', 'popup,width=760,height=600');
  };

  const channel = openChannel((message) => {
    if (message.type === 'hello') announce();
    if (message.type === 'go') show(message.index);
  });

  const actions: Record<string, () => void> = {
    prev: () => show(index - 1),
    next: () => show(index + 1),
    fullscreen: toggleFullscreen,
    blank: () => setBlank(!blank),
    notes: openNotes,
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.disabled = false;
    button.addEventListener('click', () => actions[button.dataset.action ?? '']?.());
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    // Space and Enter on a focused control keep their own meaning.
    if (event.key === ' ' && event.target instanceof HTMLElement && event.target.closest('button, a, summary')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const act = (run: () => void) => {
      event.preventDefault();
      run();
    };
    if (NEXT_KEYS.has(key)) act(() => show(index + 1));
    else if (PREVIOUS_KEYS.has(key)) act(() => show(index - 1));
    else if (key === 'Home') act(() => show(0));
    else if (key === 'End') act(() => show(slides.length - 1));
    else if (key === 'f') act(toggleFullscreen);
    else if (key === 'b') act(() => setBlank(!blank));
    else if (key === 'n') act(openNotes);
    else if (key === 'Escape') {
      if (blank) setBlank(false);
      if (document.fullscreenElement) void document.exitFullscreen();
    }
  });
  document.addEventListener('fullscreenchange', () => {
    root.dataset.fullscreen = String(Boolean(document.fullscreenElement));
  });

  root.dataset.variant = variant;
  root.dataset.ready = 'true';
  show(0);
}
