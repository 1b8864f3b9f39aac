export type { Concurrence, SetAsideItem } from './concurrence.js';
export { createEngine } from './engine.js';
export type { Engine, EngineOptions } from './engine.js';
export type {
  Adjustment,
  AmountRange,
  Deadline,
  Eligibility,
  Requirement,
  Decision,
  Exemption,
  FineSanction,
  Order,
  OtherSanction,
  Sanction,
  TraceEntry,
  Warning,
} from './decision.js';
