/**
 * Bytes of the built JavaScript without a browser: each Web Worker bundle, each island (an Astro
 * script entry or a chunk loaded on demand, with what it imports statically), and whether zod is in
 * any browser chunk (it should not be: data is validated at build time). Reads ASTRO_OUT_DIR.
 */
import { chunksWithZod, islands } from '../../tests/e2e/bundles';
import { workerWeights } from '../../tests/e2e/page-weight';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const kb = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(6);

export default async function (): Promise<void> {
  console.log('Web Worker bundles, KB gzip');
  for (const [name, bytes] of Object.entries(workerWeights(OUT_DIR)).sort())
    console.log(`${name.padEnd(28)} ${kb(bytes)}`);
  console.log('\nIslands, KB gzip (the chunk and its static imports; shared chunks count in each island)');
  for (const island of islands(OUT_DIR))
    console.log(
      `${island.name.padEnd(28)} ${kb(island.gzipBytes)}  ${island.kind.padEnd(9)}  ${island.files.length} files`,
    );
  const zod = chunksWithZod(OUT_DIR);
  console.log(`\nzod in browser chunks: ${zod.length ? `YES (${zod.join(', ')})` : 'none'}`);
}
