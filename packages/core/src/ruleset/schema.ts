import * as z from 'zod';
import { referredOnly } from './referred-only.js';
import type { Condition } from '../conditions/types.js';
import type { DeepReadonly } from './deep-readonly.js';
import { FACT_TYPES } from '../facts/types.js';
import { Decimal } from '../money/decimal.js';
import { ROUNDING_MODES } from '../money/rounding.js';
import { checkConditionStructure } from './condition-structure.js';
import {
  MEASURE_KINDS,
  REFERRAL_ACTIONS,
  measureAlternativeSchema,
  measureChoiceSchema,
  periodSchema,
  referralRangeSchema,
} from './measures.js';
import { v2KeyPaths } from './format-version.js';
import { withJsonSchema } from './json-schema-overrides.js';
import { exactlyOneOf } from './exactly-one-of.js';
import { computedAmountSchema } from './computed-amount.js';
import { SANCTION_KINDS, SANCTION_UNITS } from './sanction-kinds.js';
import { boundValue, factorText, fractionText, identifier, isoDate, moneyText, nonEmptyText } from './scalars.js';

/**
 * The format tag of the current format. v2 adds the statute's own words and modality to v1;
 * every v1 document is a v2 document with the same meaning, so both tags load (docs/format.md,
 * 「v1 → v2」), and a v2 key in a v1 document is an error naming the tag to use.
 */
export const RULE_SET_FORMAT = 'cailiang.rule-set/v2';
/** The first format, still loaded unchanged. */
export const RULE_SET_FORMAT_V1 = 'cailiang.rule-set/v1';

/**
 * A condition tree (json-rules-engine format); its structure is checked by hand for precise paths.
 * A refinement, not a transform: the tree is kept as it is, and a transform's pipe cost a
 * catalogue's tens of thousands of conditions more than the check itself.
 */
export const conditionSchema = withJsonSchema(
  z.custom<Condition>().superRefine((value, ctx) => {
    for (const issue of checkConditionStructure(value, '')) {
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: pathSegments(issue.path),
        params: { code: issue.code },
      });
    }
  }),
  { $ref: '#/$defs/Condition' },
);

export const citationSchema = z.strictObject({
  law: identifier,
  article: z.int().min(1).max(9999),
  paragraph: z.int().min(1).max(99).optional(),
  item: z.int().min(1).max(99).optional(),
  subitem: z.int().min(1).max(99).optional(),
});

const lawSchema = z.strictObject({ title: nonEmptyText, edition: isoDate });

const factSchema = z
  .strictObject({
    type: z.enum(FACT_TYPES),
    label: nonEmptyText,
    values: z.array(nonEmptyText).min(1).optional(),
    /** Chinese labels of enum values, for rendered tables and reasoning (`serious: 严重`). */
    valueLabels: z.record(z.string(), nonEmptyText).optional(),
    min: boundValue.optional(),
    max: boundValue.optional(),
    /** A quantity's unit (平方米, 处): 「按照占地面积处每平方米一千元罚款」 prices each 平方米. */
    unit: nonEmptyText.optional(),
    /** A quantity counted in whole units (每处设施): a case's 2.5处 is refused. */
    countable: z.boolean().optional(),
    description: z.string().optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.type === 'quantity' && fact.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a quantity fact names its unit (平方米, 处, 辆, 吨)' });
    }
    for (const key of ['unit', 'countable'] as const) {
      if (fact[key] !== undefined && fact.type !== 'quantity') {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `only quantity facts have a ${key}; this fact is ${fact.type}`,
        });
      }
    }
    if (fact.type === 'enum' && fact.values === undefined) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'an enum fact lists its values' });
    }
    if (fact.type !== 'enum' && fact.values !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `only enum facts have values; this fact is ${fact.type}`,
      });
    }
    for (const value of Object.keys(fact.valueLabels ?? {})) {
      if (!(fact.values ?? []).includes(value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['valueLabels', value],
          message: `"${value}" is not one of the fact's values (${(fact.values ?? []).join(', ')})`,
        });
      }
    }
    if (fact.values !== undefined && new Set(fact.values).size !== fact.values.length) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'enum values must be unique' });
    }
    for (const bound of ['min', 'max'] as const) {
      if (fact[bound] !== undefined && (fact.type === 'boolean' || fact.type === 'enum')) {
        ctx.addIssue({ code: 'custom', path: [bound], message: `a ${fact.type} fact has no ${bound}` });
      }
    }
  });

