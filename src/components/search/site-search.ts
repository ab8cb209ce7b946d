import { excerptNodes, loadPagefind, type PagefindResultData } from './pagefind-client';

const MAX_RESULTS = 8;

/**
 * <site-search>: a button that opens a modal dialog; Pagefind (script, WebAssembly, index) is fetched
 * only on the first open. Keyboard: "/" or Ctrl/Cmd+K opens, Esc closes (native <dialog>), Tab moves
 * through the results, which are plain links.
 */
class SiteSearch extends HTMLElement {
  #dialog: HTMLDialogElement | undefined;
  #input: HTMLInputElement | undefined;
  #status: HTMLElement | undefined;
  #list: HTMLElement | undefined;
  #opener: HTMLButtonElement | undefined;
  #query = 0;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog') ?? undefined;
    this.#input = this.querySelector('input[type="search"]') ?? undefined;
    this.#status = this.querySelector('[data-status]') ?? undefined;
    this.#list = this.querySelector('[data-results]') ?? undefined;
    this.#opener = this.querySelector('[data-open]') ?? undefined;
    if (!this.#dialog || !this.#input || !this.#opener) return;
    // The button is in the layout from first paint (`needs-js`: shown once the boot script runs), so
    // revealing it here would shift the header; it only needs its listener.
    this.#opener.addEventListener('click', () => this.open());
    this.querySelector('[data-close]')?.addEventListener('click', () => this.#dialog?.close());
    // A click on the backdrop (outside the panel) closes, as readers expect of a modal.
    this.#dialog.addEventListener('click', (e) => {
      if (e.target === this.#dialog) this.#dialog?.close();
    });
    this.#input.addEventListener('input', () => void this.#search());
    // In a search field the browser's Escape only clears the text; readers expect it to close the dialog.
    this.#input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.#dialog?.close();
      }
    });
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }

  #onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey))) {
      e.preventDefault();
      this.open();
    }
  };

  open() {
    if (!this.#dialog || this.#dialog.open) return;
    this.#dialog.showModal();
    this.#input?.focus();
    this.#input?.select();
    void loadPagefind(import.meta.env.BASE_URL).then(
      () => this.#setStatus(this.#input?.value ? '' : 'Type to search the chapters.'),
      () => this.#setStatus('Search is not available here (the index is built with the site; try the built site).'),
    );
  }

  #setStatus(message: string) {
    if (this.#status) this.#status.textContent = message;
  }

  async #search() {
    const term = this.#input?.value.trim() ?? '';
    const query = ++this.#query;
    if (!term) {
      this.#list?.replaceChildren();
      this.#setStatus('Type to search the chapters.');
      return;
    }
    let api: Awaited<ReturnType<typeof loadPagefind>>;
    try {
      api = await loadPagefind(import.meta.env.BASE_URL);
    } catch {
      this.#setStatus('Search is not available here (the index is built with the site; try the built site).');
      return;
    }
    const found = await api.debouncedSearch(term, {}, 200);
    if (found === null || query !== this.#query) return; // superseded by newer typing
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (query !== this.#query) return;
    this.#render(data);
    const n = found.results.length;
    this.#setStatus(n === 0 ? `No results for “${term}”.` : `${n} ${n === 1 ? 'page' : 'pages'} found.`);
  }

  #render(results: PagefindResultData[]) {
    const items = results.map((r) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.className = 'search-result__title';
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.append(...excerptNodes(r.excerpt, document));
      li.append(link, excerpt);
      // Deep links to the sections that matched, when the page has headings with ids.
      const subs = r.sub_results.filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 3);
      if (subs.length) {
        const ul = document.createElement('ul');
        ul.className = 'search-result__sections';
        for (const s of subs) {
          const sli = document.createElement('li');
          const a = document.createElement('a');
          a.href = s.url;
          a.textContent = s.title;
          sli.append(a);
          ul.append(sli);
        }
        li.append(ul);
      }
      return li;
    });
    this.#list?.replaceChildren(...items);
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
