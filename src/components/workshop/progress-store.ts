/**
 * A participant's predictions and progress, kept on their device only (localStorage under
 * `superfactory:workshop:`). Where storage is blocked (private modes, sandboxed frames) the same calls
 * keep the values in memory for the page's life, so the exercise still works.
 */
export const WORKSHOP_STORAGE_PREFIX = 'superfactory:workshop:';

export interface ExerciseProgress {
  prediction: string;
  locked: boolean;
  ran: boolean;
  revealed: boolean;
}

const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${WORKSHOP_STORAGE_PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

const keyOf = (id: string) => `${WORKSHOP_STORAGE_PREFIX}exercise:${id}`;

export function readProgress(id: string): ExerciseProgress | null {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(keyOf(id));
  } catch {
    raw = undefined;
  }
  raw ??= memory.get(keyOf(id)) ?? null;
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<ExerciseProgress>;
    // A value edited by hand or from an older page: keep only well-formed fields.
    if (typeof v.prediction !== 'string') return null;
    return { prediction: v.prediction, locked: v.locked === true, ran: v.ran === true, revealed: v.revealed === true };
  } catch {
    return null;
  }
}

export function writeProgress(id: string, p: ExerciseProgress): void {
  const raw = JSON.stringify(p);
  memory.set(keyOf(id), raw);
  try {
    storage()?.setItem(keyOf(id), raw);
  } catch {
    // Full or blocked: the in-memory copy carries the page.
  }
}

export function clearProgress(ids: readonly string[]): void {
  for (const id of ids) {
    memory.delete(keyOf(id));
    try {
      storage()?.removeItem(keyOf(id));
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
}
