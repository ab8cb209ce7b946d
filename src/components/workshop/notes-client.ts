/**
 * The speaker's notes window: follows the presenter view over the BroadcastChannel (current and next
 * slide, notes), steps it back (buttons and the same arrow keys), and times the talk against the
 * agenda: the current section's elapsed time against its plan, and the session late or early.
 */
import { AGENDAS, agendaSteps, type WorkshopVariant } from '../../figures/workshop/agenda';
import { clock, driftWords, readTimer } from '../../figures/workshop/timer';
import { NEXT_KEYS, openChannel, PREVIOUS_KEYS, type PresenterMessage } from './presenter-channel';

type DeckMessage = Extract<PresenterMessage, { type: 'deck' }>;

export function mountNotes(root: HTMLElement): void {
  const field = (name: string) => root.querySelector<HTMLElement>(`[data-notes-field="${name}"]`);
  const set = (name: string, text: string) => {
    const el = field(name);
    if (el) el.textContent = text;
  };
  let deck: DeckMessage | undefined;
  let sessionStart = 0;
  let sectionStart = 0;
  let sectionId = '';

  const stepOf = (d: DeckMessage) => agendaSteps(d.variant).find((s) => s.slideId === d.slides[d.index]?.id);
  const sectionTitle = (variant: WorkshopVariant, id: string) =>
    AGENDAS[variant].sections.find((s) => s.id === id)?.title ?? '';

  const tick = () => {
    if (!deck) return;
    const step = stepOf(deck);
    if (!step) return;
    const now = Date.now();
    const reading = readTimer({
      sessionSeconds: (now - sessionStart) / 1000,
      sectionSeconds: (now - sectionStart) / 1000,
      sectionStartMinutes: step.sectionStartMinutes,
      sectionMinutes: step.sectionMinutes,
    });
    set('section-clock', `${clock(reading.sectionSeconds)} of ${clock(reading.sectionPlannedSeconds)} planned`);
    set('session-clock', `${clock(reading.sessionSeconds)} of ${AGENDAS[deck.variant].totalMinutes}:00`);
    set('drift', driftWords(reading.driftSeconds));
    root.dataset.drift = reading.driftSeconds > 30 ? 'late' : reading.driftSeconds < -30 ? 'early' : 'on-time';
  };

  const render = (d: DeckMessage) => {
    const first = !deck;
    deck = d;
    const now = Date.now();
    if (first) sessionStart = now;
    const step = stepOf(d);
    if (step && step.sectionId !== sectionId) {
      sectionId = step.sectionId;
      sectionStart = now;
    }
    const current = d.slides[d.index];
    const next = d.slides[d.index + 1];
    root.dataset.index = String(d.index);
    root.dataset.connected = 'true';
    set('status', d.blank ? 'The screen is blank (B or Esc brings it back).' : 'Following the presenter view.');
    set('position', `Slide ${d.index + 1} of ${d.slides.length}`);
    set('current', current?.title ?? '');
    set('notes', current?.notes ?? '');
    set('next', next ? next.title : 'End of the session');
    set('section', step ? sectionTitle(d.variant, step.sectionId) : '');
    tick();
  };

  const channel = openChannel((message) => {
    if (message.type === 'deck') render(message);
  });
  if (!channel) {
    set('status', 'This browser cannot link two windows (no BroadcastChannel); use the presenter view alone.');
    return;
  }
  const go = (delta: number) => {
    if (deck) channel.postMessage({ type: 'go', index: deck.index + delta } satisfies PresenterMessage);
  };
  const actions: Record<string, () => void> = {
    prev: () => go(-1),
    next: () => go(1),
    restart: () => {
      sessionStart = Date.now();
      sectionStart = sessionStart;
      tick();
    },
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    button.disabled = false;
    button.addEventListener('click', () => actions[button.dataset.action ?? '']?.());
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea')) return;
    if (NEXT_KEYS.has(event.key)) {
      event.preventDefault();
      go(1);
    } else if (PREVIOUS_KEYS.has(event.key)) {
      event.preventDefault();
      go(-1);
    }
  });
  window.setInterval(tick, 1000);
  channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
  root.dataset.ready = 'true';
}
