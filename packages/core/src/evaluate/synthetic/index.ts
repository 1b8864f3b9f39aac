export { syntheticRecords } from './synthetic.js';
export type { SyntheticOptions, SyntheticRecord } from './synthetic.js';
export { Random } from './random.js';
