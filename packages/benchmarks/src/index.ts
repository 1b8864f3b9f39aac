/**
 * @cailiang/benchmarks — encoded discretion benchmarks (裁量基准), each with its source
 * document. No table is published in this version yet: see this package's README.
 */
export {};