/** A statutory or tier amount range: `{ min: "50000", max: "100000" }`; `max` absent for 「…以上」. */
const openRangeSchema = z.strictObject({ min: moneyText, max: moneyText.optional() });
const closedRangeSchema = z.strictObject({ min: moneyText, max: moneyText });

/** 货值金额十倍以上二十倍以下: `{ of: goodsValue, min: "10", max: "20" }`. */
const statutoryMultipleSchema = z.strictObject({ of: identifier, min: factorText, max: factorText.optional() });
const tierMultipleSchema = z.strictObject({ of: identifier.optional(), min: factorText, max: factorText });

const statutoryFineSchema = z
  .strictObject({
    when: conditionSchema.optional(),
    /** 可以处…罚款: the fine is authorised, not required. */
    optional: z.boolean().optional(),
    /**
     * v2: 「警告或者罚款」 — the other members of a statutory choice with the fine: the officer imposes
     * the fine or one of these, never both.
     */
    alternatives: z
      .array(
        z.strictObject({
          kind: z
            .enum(SANCTION_KINDS)
            .refine((kind) => kind !== 'fine', 'an alternative to the fine is another sanction'),
          text: nonEmptyText.optional(),
        }),
      )
      .min(1)
      .optional(),
    range: openRangeSchema.optional(),
    multiple: statutoryMultipleSchema.optional(),
    /**
     * v2: the provision this alternative is taken from, where it is not the item's whole basis (a
     * 款 or 项 of its own): cited, beside the item's basis, when the alternative applies.
     */
    basis: z.array(citationSchema).min(1).optional(),
    note: z.string().optional(),
  })
  .superRefine(exactlyOneOf(['range', 'multiple']));

/** A sanction imposed with the fine (`with`) or only in graver cases (`also`). */
const sanctionSchema = z
  .strictObject({
    kind: z.enum(SANCTION_KINDS),
    /** Imposed only when this holds (拒不改正的，责令停产整治). */
    when: conditionSchema.optional(),
    /** The fact that gives the amount (没收违法所得 of illegalIncome). */
    of: identifier.optional(),
    /** 可以并处: authorised, not required. */
    optional: z.boolean().optional(),
    /**
     * v2: the statute's own words (吊销营业执照, 责令停业整顿, 五年内禁止从事…编制工作), printed by
     * decisions, tables and reasoning instead of the kind's label; the kind still gives order,
     * severity and review (行政处罚法 第九条).
     */
    text: nonEmptyText.optional(),
    /** v2: 「直至」 — the gravest step of an escalation (责令停产停业，直至吊销许可证), printed so. */
    upTo: z.boolean().optional(),
    /**
     * v2: the statute's 「或者」/「、」 between measures of which exactly one is imposed (责令停业、关闭):
     * the other members; the decision offers the choice, never two cumulative sanctions. A member is
     * another sanction, the same kind in other words (责令停工整治或者停业整治), or a measure that is not
     * a penalty (责令拆除或者关闭: `{ measure: demolish }`).
     */
    alternatives: z
      .array(
        z.union([z.strictObject({ kind: z.enum(SANCTION_KINDS), text: nonEmptyText.optional() }), measureChoiceSchema]),
      )
      .min(1)
      .optional(),
    /**
     * v2: the whole choice in the statute's own words and order, where they differ from the members
     * joined by 或者 in the order listed: 第九十一条 「责令拆除或者关闭」 names the measure first, and
     * 「关闭」 under the one 责令. Printed by decisions, tables, reasoning and review in its place.
     */
    choiceText: nonEmptyText.optional(),
    /** v2: what lawful imposition requires first (报经有批准权的人民政府批准), printed before the sanction. */
    requires: nonEmptyText.optional(),
    /**
     * v2: the amount is taken from `of` only where this holds (广告费用能够计算的); otherwise the
     * sanction is decided without an amount, never as 0 元.
     */
    amountWhen: conditionSchema.optional(),
    /** For sanctions with their own range: detention days, suspension months. */
    range: openRangeSchema.optional(),
    unit: z.enum(SANCTION_UNITS).optional(),
    note: z.string().optional(),
  })
  .superRefine((sanction, ctx) => {
    if (sanction.kind === 'fine') {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'the fine is stated in statutory.fine, not as a sanction',
      });
    }
    if (sanction.range !== undefined && sanction.unit === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `a ranged sanction names its unit: ${SANCTION_UNITS.join(', ')}`,
      });
    }
    if (sanction.range === undefined && sanction.unit !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a unit is given only with a range' });
    }
    for (const [index, alternative] of (sanction.alternatives ?? []).entries()) {
      if (!('kind' in alternative)) continue;
      // The same kind is a choice only in other words (停工整治 or 停业整治, both 责令停产停业).
      const sameWords =
        alternative.kind === sanction.kind && (alternative.text === undefined || alternative.text === sanction.text);
      if (alternative.kind === 'fine' || sameWords) {
        ctx.addIssue({
          code: 'custom',
          path: ['alternatives', index, alternative.kind === 'fine' ? 'kind' : 'text'],
          message:
            alternative.kind === 'fine'
              ? 'an alternative is not the fine (a choice with the fine is statutory.fine.alternatives)'
              : `an alternative of the same kind (${sanction.kind}) states its own words in text, different from the sanction's`,
        });
      }
    }
    if (sanction.choiceText !== undefined && sanction.alternatives === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['choiceText'],
        message: 'choiceText words a statutory choice: give the other members in alternatives',
      });
    }
    if (sanction.amountWhen !== undefined && sanction.of === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountWhen'], message: 'amountWhen qualifies the amount of `of`' });
    }
    if (sanction.range !== undefined && sanction.of !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['of'],
        message: 'a sanction takes its amount from a fact or has a range, not both',
      });
    }
  });

