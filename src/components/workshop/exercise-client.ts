/**
 * The exercise page's script: predict, lock (the input is disabled and stored), run (the widget is
 * placed from its template after the exercise's state is written into the URL, so the widget's own
 * client reads it as it would a shared link), reveal (the prediction against the engine's value, which
 * the page carries from the build). The teacher view puts the answer and the reasoning first.
 */
import { judgeChoice, judgeNumber, type Tolerance, type Verdict } from '../../figures/workshop/closeness';
import { clearProgress, type ExerciseProgress, readProgress, writeProgress } from './progress-store';

const TEACHER_PARAM = 'view';

function replaceUrl(url: URL): void {
  try {
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // A sandboxed page may refuse; the page still works without the address changing.
  }
}

/** The exercise's widget state in the address: the widget's keys replaced by the exercise's. */
function writeWidgetState(widget: string, query: string): void {
  const url = new URL(window.location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key === 'v' || key.startsWith(`${widget}.`)) url.searchParams.delete(key);
  }
  for (const [k, v] of new URLSearchParams(query)) url.searchParams.set(k, v);
  replaceUrl(url);
}

export function startExercise(root: HTMLElement): void {
  const id = root.dataset.exercise ?? '';
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const predictStep = q<HTMLElement>('[data-predict]');
  const form = q<HTMLFormElement>('[data-predict-form]');
  const lockStatus = q<HTMLElement>('[data-lock-status]');
  const runStep = q<HTMLElement>('[data-run-step]');
  const runButton = q<HTMLButtonElement>('[data-run]');
  const host = q<HTMLElement>('[data-widget-host]');
  const template = q<HTMLTemplateElement>('[data-widget-template]');
  const revealStep = q<HTMLElement>('[data-reveal-step]');
  const revealButton = q<HTMLButtonElement>('[data-reveal]');
  const verdictOut = q<HTMLElement>('[data-verdict]');
  const answer = q<HTMLDetailsElement>('[data-answer]');
  const teacherToggle = q<HTMLButtonElement>('[data-teacher-toggle]');
  const reset = q<HTMLButtonElement>('[data-reset]');
  const bar = q<HTMLElement>('[data-js-only]');
  if (!predictStep || !form || !lockStatus || !runStep || !runButton || !host || !template) return;
  if (!revealStep || !revealButton || !verdictOut || !answer || !teacherToggle || !reset || !bar) return;
  const inputs = Array.from(form.querySelectorAll<HTMLInputElement>('[data-prediction]'));
  const kind = root.dataset.kind === 'choice' ? 'choice' : 'number';
  const widget = root.dataset.widget ?? '';
  const query = root.dataset.query ?? '';

  let progress: ExerciseProgress = readProgress(id) ?? { prediction: '', locked: false, ran: false, revealed: false };
  let teacher = new URL(window.location.href).searchParams.get(TEACHER_PARAM) === 'teacher';

  const prediction = (): string => {
    if (kind === 'number') return inputs[0]?.value.trim() ?? '';
    return inputs.find((i) => i.checked)?.value ?? '';
  };
  const showPrediction = (value: string) => {
    if (kind === 'number' && inputs[0]) inputs[0].value = value;
    else for (const i of inputs) i.checked = i.value === value;
  };

  const verdict = (): Verdict => {
    const actual = root.dataset.answerValue ?? '';
    if (kind === 'choice') {
      const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>;
      return judgeChoice(progress.prediction, actual, labels);
    }
    const rule = JSON.parse(root.dataset.tolerance ?? '{}') as Tolerance;
    return judgeNumber(Number(progress.prediction), Number(actual), rule, root.dataset.unitWord ?? '');
  };

  const placeWidget = () => {
    if (host.childElementCount > 0) return;
    host.append(template.content.cloneNode(true));
  };

  const render = () => {
    bar.hidden = false;
    predictStep.hidden = false;
    teacherToggle.setAttribute('aria-pressed', String(teacher));
    root.dataset.view = teacher ? 'teacher' : 'participant';
    showPrediction(progress.prediction);
    for (const i of inputs) i.disabled = progress.locked;
    const lockButton = form.querySelector<HTMLButtonElement>('[data-lock]');
    if (lockButton) lockButton.disabled = progress.locked;
    lockStatus.textContent = progress.locked
      ? `Locked: ${kind === 'number' ? `${progress.prediction} ${root.dataset.unit ?? ''}`.trim() : (inputs.find((i) => i.checked)?.parentElement?.textContent?.trim() ?? progress.prediction)}.`
      : '';
    runStep.hidden = !progress.locked;
    runButton.hidden = progress.ran;
    if (progress.ran) placeWidget();
    revealStep.hidden = !progress.ran;
    revealButton.hidden = progress.revealed;
    if (progress.revealed) {
      const v = verdict();
      const figure = answer.querySelector('[data-answer-figure] .num__value');
      const value = (figure?.querySelector('.unit-metric') ?? figure)?.textContent?.trim() ?? '';
      const choice = answer.querySelector('[data-answer-choice-label]')?.textContent?.trim();
      verdictOut.dataset.close = String(v.close);
      const judged =
        kind === 'choice' ? (v.close ? 'Right' : 'Not this time') : `${v.close ? 'Close' : 'Not close'}: ${v.off}`;
      verdictOut.textContent = `${judged}. The engine: ${choice ? `${choice}, ` : ''}${value}.`;
    } else {
      verdictOut.textContent = '';
      delete verdictOut.dataset.close;
    }
    // Participants see the answer only after the reveal; the teacher view shows it from the start.
    answer.hidden = !(teacher || progress.revealed);
    if (teacher || progress.revealed) answer.open = true;
  };

  const save = (next: ExerciseProgress) => {
    progress = next;
    writeProgress(id, progress);
    render();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = prediction();
    if (kind === 'number' && !Number.isFinite(Number(value))) {
      lockStatus.textContent = 'Type a number first.';
      return;
    }
    if (!value) {
      lockStatus.textContent = 'Choose an answer first.';
      return;
    }
    save({ ...progress, prediction: value, locked: true });
    runButton.focus();
  });
  runButton.addEventListener('click', () => {
    writeWidgetState(widget, query);
    save({ ...progress, ran: true });
    revealButton.focus();
  });
  revealButton.addEventListener('click', () => {
    save({ ...progress, revealed: true });
    verdictOut.focus();
  });
  teacherToggle.addEventListener('click', () => {
    teacher = !teacher;
    const url = new URL(window.location.href);
    if (teacher) url.searchParams.set(TEACHER_PARAM, 'teacher');
    else url.searchParams.delete(TEACHER_PARAM);
    replaceUrl(url);
    render();
  });
  reset.addEventListener('click', () => {
    clearProgress([id]);
    progress = { prediction: '', locked: false, ran: false, revealed: false };
    // The widget leaves with the progress: a reset exercise starts again from the prediction.
    host.replaceChildren();
    render();
    inputs[0]?.focus();
  });

  // On a reload after the run, the address already holds the widget's state (the exercise's, or what
  // the participant set since); placing the widget reads it.
  render();
}
