/**
 * Zod as every browser bundle gets it (astro.config.mjs aliases `zod` here for the build). Zod compiles
 * object parsers with `new Function` when it may, and probes for that by calling it; under our CSP
 * (no 'unsafe-eval') the probe is a logged violation on every page with a widget or the globe.
 * `jitless` skips both; parsing stays correct, a little slower, which our small inputs never notice.
 */
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
