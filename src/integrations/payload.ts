import type { AstroIntegration } from 'astro';

/**
 * Validates the data at build time and writes the browser's payload (src/lib/payload/) before anything
 * is bundled, so workers and islands ship validated plain JSON and no zod. A bad record fails here, with
 * the loader's message naming file, record and field. The import is lazy: loading the data parses it.
 */
export function payloadIntegration(): AstroIntegration {
  return {
    name: 'superfactory:payload',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const { writePayload } = await import('../lib/payload/write');
        if (writePayload()) logger.info('src/lib/payload/payload.json rewritten from content/data');
      },
    },
  };
}
