/**
 * The demo's text as a character-level task: a vocabulary of the lower-cased characters, a held-out
 * validation tail, and one training shard per site, either dealt at random in short chunks (i.i.d.) or
 * as contiguous stretches of the text (non-i.i.d.: each site sees its own scenes and speakers, the
 * setting where DiLoCo is known to struggle).
 */
import { createRng } from './prng';

export interface Corpus {
  vocab: string;
  /** Training shard of each site, as token ids. */
  shards: Uint8Array[];
  validation: Uint8Array;
  train: Uint8Array;
}

const VALIDATION_FRACTION = 0.1;
/** Chunk length when dealing i.i.d. shards: long enough for a context window, short enough to mix. */
const IID_CHUNK = 64;

export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\r/g, '');
}

export function encode(text: string, vocab: string): Uint8Array {
  const index = new Map<string, number>();
  for (let i = 0; i < vocab.length; i++) index.set(vocab[i] as string, i);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = index.get(text[i] as string) ?? 0;
  return out;
}

export function decode(ids: ArrayLike<number>, vocab: string): string {
  let s = '';
  for (let i = 0; i < ids.length; i++) s += vocab[ids[i] as number] ?? '';
  return s;
}

export function buildCorpus(text: string, sites: number, iid: boolean, seed: number): Corpus {
  const clean = normaliseText(text);
  const vocab = [...new Set(clean)].sort().join('');
  const ids = encode(clean, vocab);
  const cut = Math.floor(ids.length * (1 - VALIDATION_FRACTION));
  const train = ids.subarray(0, cut);
  const validation = ids.subarray(cut);
  return { vocab, train, validation, shards: iid ? dealChunks(train, sites, seed) : contiguous(train, sites) };
}

function contiguous(train: Uint8Array, sites: number): Uint8Array[] {
  const size = Math.floor(train.length / sites);
  return Array.from({ length: sites }, (_, k) => train.subarray(k * size, (k + 1) * size));
}

function dealChunks(train: Uint8Array, sites: number, seed: number): Uint8Array[] {
  const chunks = Math.floor(train.length / IID_CHUNK);
  const order = Array.from({ length: chunks }, (_, i) => i);
  const rng = createRng(seed, 0xc0);
  for (let i = chunks - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const per = Math.floor(chunks / sites);
  return Array.from({ length: sites }, (_, k) => {
    const shard = new Uint8Array(per * IID_CHUNK);
    for (let c = 0; c < per; c++) {
      const from = (order[k * per + c] as number) * IID_CHUNK;
      shard.set(train.subarray(from, from + IID_CHUNK), c * IID_CHUNK);
    }
    return shard;
  });
}

/** Cross-entropy (nats per character) of an add-one bigram model fitted on the training text. */
export function bigramValidationLoss(corpus: Corpus): number {
  const v = corpus.vocab.length;
  const counts = new Float64Array(v * v).fill(1);
  const rows = new Float64Array(v).fill(v);
  const t = corpus.train;
  for (let i = 1; i < t.length; i++) {
    const a = t[i - 1] as number;
    const pair = a * v + (t[i] as number);
    counts[pair] = (counts[pair] as number) + 1;
    rows[a] = (rows[a] as number) + 1;
  }
  const val = corpus.validation;
  let nll = 0;
  for (let i = 1; i < val.length; i++) {
    const a = val[i - 1] as number;
    nll -= Math.log((counts[a * v + (val[i] as number)] as number) / (rows[a] as number));
  }
  return nll / (val.length - 1);
}
