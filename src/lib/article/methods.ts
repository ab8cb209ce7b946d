/**
 * Every formula the engine uses, as the methods page prints it, read from content/methods/<id>.md:
 * the anchor id is the file name (named after the engine function), the frontmatter holds the title,
 * the TeX, assumptions, limits, sources and the code that runs it, and the body says in plain words
 * what the formula means. Read at build time and in tests (Node), validated here, never shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const METHODS_DIR = 'content/methods';

const frontmatterSchema = z
  .object({
    /** Place on the page, from 1. */
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** Engine function(s) that implement it, exported by `file`. */
    functions: z.array(z.string().regex(/^\w+$/)).min(1),
    /** File under src/lib/sim/. */
    file: z.string().regex(/^[\w-]+\.ts$/),
    tex: z.string().min(1),
    /** May name figures as {fig:<path>} or {param:<name>}; the page prints them from the data. */
    assumptions: z.array(z.string()),
    /** Same template syntax as assumptions. */
    limits: z.array(z.string()),
    /** Source ids behind the formula. */
    sources: z.array(z.string()).min(1),
  })
  .strict();

export type MethodId = string;

export interface Method extends z.infer<typeof frontmatterSchema> {
  id: MethodId;
  /** What the symbols mean and what the formula says, in plain words: the file's body. */
  meaning: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

function readMethod(fileName: string): Method {
  const path = join(METHODS_DIR, fileName);
  const match = FRONTMATTER.exec(readFileSync(join(process.cwd(), path), 'utf8'));
  if (!match) throw new Error(`${path}: no frontmatter`);
  const front = frontmatterSchema.safeParse(parse(match[1] ?? ''));
  if (!front.success) throw new Error(`${path}: ${z.prettifyError(front.error)}`);
  const meaning = (match[2] ?? '').trim();
  if (!meaning) throw new Error(`${path}: no text after the frontmatter`);
  return { id: fileName.replace(/\.md$/, ''), ...front.data, meaning };
}

export const METHODS: readonly Method[] = readdirSync(join(process.cwd(), METHODS_DIR))
  .filter((f) => f.endsWith('.md'))
  .map(readMethod)
  .sort((a, b) => a.order - b.order);

export const METHOD_IDS: readonly MethodId[] = METHODS.map((m) => m.id);
