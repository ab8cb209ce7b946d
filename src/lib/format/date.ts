const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * An ISO date at the precision it was given: "2025" -> "2025", "2025-11" -> "Nov 2025",
 * "2025-11-12" -> "12 Nov 2025". A date never gains a day it did not have.
 */
export function formatIsoDate(iso: string, style: 'short' | 'long' = 'short'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${iso}"`);
  const [, year, month, day] = m;
  if (!month) return year as string;
  const names = style === 'long' ? MONTHS_LONG : MONTHS;
  const name = names[Number(month) - 1];
  if (!name) throw new Error(`Not a month: "${iso}"`);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
