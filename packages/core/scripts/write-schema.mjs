// Writes the JSON Schema of the rule-set format into the package, from the same zod schema the
// loader uses: shipped as `@cailiang/core/rule-set.schema.json` (node_modules/@cailiang/core/
// rule-set.schema.json) so that editors validate YAML rule sets through `$schema` or a
// `# yaml-language-server: $schema=…` comment. Run by `build`; test/packaging.test.ts fails
// while the committed file differs from what the zod schema gives.
import { writeFileSync } from 'node:fs';
import { ruleSetJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../rule-set.schema.json', import.meta.url), `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
