import { CailiangError } from '@cailiang/core';

/**
 * One shard of a corpus (`--shard i/n`): line k belongs to shard ((k − 1) mod n) + 1. Round
 * robin rather than contiguous ranges: a shard is known line by line, without counting the
 * file's lines first, and records sorted by date or district spread evenly over the shards.
 */
export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/**
 * Whether a line (numbered from 1, as in the whole corpus) is in the shard.
 *
 * @example inShard(5, { index: 1, count: 4 }) // true
 */
export function inShard(line: number, shard: Shard | undefined): boolean {
  return shard === undefined || ((line - 1) % shard.count) + 1 === shard.index;
}

/**
 * Reads `--shard i/n`.
 *
 * @throws CailiangError USAGE unless 1 ≤ i ≤ n
 * @example parseShard('2/8') // { index: 2, count: 8 }
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new CailiangError('USAGE', [
      {
        code: 'usage',
        path: '--shard',
        message: `expected --shard i/n with 1 ≤ i ≤ n (the i-th of n shards), got "${text}"`,
      },
    ]);
  }
  return { index, count };
}
