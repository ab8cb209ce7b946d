import type { AstroIntegration } from 'astro';
import { writePayload } from '../lib/payload/write';

/**
 * Validates the data at build time and writes the browser's payload (src/lib/payload/) before anything
 * is bundled, so workers and islands ship validated plain JSON and no zod. A bad record fails the build
 * while the config loads (importing the data parses it), with the loader's message naming file, record
 * and field.
 */
export function payloadIntegration(): AstroIntegration {
  return {
    name: 'superfactory:payload',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // Vitest loads this config too; there payload.test.ts checks the committed file instead.
        if (process.env.VITEST) return;
        if (writePayload()) logger.info('src/lib/payload/payload.json rewritten from content/data');
      },
    },
  };
}
