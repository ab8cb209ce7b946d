/**
 * URL state for interactive views, DOM-free. Each view owns keys prefixed by its id
 * (`globe.lat`, `campus.mw`) so several views share one query string; `v=1` versions the format;
 * defaults are left out; bad values are clamped or ignored, each with a notice for the reader.
 */
import { type Field, MAX_RAW_LENGTH } from './fields';

export const URL_STATE_VERSION = '1';
export const VERSION_KEY = 'v';

export type Fields = Record<string, Field<unknown>>;
export type StateOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface Notice {
  /** The full query key, e.g. "globe.lat"; "v" for the version. */
  key: string;
  kind: 'clamped' | 'ignored' | 'repeated' | 'version';
  message: string;
}

export interface Parsed<F extends Fields> {
  state: StateOf<F>;
  notices: Notice[];
}

export interface UrlStateSpec<F extends Fields> {
  readonly viewId: string;
  readonly fields: F;
  defaults(): StateOf<F>;
  parse(search: string | URLSearchParams): Parsed<F>;
  /** The canonical query string (no "?") with this view's keys replaced; other views' keys kept. */
  serialize(state: StateOf<F>, baseSearch?: string | URLSearchParams): string;
  normalize(state: StateOf<F>): StateOf<F>;
  keyOf(field: keyof F & string): string;
}

const VIEW_ID = /^[a-z][a-z0-9-]*$/;

/** One wording for a clamped value, whether it came from a link or was typed into a control. */
const outOfRange = (what: string, using: string): string => `${what} is out of range; using ${using}.`;

/**
 * The notice for a value typed into a control (`label`: the control's name) that the field clamps,
 * or undefined when the value is in range. Same wording as a clamped value in a link.
 */
export function typedValueNotice<T>(field: Field<T>, key: string, label: string, value: number): Notice | undefined {
  if (!Number.isFinite(value)) return undefined;
  const read = field.read(String(value));
  if (!read.ok || read.clampedFrom === undefined) return undefined;
  return { key, kind: 'clamped', message: outOfRange(`${label}: ${read.clampedFrom}`, field.write(read.value)) };
}
const FIELD_NAME = /^[a-z][a-zA-Z0-9]*$/;

function quote(raw: string): string {
  const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
  return JSON.stringify(shown);
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return new URLSearchParams(search);
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

export function defineUrlState<F extends Fields>(viewId: string, fields: F): UrlStateSpec<F> {
  if (!VIEW_ID.test(viewId)) throw new Error(`url-state: bad view id "${viewId}"`);
  const names = Object.keys(fields);
  for (const name of names) {
    if (!FIELD_NAME.test(name)) throw new Error(`url-state: bad field name "${name}"`);
  }
  const keyOf = (name: string) => `${viewId}.${name}`;

  // Built with only our own field names, so keys such as "__proto__" in a URL can never land here.
  const fresh = (): StateOf<F> => {
    const state = Object.create(null) as Record<string, unknown>;
    for (const name of names) state[name] = (fields[name] as Field<unknown>).defaultValue;
    return state as StateOf<F>;
  };

  const normalize = (state: StateOf<F>): StateOf<F> => {
    const out = fresh() as Record<string, unknown>;
    for (const name of names) {
      const field = fields[name] as Field<unknown>;
      out[name] = field.normalize((state as Record<string, unknown>)[name]);
    }
    return out as StateOf<F>;
  };

  const parse = (search: string | URLSearchParams): Parsed<F> => {
    const params = toParams(search);
    const notices: Notice[] = [];
    const state = fresh() as Record<string, unknown>;
    const ours = names.some((name) => params.has(keyOf(name)));
    if (!ours) return { state: state as StateOf<F>, notices };

    const version = params.getAll(VERSION_KEY);
    if (version.length > 0 && version[0] !== URL_STATE_VERSION) {
      notices.push({
        key: VERSION_KEY,
        kind: 'version',
        message: `This link was made for another version of the page (v=${quote(version[0] ?? '')}); showing the default view.`,
      });
      return { state: state as StateOf<F>, notices };
    }

    for (const name of names) {
      const key = keyOf(name);
      const all = params.getAll(key);
      if (all.length === 0) continue;
      if (all.length > 1) {
        notices.push({ key, kind: 'repeated', message: `"${key}" appears ${all.length} times; using the first.` });
      }
      const raw = all[0] ?? '';
      if (raw.length > MAX_RAW_LENGTH) {
        notices.push({ key, kind: 'ignored', message: `Ignored "${key}": value too long.` });
        continue;
      }
      const field = fields[name] as Field<unknown>;
      const read = field.read(raw);
      if (!read.ok) {
        notices.push({ key, kind: 'ignored', message: `Ignored "${key}"=${quote(raw)}: ${read.reason}.` });
        continue;
      }
      state[name] = read.value;
      if (read.clampedFrom !== undefined) {
        notices.push({
          key,
          kind: 'clamped',
          message: outOfRange(`"${key}"=${quote(read.clampedFrom)}`, field.write(read.value)),
        });
      }
    }
    return { state: state as StateOf<F>, notices };
  };

  const serialize = (state: StateOf<F>, baseSearch: string | URLSearchParams = ''): string => {
    const params = toParams(baseSearch);
    for (const name of names) params.delete(keyOf(name));
    for (const name of names) {
      const field = fields[name] as Field<unknown>;
      const value = field.normalize((state as Record<string, unknown>)[name]);
      if (field.equals(value, field.normalize(field.defaultValue))) continue;
      params.set(keyOf(name), field.write(value));
    }
    const anyViewKeys = [...params.keys()].some((k) => k !== VERSION_KEY && k.includes('.'));
    params.delete(VERSION_KEY);
    if (anyViewKeys) {
      // Version first, then keys in a stable order, so equal states give equal URLs.
      const entries = [...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const out = new URLSearchParams([[VERSION_KEY, URL_STATE_VERSION], ...entries]);
      return out.toString().replace(/%2C/g, ',');
    }
    return params.toString().replace(/%2C/g, ',');
  };

  return { viewId, fields, defaults: fresh, parse, serialize, normalize, keyOf };
}
