/**
 * The notes window's clock against the agenda: how long the current section has run against its plan,
 * and whether the session as a whole is late or early. Pure, so the drift rule is tested in Node.
 */
export interface TimerReading {
  /** Seconds spent in the current section. */
  sectionSeconds: number;
  sectionPlannedSeconds: number;
  sessionSeconds: number;
  /** Positive: behind the plan by this many seconds; negative: ahead. */
  driftSeconds: number;
}

/**
 * The plan says a section may run its full length; so time inside a section is on plan until it
 * overruns, and the drift is the session's elapsed time past where the plan would stand.
 */
export function readTimer(opts: {
  sessionSeconds: number;
  sectionSeconds: number;
  sectionStartMinutes: number;
  sectionMinutes: number;
}): TimerReading {
  const sectionPlannedSeconds = opts.sectionMinutes * 60;
  const planNow = opts.sectionStartMinutes * 60 + Math.min(opts.sectionSeconds, sectionPlannedSeconds);
  return {
    sectionSeconds: opts.sectionSeconds,
    sectionPlannedSeconds,
    sessionSeconds: opts.sessionSeconds,
    driftSeconds: opts.sessionSeconds - planNow,
  };
}

/** "m:ss" for a clock face; negative durations are shown by their size. */
export function clock(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function driftWords(driftSeconds: number): string {
  if (Math.abs(driftSeconds) < 30) return 'On time';
  return driftSeconds > 0 ? `${clock(driftSeconds)} late` : `${clock(driftSeconds)} early`;
}