/** How a tier sets an amount: a named band of the statutory range, or absolute numbers. */
const tierAmountSchema = z
  .strictObject({
    band: nonEmptyText.optional(),
    range: closedRangeSchema.optional(),
    multiple: tierMultipleSchema.optional(),
    /**
     * v2: an amount the table computes from the facts (权重累加: 裁量百分值总和×建设项目总投资额×5%;
     * 每增加1个超标因子增加一万元), a single amount held to the statutory range like any tier's.
     */
    computed: computedAmountSchema.optional(),
    /**
     * v2: the table's recommended amount in this tier (默认值（指导基准）), yuan for the fine, the
     * sanction's unit (日) otherwise; inside the tier's range (lint `guide-outside-range`). The
     * rule set's `guidance` says how far and on which grounds the officer may depart from it.
     */
    guide: moneyText.optional(),
  })
  .superRefine(exactlyOneOf(['band', 'range', 'multiple', 'computed']));

const tierSchema = z.strictObject({
  level: z.union([nonEmptyText, z.int()], { error: 'expected a tier level: a name or a whole number' }),
  label: nonEmptyText,
  when: conditionSchema.optional(),
  fine: tierAmountSchema.optional(),
  /** Ranged sanctions (detention days…) set by this tier, by kind; default: the fine's band. */
  sanctions: z.partialRecord(z.enum(SANCTION_KINDS), tierAmountSchema).optional(),
  add: z.array(z.strictObject({ kind: z.enum(SANCTION_KINDS), optional: z.boolean().optional() })).optional(),
  description: z.string().optional(),
});

const exemptionSchema = z.strictObject({
  id: identifierLike(),
  label: z.string().optional(),
  mandatory: z.boolean(),
  when: conditionSchema,
  basis: z.array(citationSchema).min(1, 'an exemption cites its legal basis'),
});

/**
 * The general rules of 行政处罚法 whose own text yields to a special rule of a law or an
 * administrative regulation, so that an item may displace them (`overrides[].rule`):
 * `APL-33-2-no-fault`, 第三十三条第二款 「当事人有证据足以证明没有主观过错的，不予行政处罚。法律、
 * 行政法规另有规定的，从其规定。」
 */
export const OVERRIDABLE_GENERAL_RULES = ['APL-33-2-no-fault'] as const;

/** A sanction a special rule keeps even when the party is exempted (但应当依法没收…). */
const retainedSanctionSchema = z.strictObject({
  kind: z.enum(SANCTION_KINDS).refine((kind) => kind !== 'fine', {
    message: 'a retained sanction is not a fine; the fine is what an exemption forgoes',
  }),
  /** The statute's own words, printed instead of the kind's label. */
  text: nonEmptyText.optional(),
  /** The fact that gives the amount (没收违法所得 of illegalIncome). */
  of: identifier.optional(),
  note: z.string().optional(),
});

