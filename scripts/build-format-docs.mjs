// Writes docs/format.md, the reference of the rule-set format, from its JSON Schema — which is
// generated from the zod schema the loader uses (packages/core/src/ruleset/schema.ts), and shipped
// as packages/core/rule-set.schema.json. Structure, types, required keys and constraints all come
// from the schema; the one-line meanings come from the schema's `description` where it has one,
// else from DESCRIPTIONS below. `--check` fails while docs/format.md is stale (test/docs.test.ts
// checks the same against the current source).
//
//   node scripts/build-format-docs.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The mapping from v1 to v2 and each v2 construct with the statute sentence it exists for
 * (issue #17; docs/legal-review.md). Quotations are from the statute texts of packages/benchmarks/statutes.
 */
const V1_TO_V2 = [
  '<a id="v1-to-v2"></a>',
  '',
  '## v1 → v2',
  '',
  'Format v2 (`cailiang.rule-set/v2`) says what statutes say that v1 could not. **Every v1 document is',
  'a v2 document with the same meaning**: the loader reads both tags, a v1 file decides, renders and',
  'digests exactly as before, and changing its tag to v2 changes only its digest. A v2 key in a',
  'document tagged v1 is an error that names the tag to use, so no reader silently drops it.',
  '',
  '| v1 | v2 |',
  '|---|---|',
  "| a sanction printed as its kind's label (`revoke-licence` → 吊销许可证件) | the same, unless it has `text` |",
  "| — | `statutory.with[].text`, `statutory.also[].text`: the statute's own words, printed instead of the label |",
  '| — | `statutory.also[].upTo`: 「直至」, the last step of an escalation |',
  '| `statutory.precondition`: no penalty at all until it holds (逾期不改正的，处…罚款, nothing else imposed now) | unchanged |',
  '| — | `statutory.fineCondition`: only the fine waits for it; the sanctions imposed now (给予警告) are decided now |',
  '| a multiple below one printed 0.5倍 (v1 and v2 alike, since this release) | 百分之五十 |',
  "| — | `overrides`: a special rule of the item's law displacing a general rule of 行政处罚法 (从其规定) |",
  '',
  "### The statute's own words (`text`)",
  '',
  'The kind (行政处罚法 第九条) orders sanctions, ranks decisions by severity (从旧兼从轻) and is what',
  '`review` compares; the words are what decisions, tables and reasoning print. 《中华人民共和国产品质量法》',
  '第五十六条：「拒绝接受依法进行的产品质量监督检查的，给予警告，责令改正；拒不改正的，责令停业整顿；',
  '情节特别严重的，吊销营业执照。」 — 责令停业整顿 is of the kind 责令停产停业 and 吊销营业执照 of the kind',
  '吊销许可证件, but a decision must say which:',
  '',
  '```yaml',
  'also:',
  '  - kind: suspend-business',
  '    text: 责令停业整顿',
  '    when: { fact: refusedToCorrect, operator: equal, value: true }',
  '  - kind: revoke-licence',
  '    text: 吊销营业执照',
  '```',
  '',
  'A multiple below one prints as the statute writes it: 产品质量法 第五十条「货值金额百分之五十以上三倍以下」',
  '(`multiple: { of: goodsValue, min: "0.5", max: "3" }`), never 0.5倍.',
  '',
  '### A fine required only under a condition (`fineCondition`), and 「直至」 (`upTo`)',
  '',
  '《中华人民共和国食品安全法》（2021）第一百二十六条第一款：「…由县级以上人民政府食品安全监督管理部门责令改正，',
  '给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证：…」 The',
  'warning is imposed now; the fine is required only on refusal. A v1 `precondition` would drop the',
  'warning with the fine (outcome 责令改正 only), and review would fail the officer who gives the lawful',
  '警告. With `fineCondition`, a party who has not refused is decided 警告 (and 责令改正); one who refused',
  "is decided the fine and the warning; the table prints the statute's order:",
  '「责令改正，给予警告；…拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证」.',
  '',
  '```yaml',
  'orders: [ { kind: correct } ]',
  'statutory:',
  '  fineCondition: { all: [ { fact: refusedToCorrect, operator: equal, value: true } ] }   # 拒不改正的',
  '  fine: [ { range: { min: "5000", max: "50000" } } ]',
  '  with: [ { kind: warning } ]',
  '  also:',
  '    - { kind: suspend-business }',
  '    - { kind: revoke-licence, text: 吊销许可证, upTo: true }   # 直至吊销许可证',
  '```',
  '',
  '### A special rule that displaces a general one (`overrides`)',
  '',
  '《中华人民共和国行政处罚法》第三十三条第二款：「当事人有证据足以证明没有主观过错的，不予行政处罚。法律、',
  '行政法规另有规定的，从其规定。」 《中华人民共和国食品安全法》第一百三十六条 is such a rule: 「食品经营者',
  '履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明其进货',
  '来源的，可以免予处罚，但应当依法没收其不符合食品安全标准的食品」. An item declares it under `overrides`:',
  'when the general rule (`rule`) holds and the special rule governs the case (`scope`), the general',
  "rule is set aside; when the special rule's own conditions (`when`) hold too, the decision offers",
  'its exemption (`exemption.mandatory: false`, citing both provisions) and lists what stays even',
  'then (`exemption.retained`); when they do not, neither exempts and the decision warns',
  '`special-rule-not-met`. The trace has an `override` step. Facts of `scope` and `when` are needed',
  'only when the general rule holds, and then they must be given (`INVALID_CASE` otherwise): an absent',
  '食品经营者 must not silently yield 不予处罚. Only rules whose own text yields can be named',
  '(`APL-33-2-no-fault`).',
  '',
  '```yaml',
  'overrides:',
  '  - id: FSL-136-purchase-checked',
  '    rule: APL-33-2-no-fault',
  '    scope: { all: [ { fact: foodOperator, operator: equal, value: true } ] }',
  '    when: { all: [ { fact: purchaseChecked, operator: equal, value: true }, { fact: sourceExplained, operator: equal, value: true } ] }',
  '    effect: exemption-offered                                   # 可以免予处罚',
  '    retain: [ { kind: confiscate-illegal-goods, text: 没收其不符合食品安全标准的食品 } ]   # 但应当依法没收',
  '    basis: [ { law: FSL, article: 136 } ]',
  '```',
  '',
];

/** What each key means, by its path in the format (`items[penalty].tiers[].fine.band`). */
const DESCRIPTIONS = {
  $schema:
    'Where editors find this schema (`./node_modules/@cailiang/core/rule-set.schema.json`); ignored by the loader.',
  format:
    '`cailiang.rule-set/v2`, or `cailiang.rule-set/v1` for a document that uses no v2 key (see [v1 → v2](#v1-to-v2)).',
  id: 'Stable identity. Several versions of one `id` form a history (行政处罚法 第三十七条).',
  version: 'This version of the benchmark (`"2024.1"`).',
  title: 'The published name of the benchmark.',
  issuer: 'The issuing body (发布机关).',
  document: 'The 文号 of the document; the benchmark citation of every decision starts with it.',
  registration: 'The registration number under 统一登记、统一编号、统一公布, where there is one.',
  provenance: "Where the benchmark comes from: an agency's document, or tiers derived from the statute.",
  'provenance.source': "`published` (an agency's table), `statute-derived` (this library's proposal), `example`.",
  'provenance.convention': 'The tier convention followed (市场监管 30/40/30, mean-based…).',
  'provenance.conventionSource': 'Where that convention comes from.',
  'provenance.url': 'Where the published document can be read.',
  'provenance.note': 'Anything else a reader should know.',
  effective: 'When the version is in force; versions of one `id` may not overlap.',
  'effective.from': 'First day in force (inclusive).',
  'effective.until': 'Last day in force (inclusive); absent while in force.',
  policy: 'How tiers and general rules turn into numbers.',
  'policy.fineBands':
    'Named bands of a statutory range as fractions from its minimum (0) to its maximum (1): `general: ["0.3", "0.7"]`.',
  'policy.rounding':
    'Rounding of every computed amount bound (never of amounts taken from facts). Default: 2 places, half-up.',
  'policy.rounding.scale': 'Decimal places kept: 0 for whole yuan, 2 for fen.',
  'policy.rounding.mode': '`half-up` 四舍五入 · `down` 舍去 · `up` 进位 · `half-even` 银行家舍入.',
  'policy.tierSelection':
    'When several tiers hold: `most-severe` (default, the last listed), `first`, or `unique` (an error).',
  'policy.mitigation':
    '从轻或者减轻 (行政处罚法 第三十条–第三十二条): the band the fine narrows to, and the floor of the 减轻 option.',
  'policy.mitigation.band': 'The band of the statutory range a mitigated fine narrows to.',
  'policy.mitigation.reducedFloor': 'The 减轻 option spans [reducedFloor × statutory minimum, statutory minimum).',
  'policy.versionSelection': '`lex-mitior` (default: 从旧兼从轻, 第三十七条) or `decision-date`.',
  'policy.hearingThresholds': '较大数额 for hearings (行政处罚法 第六十三条), per party kind.',
  'policy.hearingThresholds.individual': 'For a 公民.',
  'policy.hearingThresholds.organization': 'For a 法人或者其他组织.',
  laws: 'Short keys of the laws that citations name (`FSL`).',
  'laws.<key>.title': 'The full title without 《》.',
  'laws.<key>.edition': 'The date of the edition cited.',
  facts: 'The case facts the conditions may read, by identifier.',
  'facts.<name>.type': 'money (a decimal amount of yuan) · integer · number · boolean · enum · date.',
  'facts.<name>.label': 'The Chinese label officers see, in tables, forms and the reasoning text.',
  'facts.<name>.values': 'For `enum`: the allowed values.',
  'facts.<name>.valueLabels': 'For `enum`: the Chinese label of each value (`serious: 严重`).',
  'facts.<name>.min': 'Inclusive lower bound (money, integer, number, date).',
  'facts.<name>.max': 'Inclusive upper bound.',
  'facts.<name>.description': 'A note for authors; not used by the engine.',
  items: 'The benchmark items: penalty (`kind: penalty`) or licensing (`kind: licensing`).',
  'items[penalty].code': 'Unique item code, no spaces (`FS-124-1-3`).',
  'items[penalty].name': 'The act, as the table names it.',
  'items[penalty].kind': '`penalty`.',
  'items[penalty].powerItem': 'The 权责清单 entry the item belongs to; echoed in the decision.',
  'items[penalty].powerItem.code': 'Its code.',
  'items[penalty].powerItem.name': 'Its name.',
  'items[penalty].description': 'A note for authors.',
  'items[penalty].violates': 'The provisions violated (违法依据).',
  'items[penalty].violates[].law': 'A key of `laws`.',
  'items[penalty].violates[].article': '条.',
  'items[penalty].violates[].paragraph': '款.',
  'items[penalty].violates[].item': '项, written 第（三）项.',
  'items[penalty].violates[].subitem': '目.',
  'items[penalty].basis': 'The provisions that set the penalty (处罚依据).',
  'items[penalty].orders': '责令改正 (行政处罚法 第二十八条), reported with every decision on the item.',
  'items[penalty].orders[].kind': '`correct` 责令改正 or `correct-within-period` 责令限期改正.',
  'items[penalty].orders[].label': 'The wording, when not the default.',
  'items[penalty].orders[].when': 'Ordered only when this holds.',
  'items[penalty].orders[].basis': "The item's own provisions for the order.",
  'items[penalty].statutory': 'What the law itself allows: tiers may never leave it.',
  'items[penalty].statutory.precondition':
    'The penalty applies only when this holds (逾期不改正的); otherwise only the order.',
  'items[penalty].statutory.fineCondition':
    'v2: only the fine waits for this (拒不改正的，处…罚款); the other sanctions are decided now.',
  'items[penalty].statutory.fine': 'The statutory fine, as alternatives: exactly one must hold for a case.',
  'items[penalty].statutory.fine[].when': 'When this alternative applies (货值金额不足一万元).',
  'items[penalty].statutory.fine[].optional': '可以处…罚款: authorised, not required.',
  'items[penalty].statutory.fine[].range': 'A range of yuan; `min: "0"` for 「…以下」, no `max` for 「…以上」.',
  'items[penalty].statutory.fine[].range.min': 'Minimum.',
  'items[penalty].statutory.fine[].range.max': 'Maximum.',
  'items[penalty].statutory.fine[].multiple': 'Multiples of a fact (货值金额十倍以上二十倍以下).',
  'items[penalty].statutory.fine[].multiple.of': 'The money fact multiplied.',
  'items[penalty].statutory.fine[].multiple.min': 'Lowest multiple.',
  'items[penalty].statutory.fine[].multiple.max': 'Highest multiple; absent for 「…倍以上」.',
  'items[penalty].statutory.fine[].note': 'A note for readers of the rule file.',
  'items[penalty].statutory.with': 'Sanctions imposed with the fine (并处, or 可以并处 with `optional`).',
  'items[penalty].statutory.with[].kind': 'The kind of sanction (行政处罚法 第九条).',
  'items[penalty].statutory.with[].upTo':
    'v2: 「直至」 — the last step of an escalation (责令停产停业，直至吊销许可证), printed so.',
  'items[penalty].statutory.with[].text':
    "v2: the statute's own words (吊销营业执照, 责令停业整顿), printed instead of the kind's label.",
  'items[penalty].statutory.with[].when': 'Imposed only when this holds.',
  'items[penalty].statutory.with[].of': 'The fact giving its amount (没收违法所得 of `illegalIncome`).',
  'items[penalty].statutory.with[].optional': '可以并处: authorised, not required.',
  'items[penalty].statutory.with[].range': 'Its own range (detention days, suspension months).',
  'items[penalty].statutory.with[].unit': 'The unit of that range.',
  'items[penalty].statutory.with[].note': 'A note for readers.',
  'items[penalty].statutory.also':
    'Sanctions the statute allows only in graver cases (情节严重的，吊销许可证), which tiers `add`.',
  'items[penalty].tiers': 'The tiers (裁量阶次), lightest first.',
  'items[penalty].tiers[].level': 'Identifier of the tier, unique in the item (`lighter`, `2`, `较重`).',
  'items[penalty].tiers[].label': 'What the table calls it (从轻, 一般, 从重).',
  'items[penalty].tiers[].when': 'When the tier applies; a tier without `when` is the fallback (at most one).',
  'items[penalty].tiers[].fine': "The tier's fine: a band of the statutory range, or its own range or multiples.",
  'items[penalty].tiers[].fine.band': 'A band of `policy.fineBands`.',
  'items[penalty].tiers[].fine.range': 'An absolute range of yuan (cut back to the statute if it leaves it).',
  'items[penalty].tiers[].fine.range.min': 'Minimum.',
  'items[penalty].tiers[].fine.range.max': 'Maximum.',
  'items[penalty].tiers[].fine.multiple': 'Multiples of a fact.',
  'items[penalty].tiers[].fine.multiple.of': "The fact; default: the statutory alternative's.",
  'items[penalty].tiers[].fine.multiple.min': 'Lowest multiple.',
  'items[penalty].tiers[].fine.multiple.max': 'Highest multiple.',
  'items[penalty].tiers[].sanctions': 'Ranged sanctions (detention days…) set by this tier, by kind.',
  'items[penalty].tiers[].add': 'Sanctions of `statutory.also` (or `with`) this tier adds.',
  'items[penalty].tiers[].add[].kind': 'The kind of sanction.',
  'items[penalty].tiers[].add[].optional': '可以并处.',
  'items[penalty].tiers[].description': 'A note for authors.',
  'items[penalty].exemptions': 'Item-level 不予处罚 entries (首违不罚, 行政处罚法 第三十三条).',
  'items[penalty].exemptions[].id': 'Identifier, echoed in the decision.',
  'items[penalty].exemptions[].label': 'What the list calls it.',
  'items[penalty].exemptions[].mandatory': '`true`: 不予处罚 (imposed); `false`: 可以不予处罚 (offered).',
  'items[penalty].exemptions[].when': 'When it holds.',
  'items[penalty].exemptions[].basis': 'Its legal basis.',
  'items[penalty].mitigations':
    "The item's own 从轻或者减轻 grounds (产品质量法 第五十五条), applied like the general ones.",
  'items[penalty].mitigations[].id': 'Identifier, echoed in the decision.',
  'items[penalty].mitigations[].label': 'What it is called.',
  'items[penalty].mitigations[].mandatory': '应当 (`true`) or 可以 (`false`).',
  'items[penalty].mitigations[].when': 'When it holds.',
  'items[penalty].mitigations[].basis': 'Its legal basis.',
  'items[penalty].overrides':
    "v2: special rules of the item's law that displace a general rule of 行政处罚法 (「法律、行政法规另有规定的，从其规定」).",
  'items[penalty].overrides[].id': 'Identifier, echoed in the decision (`exemption.id`) and the trace.',
  'items[penalty].overrides[].label': 'What the special rule requires, in its words.',
  'items[penalty].overrides[].rule': 'The general rule displaced: `APL-33-2-no-fault` (第三十三条第二款).',
  'items[penalty].overrides[].scope':
    'Where the special rule governs instead of the general one (食品经营者…); absent: always.',
  'items[penalty].overrides[].when': "The special rule's own conditions for its effect.",
  'items[penalty].overrides[].effect': '`exemption-offered`: 可以免予处罚, offered like a 可以 exemption.',
  'items[penalty].overrides[].retain': 'Sanctions that stay even when the exemption is granted (但应当依法没收…).',
  'items[penalty].overrides[].retain[].kind': 'The kind of sanction (not a fine).',
  'items[penalty].overrides[].retain[].text': "The statute's own words, printed instead of the kind's label.",
  'items[penalty].overrides[].retain[].of': 'The fact that gives its amount.',
  'items[penalty].overrides[].retain[].note': 'A note for authors.',
  'items[penalty].overrides[].basis': 'The special rule (its legal basis).',
  'items[licensing].code': 'Unique item code.',
  'items[licensing].name': 'The licence, as the list names it.',
  'items[licensing].kind': '`licensing`.',
  'items[licensing].powerItem': 'The 权责清单 entry.',
  'items[licensing].description': 'A note for authors.',
  'items[licensing].basis': 'The provisions the licence rests on.',
  'items[licensing].timeLimit': 'Time limits in working days (行政许可法 第四十二条).',
  'items[licensing].timeLimit.statutory': 'The statutory limit.',
  'items[licensing].timeLimit.statutory.workingDays': 'Working days from acceptance.',
  'items[licensing].timeLimit.statutory.extension': 'Working days it may be extended by.',
  'items[licensing].timeLimit.promised': "The agency's own promise (承诺时限).",
  'items[licensing].timeLimit.promised.workingDays': 'Working days from acceptance.',
  'items[licensing].conditions': 'Conditions the applicant must meet (许可条件), each with its basis.',
  'items[licensing].conditions[].id': 'Identifier.',
  'items[licensing].conditions[].label': 'What the condition says.',
  'items[licensing].conditions[].when': 'When it is met.',
  'items[licensing].conditions[].basis':
    'The provision that imposes it (a benchmark may refine conditions, not add them).',
  'items[licensing].materials': 'Documents the applicant submits (申请材料).',
  'items[licensing].materials[].id': 'Identifier.',
  'items[licensing].materials[].label': 'The document.',
  'items[licensing].materials[].basis': 'The provision that requires it.',
};

/** Scalar shapes the format uses again and again, by their pattern. */
const PATTERNS = {
  '^(0|[1-9]\\d*)(\\.\\d+)?$': 'decimal ≥ 0',
  '^(0|1|0\\.\\d+|1\\.0+)$': 'fraction 0–1',
  '^[A-Za-z_][A-Za-z0-9_]*$': 'identifier',
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'id (letters, digits, `.`, `-`, `_`)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'ISO date',
  '^\\S+$': 'code (no spaces)',
};

/**
 * The Markdown reference of a rule-set JSON Schema.
 *
 * @param {Record<string, any>} schema - the JSON Schema (`ruleSetJsonSchema()`)
 * @returns {string}
 */
export function formatReference(schema) {
  const sections = [];
  const seen = new Map();

  const anchorOf = (path) =>
    `key-${
      path
        .replace(/\[\]/g, '-items')
        .replace(/[[\]<>.]+/g, '-')
        .replace(/-+$/, '') || 'root'
    }`;

  // A shape met again is linked, not repeated, when it means the same thing: a citation is a
  // citation wherever it appears; other shapes only under the same key (`with[]` and `also[]`).
  const section = (path, title, object) => {
    const isCitation = object.properties?.law !== undefined && object.properties?.article !== undefined;
    const isAmount = object.properties?.band !== undefined;
    const key = `${isCitation || isAmount ? '' : path.replace(/^.*\./, '')}:${JSON.stringify(object)}`;
    if (seen.has(key)) return seen.get(key);
    const anchor = isCitation ? 'citation' : anchorOf(path);
    const name = isCitation ? 'citation' : 'object';
    seen.set(key, { anchor, name });
    const entry = { path, title: isCitation ? 'Citation (`violates[]`, `basis[]`…)' : title, anchor, rows: [] };
    sections.push(entry);
    const required = new Set(object.required ?? []);
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const childPath = path === '' ? name : `${path}.${name}`;
      entry.rows.push([
        `\`${name}\``,
        required.has(name) ? 'yes' : '',
        typeOf(property, childPath),
        describe(property, childPath),
      ]);
    }
    return { anchor, name };
  };

  const link = (target) => `[${target.name}](#${target.anchor})`;

  const typeOf = (node, path) => {
    if (node.$ref === '#/$defs/Condition') return '[condition](#conditions)';
    if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
    if (Array.isArray(node.enum)) return node.enum.map((value) => `\`${value}\``).join(' \\| ');
    const variants = node.anyOf ?? node.oneOf;
    if (Array.isArray(variants)) {
      if (variants.every((variant) => variant.properties?.kind?.const !== undefined)) {
        return variants
          .map(
            (variant) =>
              `[${variant.properties.kind.const}](#${section(`${path.replace(/\[\]$/, '')}[${variant.properties.kind.const}]`, `\`${path}\` — ${variant.properties.kind.const}`, variant).anchor})`,
          )
          .join(' or ');
      }
      const texts = [...new Set(variants.map((variant) => typeOf(variant, path)))];
      if (texts.length === 2 && texts.includes('number ≥ 0') && texts.includes('decimal ≥ 0'))
        return 'decimal ≥ 0 (string, or an exact number)';
      if (texts.length === 2 && texts.includes('fraction 0–1')) return 'fraction 0–1 (string or number)';
      return texts.join(' or ');
    }
    if (Array.isArray(node.type)) return node.type.join(' or ');
    switch (node.type) {
      case 'string':
        if (node.pattern !== undefined && PATTERNS[node.pattern] !== undefined) return PATTERNS[node.pattern];
        if (node.pattern !== undefined) return `string matching \`${node.pattern}\``;
        return node.minLength === 1 ? 'text' : 'string';
      case 'integer':
      case 'number': {
        const min = node.minimum !== undefined && node.minimum > Number.MIN_SAFE_INTEGER ? node.minimum : undefined;
        const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
        if (min !== undefined && max !== undefined) return `${node.type} ${min}–${max}`;
        if (min !== undefined) return `${node.type} ≥ ${min}`;
        return node.type;
      }
      case 'boolean':
        return 'boolean';
      case 'array': {
        if (Array.isArray(node.prefixItems))
          return `[${node.prefixItems.map((item, index) => typeOf(item, `${path}[${index}]`)).join(', ')}]`;
        const least = node.minItems !== undefined && node.minItems > 0 ? `, at least ${node.minItems}` : '';
        return `list of ${typeOf(node.items ?? {}, `${path}[]`)}${least}`;
      }
      case 'object': {
        if (node.properties !== undefined) return link(section(path, `\`${path}\``, node));
        const keys =
          node.propertyNames?.enum !== undefined
            ? 'sanction kind'
            : node.propertyNames?.pattern !== undefined
              ? (PATTERNS[node.propertyNames.pattern] ?? 'key')
              : 'key';
        const placeholder = path === 'laws' ? '<key>' : path === 'facts' ? '<name>' : '<key>';
        return `map of ${keys} → ${typeOf(node.additionalProperties ?? {}, `${path}.${placeholder}`)}`;
      }
      default:
        return 'any value';
    }
  };

  const describe = (node, path) => {
    const text =
      node.description ??
      DESCRIPTIONS[path] ??
      DESCRIPTIONS[path.replace('.statutory.also[].', '.statutory.with[].')] ??
      '';
    return text.replace(/\|/g, '\\|');
  };

  section('', 'Rule set (the document)', schema);
  const condition = schema.$defs?.Condition;
  const operators =
    condition?.oneOf?.find((variant) => variant.properties?.operator !== undefined)?.properties.operator.enum ?? [];

  const lines = [
    '# Rule-set format reference',
    '',
    '<!-- Generated by scripts/build-format-docs.mjs from packages/core/rule-set.schema.json. Do not edit by hand: run `pnpm docs:format`. -->',
    '',
    `${schema.title}. A rule set is a YAML or JSON document; \`loadRuleSet\` validates it strictly`,
    '(an unknown key is an error naming its path) and the JSON Schema below is what editors use to',
    'check it as you type. Put this first line in a YAML rule set:',
    '',
    '```yaml',
    '# yaml-language-server: $schema=./node_modules/@cailiang/core/rule-set.schema.json',
    '```',
    '',
    'or the key `$schema: ./node_modules/@cailiang/core/rule-set.schema.json` (in this repository:',
    '`packages/core/rule-set.schema.json`). What each part means for a decision: [concepts](concepts.md);',
    'the contract: the spec (`shared/spec/README.md` §1).',
    '',
    'Amounts are decimal strings (`"50000"`, `"1234.5"`) or numbers whose decimal text is exact; they',
    'never go through a float. Dates are ISO (`2025-03-10`). Identifiers are letters, digits and `_`,',
    'never `__proto__`, `constructor` or `prototype`.',
    '',
    '## Contents',
    '',
  ];
  for (const entry of sections) lines.push(`- [${entry.title}](#${entry.anchor})`);
  lines.push('- [Conditions](#conditions)', '- [v1 → v2](#v1-to-v2)', '');
  for (const entry of sections) {
    lines.push(
      `<a id="${entry.anchor}"></a>`,
      '',
      `## ${entry.title}`,
      '',
      '| key | required | type | meaning |',
      '|---|---|---|---|',
    );
    for (const row of entry.rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  }
  lines.push(
    '<a id="conditions"></a>',
    '',
    '## Conditions',
    '',
    "Conditions (`when`, `precondition`) use json-rules-engine's format unchanged: a tree of `all`,",
    '`any` and `not` over leaves `{ fact, operator, value }`. A leaf names a declared fact or a general',
    'circumstance of the 行政处罚法 (see [concepts](concepts.md#general-rules)); `value` may be',
    '`{ fact: otherFact }` to compare two facts. Comparisons on money facts are exact decimal comparisons.',
    '',
    '| form | keys |',
    '|---|---|',
    '| all | `all`: list of conditions, every one must hold |',
    '| any | `any`: list of conditions, at least one must hold |',
    '| not | `not`: one condition, which must not hold |',
    `| leaf | \`fact\` (identifier), \`operator\` (${operators.map((operator) => `\`${operator}\``).join(', ')}), \`value\` |`,
    '',
    'Every node may carry `name` and `priority` (kept for json-rules-engine compatibility; unused).',
    '',
    ...V1_TO_V2,
  );
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const schema = JSON.parse(readFileSync(new URL('../packages/core/rule-set.schema.json', import.meta.url), 'utf8'));
  const target = new URL('../docs/format.md', import.meta.url);
  const text = formatReference(schema);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('docs/format.md is stale: run `node scripts/build-format-docs.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log('wrote docs/format.md');
  }
}
