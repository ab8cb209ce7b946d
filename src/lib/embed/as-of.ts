/**
 * The "as of" date an embed's attribution line states: the newest dated figure in the data the build
 * read, so a blog post read in a year says how current its figures were. Dates are ISO strings of
 * varying precision (2025, 2025-09, 2025-09-18); ISO order is string order.
 */
export function newestAsOf(data: unknown): string | undefined {
  let newest: string | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'asOf' && typeof inner === 'string') {
        if (newest === undefined || inner > newest) newest = inner;
      } else visit(inner);
    }
  };
  visit(data);
  return newest;
}
