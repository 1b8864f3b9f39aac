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
  "| — | `statutory.fine[].basis`: a statutory alternative's own provision, cited when it sets the fine |",
  '| — | `statutory.with[].alternatives`, `choiceText`, `requires`: a statutory choice (责令停业、关闭), its words, and its requirement |',
  '| — | `statutory.fine[].alternatives`: 「警告或者罚款」 |',
  '| — | `statutory.with[].amountWhen`: no amount where the fact cannot give one (没收广告费用) |',
  '| `orders[].kind`: `correct`, `correct-within-period` | and the measures of v2 (责令限期拆除, 收缴, 强制拆除, 撤销…), with `optional`, `authority`, `period`, `alternatives`, `requires` |',
  "| — | `referrals`: another authority's measure (移送公安机关, 由有关部门…, 建议任免机关…) |",
  '| — | an empty `statutory` with `referrals`: an item with no sanction of this agency, decided as outcome `referred` |',
  "| — | `tableRules`: rules of the whole table (适用规则), each citing the table's own article |",
  "| — | `overrides`: a special rule of the item's law displacing a general rule of 行政处罚法 (从其规定) |",
  "| a guiding amount printed in the tier's label only | `tiers[].fine.guide`, `tiers[].sanctions.<kind>.guide` and `guidance`: the guiding amount (指导基准) and the rules for departing from it |",
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
  '<a id="per-unit"></a>',
  '',
  '### Fines per unit of a quantity (`type: quantity`)',
  '',
  '《深圳经济特区市容和环境卫生管理条例》第二十一条第三款：「违反第一款规定，…由市、区城管和综合执法部门责令改正，',
  '按照每处设施处五千元以上二万元以下罚款。」 第十八条第三款：「…按照占地面积处每平方米一千元罚款」. The fine is a rate',
  'per unit of something the case counts or measures. A `quantity` fact names its `unit` and, where the statute',
  'counts (每处), `countable: true`; a case gives it as a decimal (`"12.5"`, `3`), read exactly, never negative,',
  'and a whole number where countable (2.5处 is refused, naming the fact). A fine `multiple` whose `of` is a',
  'quantity is then a rate: the statutory range is quantity × rate, each bound rounded inside the law like any',
  'multiple; bands and tiers take their share of the rate. Tables print 「违法设置的设施每处五千元以上二万元以下」,',
  'never 「五千倍」; decisions carry the `unit` beside the multiple, the trace a `per-unit` step (quantity, unit,',
  'rate, exact and rounded range), and the reasoning 「罚款15000元至15000元（3处，每处5000元）」.',
  '',
  '```yaml',
  'facts:',
  '  facilities: { type: quantity, unit: 处, countable: true, label: 违法设置的设施 }',
  '  area: { type: quantity, unit: 平方米, label: 占地面积 }',
  'items:',
  '  - statutory:',
  '      fine: [ { multiple: { of: facilities, min: "5000", max: "20000" } } ]   # 每处五千元以上二万元以下',
  '    tiers:',
  '      - { level: 1, label: 情节较轻, fine: { multiple: { min: "5000", max: "5000" } } }   # 每处违法设施处五千元罚款',
  '```',
  '',
  '### A fixed range where the base cannot be calculated (alternatives with `when`)',
  '',
  '《中华人民共和国广告法》（2021）第五十八条第一款：「…处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，',
  '处十万元以上二十万元以下的罚款」. The fine switches from a multiple of a money fact to a fixed range when the',
  'officer finds the base cannot be calculated. Each is a statutory alternative with the circumstance that',
  'selects it, the finding a boolean fact; the money fact is needed only by the alternative that multiplies it,',
  'so a case that cannot calculate it leaves it out (a case that can, and omits it, is refused naming the fact):',
  '',
  '```yaml',
  'fine:',
  '  - when: { all: [ { fact: adFeeIncalculable, operator: equal, value: false } ] }',
  '    multiple: { of: adFee, min: "1", max: "3" }          # 广告费用一倍以上三倍以下',
  '  - when: { all: [ { fact: adFeeIncalculable, operator: equal, value: true } ] }',
  '    range: { min: "100000", max: "200000" }              # 无法计算或者明显偏低的，十万元以上二十万元以下',
  '```',
  '',
  'Shipped in `advertising` (第五十五条第一款、第三款, 第五十八条第一款、第三款), with fixtures for both branches.',
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
  '### A statutory choice (`alternatives`) and its requirement (`requires`)',
  '',
  '《中华人民共和国水污染防治法》（2017）第八十三条：「…由县级以上人民政府环境保护主管部门责令改正或者责令限制生产、',
  '停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭：…」',
  '「责令停业、关闭」 is one measure of two, required (no 可以) when 情节严重; the approval is a condition of lawful',
  "imposition, not this agency's act. Decisions carry one sanction with its `alternatives` and `requires`;",
  'tables and reasoning print 「报经有批准权的人民政府批准，责令停业或者责令关闭」; `review` accepts either member,',
  'flags both together (`alternatives-cumulated`) and flags neither (`missing-mandatory-sanction`). The orders',
  'are a choice among measures in the same way:',
  '',
  '```yaml',
  'orders:',
  '  - kind: correct',
  '    alternatives: [ { kind: other, label: 责令限制生产 }, { kind: other, label: 停产整治 } ]',
  'statutory:',
  '  fine: [ { range: { min: "100000", max: "1000000" } } ]',
  '  also:',
  '    - kind: suspend-business',
  '      text: 责令停业',
  '      alternatives: [ { kind: order-closure, text: 责令关闭 } ]',
  '      requires: 报经有批准权的人民政府批准',
  '```',
  '',
  'A member may be the same kind in other words, or a measure that is not a penalty.',
  '《中华人民共和国大气污染防治法》（2018）第一百一十七条：「…拒不改正的，责令停工整治或者停业整治」 — both',
  '责令停产停业 by 第九条, told apart by their `text` (a same-kind member without its own words is refused).',
  '《中华人民共和国水污染防治法》（2017）第九十一条第一款：「…处十万元以上五十万元以下的罚款；并报经有批准权的',
  '人民政府批准，责令拆除或者关闭」 — 责令关闭 is a penalty, 责令拆除 a measure (`{ measure: demolish }`); the',
  "decision prints the choice in the statute's words and order, given in `choiceText` — 「报经有批准权的人民政府批准，",
  '责令拆除或者关闭」, not the members joined in the order listed — and `review` accepts the closure imposed or',
  'the demolition listed in `measures`, flags both (`alternatives-cumulated`) and flags neither:',
  '',
  '```yaml',
  'with:',
  '  - { kind: suspend-business, text: 责令停工整治, alternatives: [ { kind: suspend-business, text: 停业整治 } ],',
  '      when: { all: [ { fact: refusedCorrection, operator: equal, value: true } ] } }',
  '  - { kind: order-closure, text: 责令关闭, alternatives: [ { measure: demolish, text: 责令拆除 } ],',
  '      choiceText: 责令拆除或者关闭, requires: 报经有批准权的人民政府批准 }',
  '```',
  '',
  'A choice that includes the fine — 「给予警告或者处…罚款」 — is written on the fine itself:',
  '`fine: [ { range: { min: "0", max: "500" }, alternatives: [ { kind: warning } ] } ]`, decided as a fine',
  'carrying `alternatives: [{ kind: warning }]`, printed 「给予警告或者处五百元以下罚款」; review accepts the',
  'warning alone or the fine alone and refuses both. (No shipped benchmark has this shape yet.)',
  '',
  '第九十四条第一款 「…对造成重大或者特大水污染事故的，还可以报经有批准权的人民政府批准，责令关闭」 is the same',
  'requirement on an optional sanction: `{ kind: order-closure, text: 责令关闭, optional: true, requires: … }`,',
  'printed 「报经有批准权的人民政府批准，可以责令关闭」.',
  '',
  '### Measures that are not penalties (`orders`)',
  '',
  '《中华人民共和国产品质量法》（2018）第五十四条：「产品标识不符合本法第二十七条规定的，责令改正；有包装的产品标识',
  '不符合本法第二十七条第（四）项、第（五）项规定，情节严重的，责令停止生产、销售，并处…」 责令停止生产、销售 is',
  'a measure, not a penalty of 第九条: it is an order (`kind: stop-production-sale`) with its `when`, cited to the',
  "item's own article only (第二十八条 is cited for orders to correct). The table prints its condition.",
  '《中华人民共和国广告法》（2021）第六十四条：「…以欺骗、贿赂等不正当手段取得广告审查批准的，广告审查机关予以撤销，',
  '处十万元以上二十万元以下的罚款，三年内不受理该申请人的广告审查申请。」 予以撤销 withdraws an approval obtained',
  "by deception (行政许可法 第六十九条第二款), not 吊销许可证件, and both measures are the 广告审查机关's:",
  '',
  '```yaml',
  'orders:',
  '  - { kind: revoke-approval, label: 撤销广告审查批准, authority: 广告审查机关 }',
  '  - kind: other',
  '    label: 不受理该申请人的广告审查申请',
  '    period: { length: 3, unit: year }   # 三年内',
  '    authority: 广告审查机关',
  '```',
  '',
  "printed 「由广告审查机关撤销广告审查批准，由广告审查机关三年内不受理该申请人的广告审查申请」. When an officer's",
  'record lists `measures`, `review` flags a required one missing (`missing-mandatory-measure`); an optional',
  "measure or another authority's is never required of this agency.",
  '',
  '### Referrals to other authorities (`referrals`)',
  '',
  '《中华人民共和国广告法》（2021）第六十三条：「…情节严重的，由有关部门依法停止相关业务。」 水污染防治法 第九十四条第一款：',
  '「…有《中华人民共和国环境保护法》第六十三条规定的违法排放水污染物等行为之一，尚不构成犯罪的，由公安机关对直接',
  '负责的主管人员和其他直接责任人员处十日以上十五日以下的拘留；情节较轻的，处五日以上十日以下的拘留。」 Another',
  "authority's measure is referred (移送), printed so, never imposed as this agency's 责令停产停业 or 行政拘留:",
  '',
  '```yaml',
  'referrals:',
  '  - action: transfer                # 移送',
  '    authority: 公安机关',
  '    target: 直接负责的主管人员和其他直接责任人员',
  '    measure: 处十日以上十五日以下的拘留；情节较轻的，处五日以上十日以下的拘留',
  '    when: { all: [ { fact: environmentLaw63Act, operator: equal, value: true } ] }',
  '    basis: [ { law: WPL, article: 94, paragraph: 1 } ]',
  '```',
  '',
  'Decisions list them under `referrals` (after `orders`, present only on items that have some), each with',
  'its citation; the reasoning states each 「（非本机关的行政处罚）」; `review` never counts one as a missing',
  "penalty, and names it when an officer imposes its measure as this agency's own. `action` is `transfer`",
  '(移送), `report` (报请), `recommend` (建议: 处分 by the 任免机关或者监察机关) or `consequence` (由…: 记分 and the like).',
  '',
  '#### An item with no sanction of its own (outcome `referred`)',
  '',
  '食品安全法 第一百二十三条第三款 「违法使用剧毒、高毒农药的，除依照有关法律、法规规定给予处罚外，可以由公安机关依照',
  "第一款规定给予拘留。」 gives the food-safety authority nothing to impose: its only measure is the police's. Such an",
  'item has an empty `statutory` (no `fine`, `with` or `also`) and its `referrals`; it keeps one tier, as every',
  'penalty item does, which sets nothing. Its decision has outcome `referred`: no tier, no sanction, no',
  'adjustment, the referrals with their citations; the reasoning says that the provision gives this agency no',
  'penalty. `review` flags any sanction an officer imposes on it (`referred-item-penalised`). The loader refuses',
  '(`INVALID_RULE_SET`, naming the key) such an item without `referrals`, with `persons`, `precondition` or',
  '`fineCondition`, or with a tier that sets a `fine`, `sanctions` or `add`.',
  '',
  '```yaml',
  'statutory: {}',
  'referrals:',
  '  - { action: transfer, authority: 公安机关, measure: 拘留, range: { min: 5, max: 15 }, unit: day, optional: true,',
  '      basis: [ { law: FSL, article: 123, paragraph: 3 }, { law: FSL, article: 123, paragraph: 1 } ] }',
  'tiers:',
  '  - { level: referred, label: 移送 }',
  '```',
  '',
  '### No amount where the statute gives none (`amountWhen`)',
  '',
  '广告法 第五十五条第三款 「由市场监督管理部门没收广告费用，…广告费用无法计算或者明显偏低的，处…」: where the fee',
  'cannot be calculated there is nothing to print, not 「没收违法所得 0 元」:',
  '',
  '```yaml',
  'with:',
  '  - kind: confiscate-illegal-income',
  '    text: 没收广告费用',
  '    of: adFee',
  '    amountWhen: { all: [ { fact: adFee, operator: greaterThan, value: 0 } ] }',
  '```',
  '',
  '<a id="table-rules"></a>',
  '',
  '### Rules of the whole table (`tableRules`)',
  '',
  'A published table states some rules once, in its 规定, for every item: 粤环发〔2021〕7号 第十二条第（二）项',
  '「罚款为一定幅度的数额的，从重处罚不得低于最高罚款数额与最低罚款数额的平均值；从轻处罚应当低于平均值，一般处罚按平均金额处罚」;',
  '第十四条「…按罚款标准的30%-50%降低处罚；降低后的罚款额低于法定最低罚款额的，按法定最低罚款额处罚」; the Jiangmen',
  '规定 第五条「两年内因同类违法行为被处罚2次的，以该档次最高限度处罚；被处罚3次以上的，上调一个档次」. A rule',
  "has a condition, the table's article, and exactly one effect:",
  '',
  '| effect | does | example |',
  '|---|---|---|',
  "| `shift: 1` | the case moves one tier down the item's list (lightest first) | 上调一个档次 |",
  '| `part: { from, to }` | the tier\'s fine range narrows to that part of itself | 一般 `{ from: "0.5", to: "0.5" }` (平均金额), 从重 `{ from: "0.5", to: "1" }`, 30/40/30 `{ from: "0.7", to: "1" }`, 最高限度 `{ from: "1", to: "1" }` |',
  '| `reduce: { min, max }` | the fine is lowered by `min`–`max` of itself, never below the statutory minimum | 公开道歉承诺 `{ min: "0.3", max: "0.5" }` |',
  '| `require: { kinds }` | each sanction of those kinds that the item offers as 可以并处 becomes required; an item that offers none is untouched (the rule adds nothing the statute does not give) | 新公规〔2025〕1号 适用规则第四条（三）「…应当依法予以吊销或拘留」 `{ kinds: [revoke-licence, detention] }` |',
  '',
  'Order: the tier is chosen, then `shift` rules move it, then `part` and `reduce` rules shape its fine',
  'range in listed order, then 从轻或者减轻 (行政处罚法) narrows it as before; `require` rules act on the',
  'sanctions once they are decided. Each rule applied is an `adjustments[]` entry `{ kind: table-rule,',
  'ground, label, mandatory: true, tier | range | required, citations }` (`required`: the kinds it made',
  'required; a `require` rule that finds no optional sanction of its kinds makes no entry; where it finds',
  'several — a row offering both 可以并处吊销 and 可以并处拘留 — 「吊销或拘留」 requires one of them: they become one',
  'required choice, the ranged member leading with the others as its `alternatives`, as for 「警告或者罚款」),',
  "its article is among the decision's citations (role `general-rule`, printed 适用规则), every rule's",
  'condition is a `table-rule` trace step, and the reasoning says what it did',
  '(「依据《…规定》第十二条第（二）项（一般处罚按平均金额处罚），罚款幅度确定为30000元。」). `shift`, `part` and',
  '`reduce` shape the fine only; the ranges of sanctions in days or months are never touched, and `require`',
  'changes whether a sanction is imposed — except that a required sanction counted in days or months',
  'never starts at 0: the table writes 拘留最小 0 for 「not imposed」, and 「应当…拘留」 is not met by 拘留 0 日, so a',
  'required ranged sanction (made so by a `require` rule or by the statute) is decided from 1 unit, its',
  '`statutory` range left as published. `review` reports a sanction a `require` rule made',
  "required and the officer left out, or imposed as 0 日/0 个月, as `missing-mandatory-sanction`, citing the table's article too; lint",
  'warns `table-rule-requires-nothing` when no item offers a sanction of its kinds as 可以并处. Where a table excludes cases from a',
  "rule (第十四条 不适用公开道歉承诺从轻制度的情形), the rule's `when` says so. Every fact a rule reads is a",
  'fact every case on the table must give: nothing is assumed absent.',
  '',
  '```yaml',
  'laws:',
  '  GDR: { title: 广东省生态环境行政处罚自由裁量权规定, edition: "2021-11-14" }',
  '  XJR: { title: 自治区道路交通违法行为行政处罚裁量权基准适用规则, edition: "2025-03-11" }',
  'tableRules:',
  '  - id: GD-12-general',
  '    label: 一般处罚按平均金额处罚',
  '    when: { all: [ { fact: circumstance, operator: equal, value: general } ] }',
  '    basis: [ { law: GDR, article: 12, item: 2 } ]',
  '    part: { from: "0.5", to: "0.5" }',
  '  - id: GD-14-apology',
  '    label: 公开道歉承诺从轻',
  '    when: { all: [ { fact: publicApology, operator: equal, value: true } ] }',
  '    basis: [ { law: GDR, article: 14 } ]',
  '    reduce: { min: "0.3", max: "0.5" }',
  '  - id: XJR-4-3-required',
  '    label: 涉及发生交通事故且负有责任或再次违反涉及可以吊销、拘留的违法行为，应当依法予以吊销或拘留',
  '    when:',
  '      any:',
  '        - { fact: accidentWithResponsibility, operator: equal, value: true }',
  '        - { fact: repeatViolation, operator: equal, value: true }',
  '    basis: [ { law: XJR, article: 4, item: 3 } ]',
  '    require: { kinds: [ revoke-licence, detention ] }',
  '```',
  '',
  '<a id="guidance"></a>',
  '',
  '### A guiding amount and the rules for departing from it (`guide`, `guidance`)',
  '',
  'Some tables give, per row, one recommended amount inside the range and say when the officer may move',
  'from it. 新公规〔2025〕1号 附件1《适用规则》第六条：「“默认值（指导基准）”为《裁量权基准》指导值，可以根据现场',
  '违法事实、情节予以调整，同类、同车型违法行为处罚应当基本一致。」 第四条（三）：「违法行为引发交通事故的，可以',
  '按上限处罚。」 The tier keeps its range (what the statute and the table allow) and adds `guide`, the',
  "recommended amount (yuan for the fine, the sanction's unit for `sanctions.<kind>.guide`, e.g. 拘留 日),",
  "which must lie in the tier's range (lint `guide-outside-range`). The rule set's `guidance` names the",
  "guide, cites the table's own article, and lists the departures: a condition on facts, the article,",
  "a `direction` (`up`, `down`) and how far (`by`): `{ to: bound }` (the tier's maximum going up, its",
  'minimum going down), `{ share: "0.2" }` (a share of the guiding amount) or `{ amount: "200" }` (in the',
  "sanction's unit), never past the tier's range; `kinds` limits a departure to some sanctions (default:",
  'every guided one).',
  '',
  'The decision of a tier with a guide carries `guide: { label, amounts: [{ kind, unit?, recommended,',
  'permitted: { min, max } }], grounds: [{ id, label, direction, citations }], citations }`: without a',
  'departure that holds, `permitted` is the guiding amount alone; each departure that holds widens it.',
  'The sanctions keep their decided ranges (the statute, the tier, 从轻); a guiding amount that the',
  'decided range excludes (应当从轻) yields to it, with the warning `guide-outside-decided-range`. Every',
  "departure's condition is a `departure` trace step; the guidance's article and each ground's are among",
  'the citations (role `general-rule`); the reasoning states the guiding amount and why the permitted range',
  'leaves it; the rendered table prints 指导基准 per tier and the departures among the 适用规则; `review`',
  'reports `departs-from-guide` for an imposed amount outside the permitted range. A guide without',
  '`guidance` is a lint error (`guide-without-guidance`).',
  '',
  '```yaml',
  'laws:',
  '  XJR: { title: 自治区道路交通违法行为行政处罚裁量权基准适用规则, edition: "2025-04-15" }',
  'guidance:',
  '  label: 默认值（指导基准）',
  '  basis: [ { law: XJR, article: 6 } ]',
  '  departures:',
  '    - id: XJ-4-3-accident',
  '      label: 违法行为引发交通事故的，可以按上限处罚',
  '      when: { all: [ { fact: causedAccident, operator: equal, value: true } ] }',
  '      basis: [ { law: XJR, article: 4, item: 3 } ]',
  '      direction: up',
  '      by: { to: bound }',
  'items:',
  '  - code: XJ-10051',
  '    tiers:',
  '      - level: guide',
  '        label: 指导基准 罚款2000元、拘留10日',
  '        fine: { range: { min: "200", max: "2000" }, guide: "2000" }',
  '        sanctions: { detention: { range: { min: "0", max: "15" }, guide: "10" } }',
  '```',
  '',
  '<a id="computed"></a>',
  '',
  '### An amount the table computes (`fine.computed`)',
  '',
  'Some tables compute the fine from the facts instead of naming a range. 粤环发〔2021〕7号 第六条第二款：「权重累加',
  '模式指根据生态环境违法行为设定裁量起点和若干裁量因素，对裁量起点和各裁量因素在百分值以内分别确定若干裁量权重，',
  '将生态环境违法行为对应的各项具体裁量权重累加后（最高不超过100%），乘以生态环境违法行为法定最高罚款数额，得出',
  '最终罚款数额的模式。」 江门参照表 2-6：「每增加1个超标因子增加一万元，每个因子超标每一倍…增加一万元，不足整数倍的',
  "按四舍五入取整」. A tier writes `fine.computed`: the table's own sentence (`text`), the `terms` added, an",
  'optional floor and cap of the sum (`min`: 「不足20%的，按20%计算」; `max`: 「最高不超过100%」) and what the',
  'held sum is multiplied by (`times`: a money fact and a `factor`, 建设项目总投资额×5%; a fixed `amount`, ×20万;',
  'or `statutoryMax: true`, the statutory maximum of the case). A term is a constant (`label`, `value`: 裁量起点),',
  'the `weights` of each value of an enum fact (裁量要素 → 违法程度 → 裁量权重; every value has a weight, no',
  'other), or `add` yuan for each whole `every` of a number fact above `over`, the count made whole by',
  '`rounding` (`half-up` 四舍五入, `up` 向高取整, `down`). Exact in decimal; the product is rounded once by',
  "the policy. The tier imposes that one amount; it is still held to the statutory range like any tier's",
  '(outside it, the nearer bound with the warning `tier-range-clamped`, and the lint finding',
  '`computed-exceeds-statutory` at the terms that reach it). The trace has a `computed` step (each term',
  'with the value it read, the sum, `held`, `times`, `exact`, `amount`); the reasoning states the arithmetic;',
  "rendered tables print the sentence. A table rule's `part` (a share of a range) does not apply to a computed",
  'amount, which is one amount, not a range; `reduce` does.',
  '',
  '```yaml',
  'tiers:',
  '  - level: weighted',
  '    label: 权重累加',
  '    fine:',
  '      computed:',
  '        text: 罚款金额=裁量百分值总和×20万',
  '        terms:',
  '          - { label: 裁量起点, value: "0.1" }',
  '          - { of: installation, weights: { notNetworked: "0", notUsedProperly: "0.1", notUsed: "0.2", notInstalled: "0.3" } }',
  '        max: "1"                        # 最高不超过100%',
  '        times: { amount: "200000" }     # ×20万',
  '  - level: 3',
  '    label: 每增加1个超标因子增加一万元',
  '    fine:',
  '      computed:',
  '        text: 每增加1个超标因子增加一万元，不足整数倍的按四舍五入取整',
  '        terms:',
  '          - { label: 二十万元, value: "200000" }',
  '          - { of: exceedingFactors, over: "1", every: "1", add: "10000", rounding: half-up }',
  '        max: "700000"                   # 处二十万元以上七十万元以下罚款',
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
    'Rounding of every computed amount bound (never of amounts taken from facts), never outside the law: a computed minimum is never rounded below the statute, a maximum never above it (10000.08 × 20 prints 200001 in whole yuan, not 200002). Default: 2 places, half-up.',
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
  'facts.<name>.type':
    'money (a decimal amount of yuan) · quantity (a decimal count or measure in its `unit`, see [fines per unit](#per-unit)) · integer · number · boolean · enum · date.',
  'facts.<name>.label': 'The Chinese label officers see, in tables, forms and the reasoning text.',
  'facts.<name>.values': 'For `enum`: the allowed values.',
  'facts.<name>.valueLabels': 'For `enum`: the Chinese label of each value (`serious: 严重`).',
  'facts.<name>.min': 'Inclusive lower bound (money, quantity, integer, number, date).',
  'facts.<name>.unit':
    'For `quantity`, required: the unit the statute counts in (平方米, 处, 辆, 吨), printed with values and rates.',
  'facts.<name>.countable':
    'For `quantity`: counted in whole units (每处设施), so a case giving 2.5 is refused; absent: measured (12.5平方米).',
  'facts.<name>.max': 'Inclusive upper bound.',
  'facts.<name>.description': 'A note for authors; not used by the engine.',
  tableRules:
    'v2: rules a published table declares once for all its penalty items (适用规则), applied in listed order; see [table rules](#table-rules).',
  'tableRules[].id': 'Identifier, echoed in the decision (`adjustments[].ground`) and the trace.',
  'tableRules[].label': 'What the table calls the rule (一般处罚按平均金额处罚); printed in the reasoning.',
  'tableRules[].when': 'When it applies; its facts become facts every case must give.',
  'tableRules[].basis': "The table's own article (规定 第十二条), cited by every decision the rule shapes.",
  'tableRules[].basis[].law': 'A key of `laws`.',
  'tableRules[].basis[].article': '条.',
  'tableRules[].basis[].paragraph': '款.',
  'tableRules[].basis[].item': '项, written 第（三）项.',
  'tableRules[].basis[].subitem': '目.',
  'tableRules[].shift':
    "Move the case this many tiers further down the item's list (上调一个档次); past the last tier it stays there, with a warning.",
  'tableRules[].part':
    'Keep this part of the tier\'s fine range: fractions from its minimum (0) to its maximum (1); `{ from: "0.5", to: "0.5" }` is the midpoint, `{ from: "1", to: "1" }` the top.',
  'tableRules[].part.from': 'Lower end, 0–1.',
  'tableRules[].part.to': 'Upper end, 0–1, not below `from`.',
  'tableRules[].reduce':
    'Lower the fine by between `min` and `max` of itself (按罚款标准的30%-50%降低); a bound below the statutory minimum is raised to it.',
  'tableRules[].reduce.min': 'Smallest reduction (0.3): applied to the maximum.',
  'tableRules[].reduce.max': 'Largest reduction (0.5): applied to the minimum.',
  'tableRules[].require':
    'Make required each sanction of these kinds that an item offers as 可以并处 (应当依法予以吊销或拘留); an item that offers none is untouched.',
  'tableRules[].require.kinds': 'The sanction kinds (never `fine`): `detention`, `revoke-licence`….',
  'tableRules[].note': 'A note for readers of the rule file.',
  guidance:
    "v2: what the tiers' guiding amounts (指导基准) mean and the departures the table allows; see [guidance](#guidance).",
  'guidance.label':
    'What the table calls its guiding amount (默认值（指导基准）); printed in tables and the reasoning.',
  'guidance.basis':
    "The table's own article that makes the amount a guide (适用规则第六条), cited by every decision with a guide.",
  'guidance.basis[].law': 'A key of `laws`.',
  'guidance.basis[].article': '条.',
  'guidance.basis[].paragraph': '款.',
  'guidance.basis[].item': '项, written 第（三）项.',
  'guidance.basis[].subitem': '目.',
  'guidance.departures': 'The grounds on which the officer may depart from the guiding amount, each with how far.',
  'guidance.departures[].id': 'Identifier, echoed in the decision (`guide.grounds[].id`) and the trace.',
  'guidance.departures[].label': "The table's words for the ground (违法行为引发交通事故的，可以按上限处罚).",
  'guidance.departures[].when': 'When the departure is allowed; its facts become facts every case must give.',
  'guidance.departures[].basis': "The table's own article (适用规则第四条第（三）项).",
  'guidance.departures[].basis[].law': 'A key of `laws`.',
  'guidance.departures[].basis[].article': '条.',
  'guidance.departures[].basis[].paragraph': '款.',
  'guidance.departures[].basis[].item': '项, written 第（三）项.',
  'guidance.departures[].basis[].subitem': '目.',
  'guidance.departures[].direction': '`up` (above the guide) or `down` (below it).',
  'guidance.departures[].by': "How far: exactly one of `to`, `share`, `amount`; never past the tier's range.",
  'guidance.departures[].by.to': "`bound`: to the tier's maximum (up) or minimum (down).",
  'guidance.departures[].by.share': 'A share of the guiding amount, 0–1 (0.2: 20%).',
  'guidance.departures[].by.amount': "An amount in the sanction's unit (yuan for the fine).",
  'guidance.departures[].kinds': 'The guided sanctions it moves (`fine`, `detention`…); default: all.',
  'guidance.departures[].note': 'A note for readers of the rule file.',
  'guidance.note': 'A note for readers of the rule file.',
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
  'items[penalty].orders':
    "Measures that are not penalties: 责令改正 (行政处罚法 第二十八条) and, in v2, the measures of the item's own law; reported with every decision on the item, never among its sanctions.",
  'items[penalty].orders[].kind':
    '`correct` 责令改正 or `correct-within-period` 责令限期改正; v2: `demolish` 责令拆除, `demolish-within-period` 责令限期拆除, `restore` 责令恢复原状, `stop-construction` 责令停止建设, `seize` 收缴, `forced-demolition` 强制拆除, `stop-production-sale` 责令停止生产、销售, `revoke-approval` 撤销, `other` (with `label`).',
  'items[penalty].orders[].optional': 'v2: 可以 — authorised, not required.',
  'items[penalty].orders[].authority':
    "v2: another authority's measure (由广告审查机关撤销…), printed with its name; review never asks it of this agency.",
  'items[penalty].orders[].period': 'v2: the period the statute fixes (三年内不受理…), printed 三年内.',
  'items[penalty].orders[].period.length': 'Whole days, months or years.',
  'items[penalty].orders[].period.unit': 'Their unit.',
  'items[penalty].orders[].alternatives':
    'v2: the other members of a statutory 「或者」 (责令改正或者限制生产、停产整治): one of them is ordered.',
  'items[penalty].orders[].alternatives[].kind': 'A measure kind.',
  'items[penalty].orders[].alternatives[].label': 'Its wording (required for `other`).',
  'items[penalty].orders[].requires': 'v2: what lawful ordering requires first (报经有批准权的人民政府批准).',
  'items[penalty].referrals':
    "v2: referrals to another authority (移送, 报请, 建议, or a consequence it records), never this agency's penalty.",
  'items[penalty].referrals[].action':
    '`transfer` 移送 · `report` 报请 · `recommend` 建议 · `consequence` 由…(记分 and the like).',
  'items[penalty].referrals[].authority': "The other authority, in the statute's words (公安机关, 有关部门, 任免机关).",
  'items[penalty].referrals[].target':
    'Whom its measure is on, when not the party (直接负责的主管人员和其他直接责任人员).',
  'items[penalty].referrals[].measure': "Its measure, in the statute's words (停止相关业务, 给予处分).",
  'items[penalty].referrals[].when': 'Referred only when this holds.',
  'items[penalty].referrals[].optional': '并可以由有关部门…: authorised, not required.',
  'items[penalty].referrals[].requires': 'What the referral requires first.',
  'items[penalty].referrals[].range': "The other authority's range in whole units (printed 处…以上…以下).",
  'items[penalty].referrals[].range.min': 'Minimum.',
  'items[penalty].referrals[].range.max': 'Maximum.',
  'items[penalty].referrals[].unit': 'The unit of that range.',
  'items[penalty].referrals[].basis': 'The provision that provides for the referral (required).',
  'items[penalty].referrals[].note': 'A note for readers.',
  'items[penalty].orders[].label': 'The wording, when not the default.',
  'items[penalty].orders[].when': 'Ordered only when this holds.',
  'items[penalty].orders[].basis': "The item's own provisions for the order.",
  'items[penalty].statutory': 'What the law itself allows: tiers may never leave it.',
  'items[penalty].persons':
    "v2 双罚制: the sanction on the unit's 直接负责的主管人员和其他直接责任人员, decided for each of the case's `persons` from their own facts.",
  'items[penalty].persons.text': 'Who the statute names (直接负责的主管人员和其他直接责任人员).',
  'items[penalty].persons.basis': "The 款 that provides the persons' sanction (大气污染防治法 第一百二十二条第一款).",
  'items[penalty].persons.fine': "Each person's fine: a fixed range, or a multiple of a per-person money fact.",
  'items[penalty].persons.fine.optional': '可以处…罚款: authorised, not required.',
  'items[penalty].persons.fine.range': 'A fixed range of yuan for each person.',
  'items[penalty].persons.fine.range.min': 'Minimum.',
  'items[penalty].persons.fine.range.max': 'Maximum.',
  'items[penalty].persons.fine.multiple':
    'Multiples of a money fact each person gives: `{ of: priorYearIncome, min: "0", max: "0.5" }` for 百分之五十以下.',
  'items[penalty].persons.fine.multiple.of': 'The money fact (declared under `facts`) read from each person.',
  'items[penalty].persons.fine.multiple.min': 'Lowest multiple.',
  'items[penalty].persons.fine.multiple.max': 'Highest multiple.',
  'items[penalty].persons.fine.text':
    "The statute's words for the fine (上一年度从本单位取得收入百分之五十以下的罚款).",
  'items[penalty].persons.note': 'A note for readers; not printed.',
  'items[penalty].statutory.precondition':
    'The penalty applies only when this holds (逾期不改正的); otherwise only the order.',
  'items[penalty].statutory.fineCondition':
    'v2: only the fine waits for this (拒不改正的，处…罚款); the other sanctions are decided now.',
  'items[penalty].statutory.fine': 'The statutory fine, as alternatives: exactly one must hold for a case.',
  'items[penalty].statutory.fine[].when': 'When this alternative applies (货值金额不足一万元).',
  'items[penalty].statutory.fine[].optional': '可以处…罚款: authorised, not required.',
  'items[penalty].statutory.fine[].basis':
    "v2: the alternative's own provision (a 款 or 项 of its own), cited beside the item's basis when it sets the fine.",
  'items[penalty].statutory.fine[].alternatives':
    'v2: 「警告或者罚款」 — the other members of a choice with the fine: the fine or one of these, never both.',
  'items[penalty].statutory.fine[].alternatives[].kind': 'Another sanction kind (not the fine).',
  'items[penalty].statutory.fine[].alternatives[].text': 'Its statute words.',
  'items[penalty].statutory.fine[].range': 'A range of yuan; `min: "0"` for 「…以下」, no `max` for 「…以上」.',
  'items[penalty].statutory.fine[].range.min': 'Minimum.',
  'items[penalty].statutory.fine[].range.max': 'Maximum.',
  'items[penalty].statutory.fine[].multiple':
    'Multiples of a money fact (货值金额十倍以上二十倍以下), or yuan per unit of a quantity fact (每平方米一千元).',
  'items[penalty].statutory.fine[].multiple.of': 'The money or quantity fact multiplied.',
  'items[penalty].statutory.fine[].multiple.min': 'Lowest multiple (for a quantity: lowest yuan per unit).',
  'items[penalty].statutory.fine[].multiple.max': 'Highest multiple (yuan per unit); absent for 「…倍以上」.',
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
  'items[penalty].statutory.with[].alternatives':
    'v2: the other members of a statutory choice (责令停业、关闭): exactly one is imposed, never both. Each is `{ kind, text }` (another sanction, or the same kind in other words: 停工整治或者停业整治) or `{ measure, text }` (a measure that is not a penalty: 责令拆除或者关闭).',
  'items[penalty].statutory.with[].alternatives[].kind':
    'Another sanction kind (not the fine; its own kind only with other `text`).',
  'items[penalty].statutory.with[].alternatives[].measure':
    'A measure kind that is not a penalty (`demolish` 责令拆除…): ordering it satisfies the choice.',
  'items[penalty].statutory.with[].alternatives[].text': 'Its statute words.',
  'items[penalty].statutory.with[].choiceText':
    "v2: the whole choice in the statute's words and order (第九十一条 责令拆除或者关闭), printed in place of the members joined by 或者; only with `alternatives`.",
  'items[penalty].statutory.with[].requires':
    'v2: what lawful imposition requires first (报经有批准权的人民政府批准), printed before the sanction.',
  'items[penalty].statutory.with[].amountWhen':
    'v2: the amount is taken from `of` only where this holds (广告费用能够计算的); otherwise no amount, never 0 元.',
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
  'items[penalty].tiers[].fine.computed':
    'v2: an amount the table computes (权重累加, 每增加1个…增加一万元); see [computed](#computed).',
  'items[penalty].tiers[].fine.computed.text':
    "The table's own sentence (罚款金额＝裁量百分值总和×建设项目总投资额×5%).",
  'items[penalty].tiers[].fine.computed.terms':
    'The terms added: a constant, weights of an enum fact, or an amount per unit.',
  'items[penalty].tiers[].fine.computed.terms[].label':
    "What the table calls the term (裁量起点); default: the fact's label.",
  'items[penalty].tiers[].fine.computed.terms[].value': 'A constant term (裁量起点 "0.2", or a base amount).',
  'items[penalty].tiers[].fine.computed.terms[].of': 'The enum fact weighed, or the number fact counted.',
  'items[penalty].tiers[].fine.computed.terms[].weights':
    'The weight of each value of the enum fact (违法程度 → 裁量权重).',
  'items[penalty].tiers[].fine.computed.terms[].every': 'The unit counted (每一倍: "1"; 每0.5倍: "0.5").',
  'items[penalty].tiers[].fine.computed.terms[].add': 'Yuan added per unit (增加一万元: "10000").',
  'items[penalty].tiers[].fine.computed.terms[].over': 'Counted only above this (每增加1个: "1"); default 0.',
  'items[penalty].tiers[].fine.computed.terms[].rounding':
    'How a part unit counts: half-up (四舍五入), up (向高取整), down.',
  'items[penalty].tiers[].fine.computed.min': 'Floor of the sum (不足20%的，按20%计算).',
  'items[penalty].tiers[].fine.computed.max': 'Cap of the sum (最高不超过100%).',
  'items[penalty].tiers[].fine.computed.times': 'What the held sum is multiplied by.',
  'items[penalty].tiers[].fine.computed.times.of': 'A money fact (建设项目总投资额).',
  'items[penalty].tiers[].fine.computed.times.factor': 'Times this factor (×5%: "0.05"); default 1.',
  'items[penalty].tiers[].fine.computed.times.amount': 'A fixed amount (×20万: "200000").',
  'items[penalty].tiers[].fine.computed.times.statutoryMax': 'The statutory maximum of the case (法定最高罚款数额).',
  'items[penalty].tiers[].fine.guide':
    "v2: the table's recommended fine in this tier (指导基准), yuan, inside the tier's range; see [guidance](#guidance).",
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
  'items[licensing].timeLimit.statutory.handling':
    '`single` (default): one agency decides, 行政许可法 第四十二条第一款 (二十日, extension 经本行政机关负责人批准); `joint`: 统一办理、联合办理、集中办理, 第四十二条第二款 (四十五日, extension 经本级人民政府负责人批准).',
  'items[licensing].timeLimit.lowerReview': 'A review by a lower agency before the upper one decides (第四十三条).',
  'items[licensing].timeLimit.lowerReview.workingDays': "Working days from the lower agency's acceptance (二十日).",
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
