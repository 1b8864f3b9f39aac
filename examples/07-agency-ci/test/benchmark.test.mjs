// One vitest case per fixture case: a change to the benchmark (or to cailiang) that moves a
// decision fails the agency's CI, with the difference spelt out, before the new version takes effect.
import { fileURLToPath } from 'node:url';
import { describeFixtures } from '@cailiang/fixtures/vitest';

describeFixtures(fileURLToPath(new URL('../benchmarks/food-safety.fixtures.yaml', import.meta.url)), {
  name: '食品安全裁量基准 (示例市监规〔2024〕1号)',
});
