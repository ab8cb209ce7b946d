/** Writes payload.json when it differs from a fresh build; the Astro build and `npm run data:payload` call it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lowCommJson, payloadJson } from './build';

export const PAYLOAD_FILE = fileURLToPath(new URL('./payload.json', import.meta.url));

export const LOW_COMM_FILE = fileURLToPath(new URL('./low-comm.json', import.meta.url));

function writeIfChanged(file: string, fresh: string): boolean {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (current === fresh) return false;
  writeFileSync(file, fresh);
  return true;
}

/** True when a file changed. */
export function writePayload(): boolean {
  const main = writeIfChanged(PAYLOAD_FILE, payloadJson());
  const lowComm = writeIfChanged(LOW_COMM_FILE, lowCommJson());
  return main || lowComm;
}
