/**
 * The build's offline manifest: which built files the service worker stores on install, and the version
 * that names its cache. Pure: the build hook (src/integrations/offline.ts) reads the files and passes
 * their paths and content hashes in.
 */
import { createHash } from 'node:crypto';
import { joinBase } from '../site-url';
import { CACHE_PREFIX, KIT_FILE, OFFLINE_SECTIONS, SERVICE_WORKER_FILE } from './sections';

/** A built file: its path relative to the output folder ("chapters/x/index.html") and a hash of its bytes. */
export interface BuiltFile {
  path: string;
  hash: string;
}

/**
 * Folders every section page may need: bundled scripts, styles and Web Workers (Vite names them by content,
 * and lazy chunks are only found by running the page, so all of them), and the search index.
 */
const SHARED_FOLDERS = ['_astro/', 'pagefind/'];
const SHARED_FILES = ['favicon.svg'];

/** Files the worker must not store: the worker itself (the browser fetches it), the kit, the hosts' headers. */
const NEVER = new Set([SERVICE_WORKER_FILE, KIT_FILE, '_headers']);

export function isPrecached(path: string): boolean {
  if (NEVER.has(path)) return false;
  if (SHARED_FILES.includes(path)) return true;
  return [...SHARED_FOLDERS, ...OFFLINE_SECTIONS].some((folder) => path.startsWith(folder));
}

/** The URL a file is fetched at: a page's folder ("/chapters/x/") rather than its index.html, under `base`. */
export function fileUrl(path: string, base: string | undefined): string {
  return joinBase(base, path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
}

export interface OfflineManifest {
  /** Changes whenever any precached file changes: a new build gets a new cache and an update prompt. */
  version: string;
  cacheName: string;
  base: string;
  urls: string[];
}

export function offlineManifest(files: readonly BuiltFile[], base: string): OfflineManifest {
  const kept = files.filter((f) => isPrecached(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const digest = createHash('sha256');
  for (const f of kept) digest.update(`${f.path}\0${f.hash}\n`);
  const version = digest.digest('hex').slice(0, 12);
  return {
    version,
    // The base is in the name: two builds under different bases on one origin keep apart.
    cacheName: `${CACHE_PREFIX}${base}${version}`,
    base,
    urls: kept.map((f) => fileUrl(f.path, base)),
  };
}
