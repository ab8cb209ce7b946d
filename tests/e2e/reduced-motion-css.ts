/**
 * Which of the site's CSS animations and transitions would still run for a reader who asked for
 * reduced motion. A moving rule passes when it sits under `prefers-reduced-motion: no-preference`, or
 * when rules under `prefers-reduced-motion: reduce` set `animation: none` (`transition: none`) on every
 * element it reaches: by the same selector, or by others that match those elements in the built HTML.
 * Hiding is not stopping: Chromium keeps an SVG animation running under a `display: none` group.
 */
import { parseHTML } from 'linkedom';
import postcss, { type AtRule, type Declaration, type Rule } from 'postcss';

type Motion = 'animation' | 'transition';

interface Stop {
  selector: string;
  stops: Set<Motion>;
}

const REDUCE = /prefers-reduced-motion\s*:\s*reduce/;
const NO_PREFERENCE = /prefers-reduced-motion\s*:\s*no-preference/;
// States and pseudo-elements a static document never matches; the element they qualify is what moves.
const DYNAMIC_PSEUDO = /::?(before|after|hover|focus-visible|focus-within|focus|active|placeholder|marker)\b/g;

function motionOf(decl: Declaration): Motion | null {
  const value = decl.value.trim().toLowerCase();
  if (value === 'none' || /^0m?s$/.test(value)) return null;
  if (decl.prop === 'animation' || decl.prop === 'animation-name') return 'animation';
  if (decl.prop === 'transition' || decl.prop === 'transition-property') return 'transition';
  return null;
}

function stopsOf(rule: Rule): Set<Motion> {
  const stops = new Set<Motion>();
  rule.walkDecls((decl) => {
    const value = decl.value.trim().toLowerCase();
    if ((decl.prop === 'animation' || decl.prop === 'animation-name') && value === 'none') stops.add('animation');
    if ((decl.prop === 'transition' || decl.prop === 'transition-property') && value === 'none')
      stops.add('transition');
  });
  return stops;
}

function mediaOf(rule: Rule): string {
  const params: string[] = [];
  type Parent = { type: string; parent?: unknown } | undefined;
  for (let node = rule.parent as Parent; node && node.type !== 'root'; node = node.parent as Parent)
    if (node.type === 'atrule' && (node as AtRule).name === 'media') params.push((node as AtRule).params);
  return params.join(' and ');
}

export interface MotionReport {
  /** Every selector that animates or transitions outside a no-preference query. */
  animated: string[];
  /** Those that nothing stops under reduced motion, each with why. */
  gaps: string[];
}

export function motionGaps(cssFiles: readonly string[], htmlPages: readonly string[]): MotionReport {
  const moving: { selector: string; motion: Motion }[] = [];
  const stops: Stop[] = [];
  for (const css of cssFiles) {
    postcss.parse(css).walkRules((rule) => {
      if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
      const media = mediaOf(rule);
      if (NO_PREFERENCE.test(media)) return;
      if (REDUCE.test(media)) {
        const stopped = stopsOf(rule);
        if (stopped.size > 0) for (const selector of rule.selectors) stops.push({ selector, stops: stopped });
        return;
      }
      const motions = new Set<Motion>();
      rule.walkDecls((decl) => {
        const motion = motionOf(decl);
        if (motion) motions.add(motion);
      });
      for (const motion of motions) for (const selector of rule.selectors) moving.push({ selector, motion });
    });
  }

  const parsed = new Map<string, Document>();
  // Only pages that name every class of the selector can hold a match: parse just those.
  const docs = (selector: string) =>
    htmlPages
      .filter((html) => (selector.match(/\.[\w-]+/g) ?? []).every((c) => html.includes(c.slice(1))))
      .map((html) => {
        let doc = parsed.get(html);
        if (!doc) {
          doc = parseHTML(html).document as unknown as Document;
          parsed.set(html, doc);
        }
        return doc;
      });
  const gaps: string[] = [];
  for (const { selector, motion } of moving) {
    const candidates = stops.filter((s) => s.stops.has(motion));
    if (candidates.some((s) => s.selector === selector)) continue;
    const plain = selector.replace(DYNAMIC_PSEUDO, '').trim() || '*';
    const elements = docs(plain).flatMap((doc) => [...doc.querySelectorAll(plain)]);
    if (elements.length === 0) {
      gaps.push(
        `${selector} (${motion}): matches no element in the built HTML, so no reduced-motion stop can be shown`,
      );
      continue;
    }
    const unstopped = elements.filter((el) => !candidates.some((s) => el.matches(s.selector)));
    if (unstopped.length > 0)
      gaps.push(`${selector} (${motion}): ${unstopped.length} element(s) keep moving under reduced motion`);
  }
  return { animated: moving.map((m) => `${m.selector} (${m.motion})`), gaps };
}
