/**
 * Puts new output HTML into a widget without rebuilding what did not change. The markup is parsed
 * off-document (a <template>: no style or layout), then walked beside the live tree: equal subtrees
 * stay as they are, same-named elements keep their node and take the new attributes, the rest (and any
 * chart that changed) is swapped. A slider move that changes a readout and a few bars of a 100-200 KB chart then restyles
 * and relayouts only those, where innerHTML re-created every node on the main thread (issue 18).
 * The result is the same DOM innerHTML would give; nodes that survive keep focus and scroll.
 */

function patchAttributes(live: Element, next: Element): void {
  for (const name of live.getAttributeNames()) if (!next.hasAttribute(name)) live.removeAttribute(name);
  for (const name of next.getAttributeNames()) {
    const value = next.getAttribute(name) as string;
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
}

function patchChildren(live: Node, next: Node): void {
  const olds = Array.from(live.childNodes);
  const news = Array.from(next.childNodes);
  for (const [i, n] of news.entries()) {
    const o = olds[i];
    if (!o) live.appendChild(n);
    else if (o.isEqualNode(n)) continue;
    // A chart that moved at all has moved nearly everywhere: walking its elements one by one costs more
    // than the swap (measured on the step and failures widgets), so a changed <svg> is swapped whole.
    else if (o.nodeType === 1 && n.nodeType === 1 && o.nodeName === n.nodeName && o.nodeName.toLowerCase() !== 'svg') {
      patchAttributes(o as Element, n as Element);
      patchChildren(o, n);
    } else if (o.nodeType === n.nodeType && (o.nodeType === 3 || o.nodeType === 8)) o.nodeValue = n.nodeValue;
    else live.replaceChild(n, o);
  }
  for (const o of olds.slice(news.length)) live.removeChild(o);
}

export function patchHtml(target: Element, html: string): void {
  const template = target.ownerDocument.createElement('template');
  template.innerHTML = html;
  patchChildren(target, template.content);
}
