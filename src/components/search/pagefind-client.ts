/**
 * The slice of Pagefind's browser API we use (pagefind.js, written by the build into /pagefind/).
 * Loaded with a runtime import so Vite leaves it alone and nothing is fetched before search opens.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindApi {
  options(opts: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    opts?: object,
    debounceMs?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl, excerptLength: 24 });
    await api.init();
    return api;
  })();
  // A failed load (offline, dev server without an index) may succeed on the next open.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Pagefind excerpts are HTML with <mark> around hits; keep the text and the marks, nothing else. */
export function excerptNodes(excerptHtml: string, doc: Document): Node[] {
  const nodes: Node[] = [];
  const re = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  const decode = (s: string) => {
    const t = doc.createElement('textarea');
    t.innerHTML = s.replace(/<[^>]*>/g, '');
    return t.value;
  };
  for (let m = re.exec(excerptHtml); m; m = re.exec(excerptHtml)) {
    nodes.push(doc.createTextNode(decode(excerptHtml.slice(last, m.index))));
    const mark = doc.createElement('mark');
    mark.textContent = decode(m[1] ?? '');
    nodes.push(mark);
    last = m.index + m[0].length;
  }
  nodes.push(doc.createTextNode(decode(excerptHtml.slice(last))));
  return nodes;
}
