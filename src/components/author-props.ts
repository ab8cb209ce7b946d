/**
 * Props of the components authors write in MDX, checked at render time: MDX does not type-check, and
 * a wrong prop (`bare="false"`, a misspelt figure id) would otherwise render wrong without a word.
 * As Starlight's Badge does: parse with zod, fail the build with the component's name and the problem.
 */
import { z } from 'zod';
import { DERIVED_IDS } from '../figures/chapters/derived';

const sig = z.number().int().min(1).max(12).optional();

export const derivedPropsSchema = z
  .object({
    of: z.enum(DERIVED_IDS as [string, ...string[]], {
      error: (issue) => `no derived figure "${String(issue.input)}"; known: ${DERIVED_IDS.join(', ')}`,
    }),
    bare: z.boolean().optional(),
    sig,
  })
  .strict();

export const numPropsSchema = z
  .object({
    of: z.string().min(1),
    at: z.string().optional(),
    sig,
    as: z.string().min(1).optional(),
    bare: z.boolean().optional(),
    cite: z.boolean().optional(),
    asOf: z.boolean().optional(),
    quote: z.boolean().optional(),
  })
  .strict();

/** Astro adds its own attributes (`data-astro-cid-*` for scoped styles); a misspelt prop is refused. */
export function parseAuthorProps<S extends z.ZodType>(schema: S, props: object, component: string): z.output<S> {
  const own = Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('data-astro-')));
  const r = schema.safeParse(own);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `${i.path.join('.') || '(props)'}: ${i.message}`).join('; ');
  throw new Error(`<${component}>: ${problems}`);
}
