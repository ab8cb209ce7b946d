/**
 * Authors write internal Markdown links as site paths ("[campus view](/explore/campus/)"); this puts
 * them under the configured base path, so chapters work wherever the site is published.
 */
import { joinBase } from '../site-url';

interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
}

function visitLinks(node: MdNode, base: string): void {
  if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/') && !node.url.startsWith('//')) {
    node.url = joinBase(base, node.url);
  }
  for (const child of node.children ?? []) visitLinks(child, base);
}

export function remarkBaseLinks(options: { base: string }) {
  return (tree: MdNode) => visitLinks(tree, options.base);
}
