import * as z from 'zod';
import { OPERATORS } from '../conditions/types.js';
import { jsonSchemaOverrides } from './json-schema-overrides.js';
import { RULE_SET_FORMAT, ruleSetSchema } from './schema.js';

/** A condition in json-rules-engine's format, for editors (the loader checks it more closely). */
const CONDITION_JSON_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      required: ['all'],
      additionalProperties: false,
      properties: {
        all: { type: 'array', items: { $ref: '#/$defs/Condition' } },
        name: { type: 'string' },
        priority: { type: 'integer', minimum: 1 },
      },
    },
    {
      type: 'object',
      required: ['any'],
      additionalProperties: false,
      properties: {
        any: { type: 'array', items: { $ref: '#/$defs/Condition' } },
        name: { type: 'string' },
        priority: { type: 'integer', minimum: 1 },
      },
    },
    {
      type: 'object',
      required: ['not'],
      additionalProperties: false,
      properties: {
        not: { $ref: '#/$defs/Condition' },
        name: { type: 'string' },
        priority: { type: 'integer', minimum: 1 },
      },
    },
    {
      type: 'object',
      required: ['fact', 'operator', 'value'],
      additionalProperties: false,
      properties: {
        fact: { type: 'string' },
        operator: { enum: [...OPERATORS] },
        value: {},
        name: { type: 'string' },
        priority: { type: 'integer', minimum: 1 },
      },
    },
  ],
};

/**
 * The JSON Schema (draft 2020-12) of the rule-set format, generated from the zod schema the
 * loader uses, so editors validate YAML rule sets through `$schema` with the same rules.
 *
 * @example JSON.stringify(ruleSetJsonSchema(), null, 2)
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ruleSetSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const override = jsonSchemaOverrides.get(context.zodSchema as unknown as z.ZodType);
      if (override === undefined) return;
      for (const key of Object.keys(context.jsonSchema)) delete (context.jsonSchema as Record<string, unknown>)[key];
      Object.assign(context.jsonSchema, override);
    },
  }) as Record<string, unknown>;
  const defs = (generated['$defs'] as Record<string, unknown> | undefined) ?? {};
  return {
    ...generated,
    $id: 'https://cailiang.dev/schema/rule-set-v2.json',
    title: `cailiang rule set (${RULE_SET_FORMAT})`,
    description: '行政处罚/行政许可裁量基准 as a machine-checked rule set. See the cailiang spec §1.',
    $defs: { ...defs, Condition: CONDITION_JSON_SCHEMA },
  };
}
