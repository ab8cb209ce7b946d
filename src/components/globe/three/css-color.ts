/**
 * A colour token from src/styles/tokens.css as a three.js Color. The tokens are light-dark() pairs,
 * which getPropertyValue returns unresolved; a hidden probe inside `el` takes the token as its
 * `color`, so the browser resolves it under the colour scheme `el` is drawn in.
 */
import { Color } from 'three';

export function readTokenColors<K extends string>(el: Element, tokens: Record<K, string>): Record<K, Color> {
  const probe = el.ownerDocument.createElement('span');
  probe.hidden = true;
  el.append(probe);
  const style = getComputedStyle(probe);
  const out = {} as Record<K, Color>;
  for (const key of Object.keys(tokens) as K[]) {
    probe.style.color = `var(${tokens[key]})`;
    out[key] = new Color().setStyle(style.color);
  }
  probe.remove();
  return out;
}
