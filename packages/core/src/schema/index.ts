export { ruleSetJsonSchema } from './json-schema.js';
