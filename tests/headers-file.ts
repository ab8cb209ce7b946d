/** Reads a Netlify / Cloudflare Pages `_headers` file: path patterns, each with indented `Name: value` lines. */
export interface HeaderRule {
  pattern: string;
  headers: Map<string, string>;
  /** `! Name` lines (Cloudflare Pages): headers a broader rule attached that this path drops. */
  detached: Set<string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map(), detached: new Set() });
      continue;
    }
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach?.[1]) {
      rules.at(-1)?.detached.add(detach[1].toLowerCase());
      continue;
    }
    const i = line.indexOf(':');
    rules.at(-1)?.headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return rules;
}

/** Headers a host sends for `path` (site path, no base): every matching rule's, `*` matching any run of characters. */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!re.test(path)) continue;
    for (const name of rule.detached) out.delete(name);
    for (const [k, v] of rule.headers) out.set(k, v);
  }
  return out;
}