/**
 * v2: a special rule of the item's own law that displaces a general rule of 行政处罚法 where
 * that rule says 「法律、行政法规另有规定的，从其规定」 (食品安全法 第一百三十六条 for 第三十三条第二款).
 * When the general rule holds and `scope` holds, the general rule does not apply; the special
 * rule's `effect` applies instead when `when` holds, with the sanctions it `retain`s.
 */
const overrideSchema = z.strictObject({
  id: identifierLike(),
  label: z.string().optional(),
  /** The general rule displaced. */
  rule: z.enum(OVERRIDABLE_GENERAL_RULES),
  /** Where the special rule governs instead of the general one (食品经营者…); absent: always. */
  scope: conditionSchema.optional(),
  /** The special rule's own conditions for its effect (履行了进货查验等义务…能如实说明其进货来源). */
  when: conditionSchema,
  /** `exemption-offered`: 可以免予处罚 — the agency may forgo the penalty, as a 可以 exemption. */
  effect: z.literal('exemption-offered'),
  /** What stays even when the exemption is granted (但应当依法没收其不符合食品安全标准的食品). */
  retain: z.array(retainedSanctionSchema).optional(),
  basis: z.array(citationSchema).min(1, 'a special rule cites its legal basis'),
});

const powerItemSchema = z.strictObject({ code: nonEmptyText, name: nonEmptyText });

/**
 * A measure that is not a penalty (行政处罚法 第二十八条 责令改正, and the item's own law: 责令限期拆除,
 * 收缴, 强制拆除…), ordered with the penalty or instead of it.
 */
const orderSchema = z
  .strictObject({
    kind: z.enum(MEASURE_KINDS),
    label: nonEmptyText.optional(),
    /** Ordered only when this holds (情节严重的，责令停止生产、销售). */
    when: conditionSchema.optional(),
    basis: z.array(citationSchema).optional(),
    /** v2: 可以 — authorised, not required. */
    optional: z.boolean().optional(),
    /** v2: another authority's measure (由广告审查机关撤销…), printed with its name. */
    authority: nonEmptyText.optional(),
    /** v2: the period the statute fixes (三年内不受理该申请人的广告审查申请). */
    period: periodSchema.optional(),
    /** v2: the other members of a statutory 「或者」 (责令改正或者限制生产、停产整治): one of them is ordered. */
    alternatives: z.array(measureAlternativeSchema).min(1).optional(),
    /** v2: what lawful ordering requires first (报经有批准权的人民政府批准). */
    requires: nonEmptyText.optional(),
  })
  .superRefine((order, ctx) => {
    if (order.kind === 'other' && order.label === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'a measure of kind other states its label' });
    }
    for (const [index, alternative] of (order.alternatives ?? []).entries()) {
      if (alternative.kind === 'other' && alternative.label === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['alternatives', index, 'label'],
          message: 'a measure of kind other states its label',
        });
      }
    }
  });

/**
 * v2: a referral to another authority, whose measure is never this agency's penalty (移送公安机关
 * 拘留, 由有关部门停止相关业务, 建议任免机关依法给予处分, 记分). It cites its own provision.
 */
