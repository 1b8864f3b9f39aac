import type { z } from 'zod';

/**
 * JSON Schema for the parts of the rule-set schema that are validated by hand (amounts,
 * dates, conditions): zod cannot derive it from a refinement, so each such schema registers
 * what an editor should see. Used only by `ruleSetJsonSchema()`.
 */
export const jsonSchemaOverrides = new WeakMap<z.ZodType, Record<string, unknown>>();

export function withJsonSchema<T extends z.ZodType>(schema: T, jsonSchema: Record<string, unknown>): T {
  jsonSchemaOverrides.set(schema, jsonSchema);
  return schema;
}
