/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globals: true,
    // Vitest empties CSS imports; the palette module reads tokens.css as text (?raw), so that one stays.
    css: { include: [/src\/styles\/tokens\.css/] },
  },
});
