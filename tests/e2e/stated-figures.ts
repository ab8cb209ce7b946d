/**
 * "No two pages state the same fact with different values": every figure a page prints through the
 * components (<Num>, <Derived>, <Finding>, distances and latencies) carries the fact it states in
 * data-figure (and data-at for a series entry). Two statements of one fact in one unit must agree to
 * the precision each shows: "1,070 km" and "1,067 km" agree, "663 mi" and "665 mi" do not.
 */
import { documentOf } from './built-links';

export interface Statement {
  page: string;
  fact: string;
  text: string;
}

/** Every figure statement on a built page, in its metric reading. */
export function statementsOn(page: string): Statement[] {
  return [...documentOf(page).querySelectorAll('.num[data-figure]')].map((el) => {
    const at = el.getAttribute('data-at');
    const value = el.querySelector('.num__value');
    const text = (value?.querySelector('.unit-metric') ?? value)?.textContent ?? '';
    return { page, fact: `${el.getAttribute('data-figure')}${at ? `@${at}` : ''}`, text: text.trim() };
  });
}

interface Reading {
  numbers: { value: number; halfStep: number }[];
  unit: string;
}

/** "~1,070 km" -> 1070 ± 5 km; "321–636 MW" -> two numbers; trailing zeros of a whole number are not significant. */
export function readStatement(text: string): Reading | null {
  const m = /^~?([\d.,]+)(?:–([\d.,]+))?\s*(.*)$/u.exec(text.replace(/\u00a0/g, ' '));
  if (!m?.[1]) return null;
  const one = (s: string) => {
    const plain = s.replace(/,/g, '');
    const decimals = plain.includes('.') ? (plain.split('.')[1]?.length ?? 0) : -(/0*$/.exec(plain)?.[0].length ?? 0);
    return { value: Number(plain), halfStep: 0.5 * 10 ** -decimals };
  };
  return { numbers: [one(m[1]), ...(m[2] ? [one(m[2])] : [])], unit: (m[3] ?? '').trim() };
}

/** Pairs of statements of one fact, in one unit, that no rounding reconciles. */
export function disagreements(statements: readonly Statement[]): string[] {
  const byFact = new Map<string, { s: Statement; r: Reading }[]>();
  for (const s of statements) {
    const r = readStatement(s.text);
    if (!r) continue;
    const key = `${s.fact} ${r.unit}`;
    byFact.set(key, [...(byFact.get(key) ?? []), { s, r }]);
  }
  const found: string[] = [];
  for (const group of byFact.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    for (const other of rest) {
      const agree =
        first.r.numbers.length === other.r.numbers.length &&
        first.r.numbers.every((a, i) => {
          const b = other.r.numbers[i];
          return b !== undefined && Math.abs(a.value - b.value) < a.halfStep + b.halfStep - 1e-9;
        });
      if (!agree)
        found.push(`${first.s.fact}: "${first.s.text}" (${first.s.page}) vs "${other.s.text}" (${other.s.page})`);
    }
  }
  return found;
}
