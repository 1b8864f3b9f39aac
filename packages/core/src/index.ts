/**
 * @cailiang/core — discretion benchmarks (裁量基准) as machine-checked rule sets.
 * Browser-safe: nothing here touches files, processes or the network.
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './citation/index.js';
export * from './dates/index.js';
export * from './facts/index.js';
export * from './conditions/index.js';
export * from './calendar/index.js';
