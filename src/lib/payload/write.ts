/** Writes payload.json when it differs from a fresh build; the Astro build and `npm run data:payload` call it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { payloadJson } from './build';

export const PAYLOAD_FILE = fileURLToPath(new URL('./payload.json', import.meta.url));

/** True when the file changed. */
export function writePayload(): boolean {
  const fresh = payloadJson();
  let current = '';
  try {
    current = readFileSync(PAYLOAD_FILE, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (current === fresh) return false;
  writeFileSync(PAYLOAD_FILE, fresh);
  return true;
}
