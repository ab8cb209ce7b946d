/**
 * The Embed dialog: the snippet for the state on screen (read from this page's URL, the interactive's
 * own keys renamed to the embed page's view), theme, frozen and host-script options, copy buttons, a
 * live preview whose reported height becomes the snippet's height, the direct link and "image + link".
 * A native <dialog> opened modal: focus stays inside, Escape closes, focus returns to the button.
 */
import { readSizeMessage } from '../../lib/embed/messages';
import {
  type EmbedTheme,
  type EmbedView,
  embedSrc,
  iframeSnippet,
  imageLinkSnippet,
  SNIPPET_SANDBOX,
  viewState,
} from '../../lib/embed/snippet';

interface EmbedButtonData {
  embed: string;
  prefix: string;
  statePrefix: string;
  title: string;
  height: number;
  page: string;
  preview: string;
  hostScript: string;
}

function readData(el: HTMLElement): EmbedButtonData {
  const d = el.dataset;
  const abs = (url: string | undefined) => new URL(url ?? '', window.location.href).href;
  return {
    embed: d.embed ?? '',
    prefix: d.prefix ?? '',
    statePrefix: d.statePrefix ?? '',
    title: d.title ?? '',
    height: Number(d.height) || 600,
    page: abs(d.page),
    preview: abs(d.preview),
    hostScript: abs(d.hostScript),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function labelled(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return element('div', { className: 'embed-dialog__field' }, element('label', { htmlFor: id }, label), control);
}

async function copy(text: string, field: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    field.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

export function openEmbedDialog(button: HTMLElement): void {
  const data = readData(button);
  const state = viewState(window.location.search, data.prefix, data.statePrefix);
  const idBase = `embed-${data.embed}`;
  let measuredHeight = data.height;

  const theme = element(
    'select',
    {},
    ...(['auto', 'light', 'dark'] as const).map((t) =>
      element('option', { value: t }, t === 'auto' ? "The reader's (their choice or system)" : t),
    ),
  );
  const frozen = element('input', { type: 'checkbox' });
  const withScript = element('input', { type: 'checkbox' });
  const snippet = element('textarea', { readOnly: true, rows: 4 });
  const imageLink = element('textarea', { readOnly: true, rows: 3 });
  const status = element('p', { className: 'embed-dialog__status' });
  status.setAttribute('role', 'status');
  const direct = element('a', { target: '_blank', rel: 'noopener' });
  const preview = element('iframe', { title: `Preview: ${data.title}`, loading: 'eager' });
  preview.setAttribute('sandbox', SNIPPET_SANDBOX);
  preview.height = String(data.height);

  const view = (): EmbedView => ({
    pageUrl: data.page,
    state,
    theme: theme.value as EmbedTheme,
    frozen: frozen.checked,
  });
  const refresh = (reload: boolean) => {
    const src = embedSrc(view());
    snippet.value = iframeSnippet({
      src,
      title: data.title,
      heightPx: measuredHeight,
      ...(withScript.checked ? { hostScriptUrl: data.hostScript } : {}),
    });
    imageLink.value = imageLinkSnippet({ href: src, imageUrl: data.preview, alt: data.title });
    direct.href = src;
    direct.textContent = src;
    if (reload) preview.src = src;
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== preview.contentWindow) return;
    const height = readSizeMessage(event.data);
    if (height === null) return;
    measuredHeight = height;
    preview.height = String(height);
    refresh(false);
  };

  const close = element('button', { type: 'button', className: 'embed-dialog__close' }, 'Close');
  const copySnippet = element('button', { type: 'button' }, 'Copy snippet');
  const copyImage = element('button', { type: 'button' }, 'Copy image + link');
  const heading = element('h2', { id: `${idBase}-dialog-title` }, `Embed “${data.title}”`);
  const dialog = element(
    'dialog',
    { className: 'embed-dialog' },
    heading,
    element(
      'p',
      {},
      'Paste this into your blog’s HTML. It shows what is on your screen now; the frame sizes itself with the optional script.',
    ),
    element(
      'div',
      { className: 'embed-dialog__options' },
      labelled(`${idBase}-theme`, 'Theme', theme),
      element('label', {}, frozen, ' Frozen: no controls'),
      element('label', {}, withScript, ' Add the resize script (embed.js)'),
    ),
    labelled(`${idBase}-snippet`, 'Iframe snippet', snippet),
    copySnippet,
    labelled(`${idBase}-image`, 'Image + link, for newsletters and platforms that take no iframe', imageLink),
    copyImage,
    status,
    element('p', {}, 'Direct link: ', direct),
    element('p', { className: 'embed-dialog__preview-label' }, 'Preview'),
    preview,
    close,
  );
  dialog.setAttribute('aria-labelledby', heading.id);

  for (const control of [theme, frozen, withScript])
    control.addEventListener('change', () => refresh(control !== withScript));
  copySnippet.addEventListener('click', () => void copy(snippet.value, snippet, status));
  copyImage.addEventListener('click', () => void copy(imageLink.value, imageLink, status));
  close.addEventListener('click', () => dialog.close());
  window.addEventListener('message', onMessage);
  dialog.addEventListener('close', () => {
    window.removeEventListener('message', onMessage);
    dialog.remove();
    button.querySelector('button')?.focus();
  });

  refresh(true);
  document.body.append(dialog);
  dialog.showModal();
}
