/**
 * The built JavaScript as the browser gets it, read from <outDir>/_astro without a browser: each
 * island's chunks (an Astro script entry or a chunk loaded on demand, with everything it imports
 * statically), each Web Worker bundle, and which chunks carry zod. Shared by the budget test and
 * `npm run bench -- bundles`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from './page-weight';

/** Strings zod 4 keeps in any build, minified or not (its class registry names them). */
const ZOD_SIGNATURES = ['$ZodType', 'ZodError'];

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;
const WORKER_FILE = /^(.+)\.worker-[\w-]+\.js$/;
const ENTRY_FILE = /^(.+)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

export interface Island {
  /** The Astro component of an entry, or the chunk's name for one loaded on demand (step-client). */
  name: string;
  kind: 'entry' | 'on demand';
  /** The chunk and everything it imports statically: what loads together. */
  files: string[];
  gzipBytes: number;
}

function chunks(outDir: string): Map<string, string> {
  const dir = join(outDir, '_astro');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) if (name.endsWith('.js')) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

function staticClosure(root: string, all: Map<string, string>): string[] {
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length) {
    const text = all.get(queue.pop() as string) ?? '';
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const dep = m[1] as string;
      if (!seen.has(dep) && all.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen].sort();
}

const chunkName = (file: string) => file.replace(/\.[\w-]+\.js$/, '');

/** Every island: Astro script entries, and every chunk some chunk imports on demand. */
export function islands(outDir: string): Island[] {
  const all = chunks(outDir);
  const roots = new Map<string, Island['kind']>();
  for (const [file, text] of all) {
    if (WORKER_FILE.test(file)) continue;
    if (ENTRY_FILE.test(file)) roots.set(file, 'entry');
    for (const m of text.matchAll(DYNAMIC_IMPORT)) if (all.has(m[1] as string)) roots.set(m[1] as string, 'on demand');
  }
  return [...roots]
    .map(([file, kind]) => {
      const files = staticClosure(file, all);
      return {
        name: ENTRY_FILE.exec(file)?.[1] ?? chunkName(file),
        kind,
        files,
        gzipBytes: files.reduce((sum, f) => sum + gzipBytes(all.get(f) ?? ''), 0),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Chunks and worker bundles that carry zod (the browser should get none: data is validated at build). */
export function chunksWithZod(outDir: string): string[] {
  return [...chunks(outDir)]
    .filter(([, text]) => ZOD_SIGNATURES.some((s) => text.includes(s)))
    .map(([file]) => file)
    .sort();
}