const referralSchema = z
  .strictObject({
    action: z.enum(REFERRAL_ACTIONS),
    /** The other authority, in the statute's words (公安机关, 有关部门, 任免机关或者监察机关). */
    authority: nonEmptyText,
    /** Whom the measure is on, when not the party (直接负责的主管人员和其他直接责任人员). */
    target: nonEmptyText.optional(),
    /** Its measure, in the statute's words (处十日以上十五日以下的拘留 → 拘留, with `range`). */
    measure: nonEmptyText,
    /** Referred only when this holds. */
    when: conditionSchema.optional(),
    /** 并可以由有关部门…: the referral is authorised, not required. */
    optional: z.boolean().optional(),
    requires: nonEmptyText.optional(),
    /** The other authority's range (拘留 十日以上十五日以下), printed as the statute gives it. */
    range: referralRangeSchema.optional(),
    unit: z.enum(SANCTION_UNITS).optional(),
    basis: z.array(citationSchema).min(1, 'a referral cites the provision that provides for it'),
    note: z.string().optional(),
  })
  .superRefine((referral, ctx) => {
    if ((referral.range === undefined) !== (referral.unit === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a referral range and its unit come together' });
    }
  });

/**
 * A ground of the item's own law to 从轻或者减轻 (产品质量法 第五十五条: 销售者…可以从轻或者
 * 减轻处罚), applied like the general grounds of 行政处罚法 第三十二条.
 */
const itemMitigationSchema = z.strictObject({
  id: identifierLike(),
  label: z.string().optional(),
  mandatory: z.boolean(),
  when: conditionSchema,
  basis: z.array(citationSchema).min(1, 'a mitigation ground cites its legal basis'),
});

/**
 * Where the benchmark comes from: an agency's published table, or tiers this library derived
 * from the statute (never to be passed off as an agency's document), and the convention its
 * tiers follow (市场监管 30/40/30, 粤环发〔2021〕7号 mean-based, 江门 absolute tiers…).
 */
const provenanceSchema = z.strictObject({
  source: z.enum(['published', 'statute-derived', 'example']),
  convention: nonEmptyText.optional(),
  conventionSource: nonEmptyText.optional(),
  url: nonEmptyText.optional(),
  note: z.string().optional(),
});

/**
 * v2 双罚制: the unit's people — 「对直接负责的主管人员和其他直接责任人员可以处上一年度从本单位取得
 * 收入百分之五十以下的罚款」 (大气污染防治法 第一百二十二条第一款, 水污染防治法 第九十四条第一款). Decided
 * per person from the case's `persons` (each with their own facts, e.g. the previous year's income
 * from the unit), cited to the 款 that provides it, never folded into the unit's fine.
 */
const personsSchema = z.strictObject({
  /** Who the statute names: 直接负责的主管人员和其他直接责任人员. */
  text: nonEmptyText,
  /** The 款 that provides the persons' sanction. */
  basis: z.array(citationSchema).min(1, "the persons' sanction cites its own 款"),
  fine: z
    .strictObject({
      /** 可以处: authorised, not required. */
      optional: z.boolean().optional(),
      /** A fixed range for each person (处一万元以上十万元以下罚款). */
      range: closedRangeSchema.optional(),
      /** A multiple of a per-person money fact: `{ of: priorYearIncome, min: "0", max: "0.5" }` for 百分之五十以下. */
      multiple: z.strictObject({ of: identifier, min: factorText, max: factorText }).optional(),
      /** The statute's words for the fine (上一年度从本单位取得收入百分之五十以下的罚款). */
      text: nonEmptyText.optional(),
    })
    .superRefine(exactlyOneOf(['range', 'multiple'])),
  note: z.string().optional(),
});

const penaltyItemSchema = z
  .strictObject({
    code: itemCode(),
    name: nonEmptyText,
    kind: z.literal('penalty'),
    powerItem: powerItemSchema.optional(),
    description: z.string().optional(),
    violates: z.array(citationSchema).min(1, 'a penalty item cites the provision violated (违法依据)'),
    basis: z.array(citationSchema).min(1, 'a penalty item cites the provision that sets the penalty (处罚依据)'),
    /** 责令改正: reported in every decision on this item, and alone when the precondition fails. */
    orders: z.array(orderSchema).optional(),
    /** v2: referrals to other authorities (移送, 报请, 建议), never this agency's penalty. */
    referrals: z.array(referralSchema).optional(),
    statutory: z.strictObject({
      /** The penalty applies only when this holds (逾期不改正的，处…罚款); otherwise only the order. */
      precondition: conditionSchema.optional(),
      /**
       * v2: the fine is required only when this holds (食品安全法 第一百二十六条「给予警告；拒不改正的，
       * 处五千元以上五万元以下罚款」); otherwise the item's other sanctions are decided now, without it.
       * Unlike `precondition`, it never drops the sanctions the statute imposes at once.
       */
      fineCondition: conditionSchema.optional(),
      fine: z.array(statutoryFineSchema).min(1).optional(),
      with: z.array(sanctionSchema).optional(),
      also: z.array(sanctionSchema).optional(),
    }),
    tiers: z.array(tierSchema).min(1, 'a penalty item has at least one tier'),
    exemptions: z.array(exemptionSchema).optional(),
    mitigations: z.array(itemMitigationSchema).optional(),
    /** v2 双罚制: the sanction on the unit's responsible people, decided per person. */
    persons: personsSchema.optional(),
    /** v2: special rules of the item's law that displace a general rule of 行政处罚法 (从其规定). */
    overrides: z.array(overrideSchema).optional(),
  })
  .superRefine(referredOnlyRules);

/**
 * v2 移送 only: an item with nothing of its own in `statutory` (no fine, `with` or `also`) is decided
 * as its referrals, so it must have one, and nothing else may pretend to set a sanction of this agency.
 */
function referredOnlyRules(
  item: {
    readonly statutory: { readonly precondition?: unknown; readonly fineCondition?: unknown } & Parameters<
      typeof referredOnly
    >[0]['statutory'];
    readonly referrals?: readonly unknown[] | undefined;
    readonly persons?: unknown;
    readonly tiers: readonly { readonly fine?: unknown; readonly sanctions?: unknown; readonly add?: unknown }[];
  },
  ctx: z.core.$RefinementCtx,
): void {
  if (!referredOnly(item)) return;
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if ((item.referrals?.length ?? 0) === 0)
    issue(['statutory'], 'an item without a fine or sanction of its own is a referral: give its referrals');
  if (item.persons !== undefined) issue(['persons'], 'a referral-only item imposes nothing on the persons either');
  for (const key of ['precondition', 'fineCondition'] as const)
    if (item.statutory[key] !== undefined)
      issue(['statutory', key], `${key} conditions a sanction this item does not have`);
  item.tiers.forEach((tier, index) => {
    for (const key of ['fine', 'sanctions', 'add'] as const)
      if (tier[key] !== undefined)
        issue(['tiers', index, key], 'a referral-only item sets no fine or sanction in its tiers');
  });
}

/**
 * A condition an applicant must meet (许可条件). Its basis is the provision that imposes it: a
 * benchmark refines conditions, it may not add them (国办发〔2022〕27号), so `lint` flags one without.
 */
const licensingConditionSchema = z.strictObject({
  id: identifierLike(),
  label: nonEmptyText,
  when: conditionSchema,
  basis: z.array(citationSchema).optional(),
});

/** A document the applicant submits (申请材料), with the provision that requires it. */
const materialSchema = z.strictObject({
  id: identifierLike(),
  label: nonEmptyText,
  basis: z.array(citationSchema).optional(),
});

const licensingItemSchema = z.strictObject({
  code: itemCode(),
  name: nonEmptyText,
  kind: z.literal('licensing'),
  powerItem: powerItemSchema.optional(),
  description: z.string().optional(),
  basis: z.array(citationSchema).min(1, 'a licensing item cites its legal basis'),
  timeLimit: z.strictObject({
    statutory: z.strictObject({
      workingDays: z.int().min(1),
      extension: z.int().min(0).optional(),
      /**
       * 行政许可法 第四十二条: `single` (第一款, one agency: 二十日, +十日 经本行政机关负责人批准) or
       * `joint` (第二款, 统一办理、联合办理、集中办理: 四十五日, +十五日 经本级人民政府负责人批准).
       */
      handling: z.enum(['single', 'joint']).optional(),
    }),
    promised: z.strictObject({ workingDays: z.int().min(1) }).optional(),
    /** 第四十三条: a lower agency reviews first, 二十日 from its own acceptance, then reports up. */
    lowerReview: z.strictObject({ workingDays: z.int().min(1) }).optional(),
  }),
  conditions: z.array(licensingConditionSchema).optional(),
  materials: z.array(materialSchema).optional(),
});

const itemSchema = z.discriminatedUnion('kind', [penaltyItemSchema, licensingItemSchema], {
  error: 'expected kind: penalty or licensing',
});

const policySchema = z.strictObject({
  fineBands: z.record(nonEmptyText, z.tuple([fractionText, fractionText])).optional(),
  rounding: z.strictObject({ scale: z.int().min(0).max(8), mode: z.enum(ROUNDING_MODES) }).optional(),
  tierSelection: z.enum(['most-severe', 'first', 'unique']).optional(),
  mitigation: z.strictObject({ band: nonEmptyText, reducedFloor: fractionText.optional() }).optional(),
  versionSelection: z.enum(['lex-mitior', 'decision-date']).optional(),
  /**
   * 较大数额 for hearings (行政处罚法 第六十三条): a fine or confiscation of at least this amount
   * gives the party the right to request a hearing. Set per sector or province (e.g. public
   * security: 个人 2000元, 单位 10000元).
   */
  hearingThresholds: z
    .strictObject({ individual: moneyText.optional(), organization: moneyText.optional() })
    .optional(),
});

/**
 * v2: a rule declared once for a whole table and applied to every penalty item (适用规则 of a
 * published table): a repeat offence moving one tier up (`shift`), a part of the tier's fine range
 * (`part`: 一般处罚按平均金额, 从重不得低于平均值, 30/40/30, 该档次最高限度), or a reduction of the
 * fine by a share (`reduce`: 公开道歉承诺 按罚款标准的30%-50%降低处罚), never below the statutory
 * minimum, or an optional sanction made required (`require`: 「应当依法予以吊销或拘留」). Each cites the table's own article, and shows in the trace and the reasoning.
 */
const tableRuleSchema = z
  .strictObject({
    id: identifierLike(),
    label: nonEmptyText,
    when: conditionSchema,
    basis: z.array(citationSchema).min(1, "a table rule cites the table's own article"),
    /** Move to the next tier (lightest first) this many steps; the last tier stays, with a warning. */
    shift: z.int().min(1).max(9).optional(),
    /** The part of the tier's fine range, as fractions from its minimum (0) to its maximum (1). */
    part: z.strictObject({ from: fractionText, to: fractionText }).optional(),
    /** The fine reduced by between `min` and `max` of itself (0.3–0.5), not below the statutory minimum. */
    reduce: z.strictObject({ min: fractionText, max: fractionText }).optional(),
    /**
     * The sanctions of these kinds that an item offers as 可以并处 become required (应当依法予以吊销或拘留):
     * the table takes the officer's choice away when its condition holds. An item that offers none
     * of them is untouched; the rule never adds a sanction the statute does not give.
     */
    require: z
      .strictObject({
        kinds: z
          .array(
            z.enum(SANCTION_KINDS).refine((kind) => kind !== 'fine', {
              message: 'a fine is never optional: require names the other sanctions (detention, revoke…)',
            }),
          )
          .min(1),
      })
      .optional(),
    note: z.string().optional(),
  })
  .superRefine(exactlyOneOf(['shift', 'part', 'reduce', 'require']))
  .superRefine((rule, ctx) => {
    const pairs: [string, { readonly [key: string]: string } | undefined, string, string][] = [
      ['part', rule.part, 'from', 'to'],
      ['reduce', rule.reduce, 'min', 'max'],
    ];
    for (const [key, value, low, high] of pairs) {
      if (value !== undefined && new Decimal(value[low] as string).greaterThan(value[high] as string)) {
        ctx.addIssue({
          code: 'custom',
          path: [key, high],
          message: `${key}.${high} (${String(value[high])}) is below ${key}.${low} (${String(value[low])})`,
        });
      }
    }
  });

/** Which way a departure moves from the guiding amount: above it (up) or below it (down). */
export const DEPARTURE_DIRECTIONS = ['up', 'down'] as const;

/**
 * How far a departure may move from the guiding amount: to the tier's bound (`to: bound`, the
 * tier's maximum going up, its minimum going down), by a share of the guiding amount (`share:
 * "0.2"`), or by an amount in the sanction's unit (`amount: "200"`). Never past the tier's range.
 */
const departureReachSchema = z
  .strictObject({
    to: z.literal('bound').optional(),
    share: fractionText.optional(),
    amount: moneyText.optional(),
  })
  .superRefine(exactlyOneOf(['to', 'share', 'amount']));

/**
 * v2: one ground on which the table lets the officer depart from the guiding amount (适用规则:
 * 「违法行为引发交通事故的，可以按上限处罚」), the direction and how far. It applies to every guided
 * amount of the tier, or to the sanction kinds listed.
 */
const departureSchema = z.strictObject({
  id: identifierLike(),
  label: nonEmptyText,
  when: conditionSchema,
  basis: z.array(citationSchema).min(1, "a departure cites the table's own article"),
  direction: z.enum(DEPARTURE_DIRECTIONS, { error: 'expected a direction: up or down' }),
  by: departureReachSchema,
  /** The guided amounts it moves (fine, detention…); default: all of the tier's. */
  kinds: z.array(z.enum(SANCTION_KINDS)).min(1).optional(),
  note: z.string().optional(),
});

/**
 * v2: what a guiding amount (指导基准, `tiers[].fine.guide`) means in this table: its name, the
 * table's article that makes it the recommended amount, and the departures the table allows.
 * Without a departure that holds, the amount imposed is the guiding amount.
 */
const guidanceSchema = z.strictObject({
  label: nonEmptyText,
  basis: z.array(citationSchema).min(1, "the guidance cites the table's own article"),
  departures: z.array(departureSchema),
  note: z.string().optional(),
});

export const ruleSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.enum([RULE_SET_FORMAT_V1, RULE_SET_FORMAT], {
      error: `expected format: ${RULE_SET_FORMAT} (or ${RULE_SET_FORMAT_V1})`,
    }),
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "-" and "_"'),
    version: nonEmptyText,
    title: nonEmptyText,
    issuer: nonEmptyText,
    document: nonEmptyText,
    registration: nonEmptyText.optional(),
    provenance: provenanceSchema.optional(),
    effective: z.strictObject({ from: isoDate, until: isoDate.optional() }),
    policy: policySchema.optional(),
    laws: z.record(identifier, lawSchema),
    facts: z.record(identifier, factSchema),
    /** v2: rules of the whole table (适用规则), applied to every penalty item in listed order. */
    tableRules: z.array(tableRuleSchema).optional(),
    /** v2: the table's guiding amounts (指导基准) and the rules for departing from them (适用规则). */
    guidance: guidanceSchema.optional(),
    items: z.array(itemSchema).min(1, 'a rule set has at least one item'),
  })
  .superRefine((ruleSet, ctx) => {
    if (ruleSet.format !== RULE_SET_FORMAT_V1) return;
    if (ruleSet.tableRules !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['tableRules'],
        message: `"tableRules" is a format v2 key: set format: ${RULE_SET_FORMAT}`,
      });
    }
    if (ruleSet.guidance !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['guidance'],
        message: `"guidance" is a format v2 key: set format: ${RULE_SET_FORMAT}`,
      });
    }
    for (const path of v2KeyPaths(ruleSet.items)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          path[path.length - 1] === 'kind'
            ? `this measure kind is format v2 (v1 has correct, correct-within-period): set format: ${RULE_SET_FORMAT}`
            : `"${String(path[path.length - 1])}" is a format v2 key: set format: ${RULE_SET_FORMAT}`,
      });
    }
  });

