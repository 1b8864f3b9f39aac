/**
 * Before a bench run: forget what an earlier run recorded, and in a full run build the core that
 * is timed (see build-core.ts). After it: remove the batch runs' input, the evaluate runs' corpus
 * and their report.
 */
import { rmSync } from 'node:fs';
import { BATCH_INPUT, EVALUATE_CORPUS, EVALUATE_REPORT, FACTS_FILE, SHORT } from '../settings.js';
import { buildCore } from './build-core.js';

export default async function setup(): Promise<() => void> {
  rmSync(FACTS_FILE, { force: true });
  if (!SHORT) await buildCore();
  return () => {
    for (const file of [BATCH_INPUT, EVALUATE_CORPUS, EVALUATE_REPORT]) rmSync(file, { force: true });
  };
}
