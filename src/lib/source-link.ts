/** Where a source record links to and the host a reference list shows: our own pages sit under the base. */
import { withBase } from './site-url';

const isSitePath = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

export function sourceHref(url: string): string {
  return isSitePath(url) ? withBase(url) : url;
}

export function sourceHost(url: string): string {
  return isSitePath(url) ? 'this site' : new URL(url).hostname.replace(/^www\./, '');
}

/** An author list as a reference list opens it, ending in one full stop ("Jacob Austin, et al."). */
export function authorsSentence(authors: readonly string[]): string {
  const list = authors.join(', ');
  return list.endsWith('.') ? list : `${list}.`;
}
