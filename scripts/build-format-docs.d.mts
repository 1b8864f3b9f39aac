/** The Markdown reference of a rule-set JSON Schema (`ruleSetJsonSchema()`): what docs/format.md holds. */
export function formatReference(schema: Record<string, unknown>): string;