export type RuleSetData = z.output<typeof ruleSetSchema>;
/** An item as a loaded rule set holds it: deep read-only, as every part type below. */
export type ItemData = DeepReadonly<RuleSetData['items'][number]>;
export type PenaltyItemData = Extract<ItemData, { kind: 'penalty' }>;
export type LicensingItemData = Extract<ItemData, { kind: 'licensing' }>;
export type TierData = PenaltyItemData['tiers'][number];
export type TierAmountData = NonNullable<TierData['fine']>;
export type StatutoryFineData = NonNullable<PenaltyItemData['statutory']['fine']>[number];
export type SanctionData = NonNullable<PenaltyItemData['statutory']['with']>[number];
export type ExemptionData = NonNullable<PenaltyItemData['exemptions']>[number];
export type PolicyData = DeepReadonly<NonNullable<RuleSetData['policy']>>;
export type OrderData = NonNullable<PenaltyItemData['orders']>[number];
export type ReferralData = NonNullable<PenaltyItemData['referrals']>[number];
export type ItemMitigationData = NonNullable<PenaltyItemData['mitigations']>[number];
export type PersonsData = NonNullable<PenaltyItemData['persons']>;
export type OverrideData = NonNullable<PenaltyItemData['overrides']>[number];
export type FactData = DeepReadonly<RuleSetData['facts'][string]>;
export type CitationData = DeepReadonly<z.output<typeof citationSchema>>;
export type TableRuleData = DeepReadonly<NonNullable<RuleSetData['tableRules']>[number]>;
export type GuidanceData = DeepReadonly<NonNullable<RuleSetData['guidance']>>;
export type DepartureData = GuidanceData['departures'][number];

function itemCode() {
  return z.string().regex(/^\S+$/, 'expected an item code without spaces (e.g. FS-124-1-3)');
}

function identifierLike() {
  return z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "-" and "_"');
}

/** Refinement: exactly one of `keys` is present. */
/** `all[1].value` → ['all', 1, 'value'], so hand-made issues nest under zod's path. */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}
