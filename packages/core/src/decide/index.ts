export { createEngine } from './engine.js';
export type { Engine, EngineOptions } from './engine.js';
export type {
  Adjustment,
  AmountRange,
  Deadline,
  Decision,
  Exemption,
  FineSanction,
  Order,
  OtherSanction,
  Sanction,
  TraceEntry,
  Warning,
} from './decision.js';
