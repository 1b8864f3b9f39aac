export { checkCondition } from './check.js';
export { compileCondition } from './compile.js';
export type { CompiledCondition } from './compile.js';
export {
  ARRAY_FACT_OPERATORS,
  LIST_OPERATORS,
  NUMERIC_OPERATORS,
  OPERATOR_FUNCTIONS,
  isOperator,
} from './operators.js';
export type { OperatorFunction } from './operators.js';
export { conditionFacts } from './references.js';
export { toTraceValue } from './trace-value.js';
export { OPERATORS } from './types.js';
export type {
  AllCondition,
  AnyCondition,
  Condition,
  ConditionTrace,
  FactCondition,
  FactReference,
  NotCondition,
  Operator,
  TraceValue,
} from './types.js';
