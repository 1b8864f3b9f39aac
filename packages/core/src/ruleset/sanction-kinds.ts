/**
 * Kinds of sanction (行政处罚的种类, 行政处罚法 第九条) and the measures that accompany them.
 * The spec's list, completed with the other kinds 第九条 names, so an item can state its
 * statutory range exactly as the law does.
 *
 * After 'fine' (compared by amount, never by its place here), the kinds are in the order
 * 第九条 lists them, lightest first: compareSeverity (decide/severity.ts) ranks sanctions by
 * this order, so moving a kind changes which of two decisions 从旧兼从轻 takes as the lighter.
 */
export const SANCTION_KINDS = [
  'fine', // 罚款
  'warning', // 警告
  'circulate-criticism', // 通报批评
  'confiscate-illegal-income', // 没收违法所得
  'confiscate-illegal-goods', // 没收违法生产经营的食品、商品等非法财物
  'confiscate-tools', // 没收用于违法的工具、设备、原料等物品
  'suspend-licence', // 暂扣许可证件
  'lower-qualification', // 降低资质等级
  'revoke-licence', // 吊销许可证件
  'restrict-business', // 限制开展生产经营活动
  'suspend-business', // 责令停产停业
  'order-closure', // 责令关闭
  'restrict-practice', // 限制从业
  'detention', // 行政拘留
] as const;

export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** Chinese names, for messages and rendered tables. */
export const SANCTION_LABELS: Readonly<Record<SanctionKind, string>> = Object.freeze({
  fine: '罚款',
  warning: '警告',
  'circulate-criticism': '通报批评',
  'confiscate-illegal-income': '没收违法所得',
  'confiscate-illegal-goods': '没收非法财物',
  'confiscate-tools': '没收违法工具、设备、原料',
  'suspend-licence': '暂扣许可证件',
  'lower-qualification': '降低资质等级',
  'revoke-licence': '吊销许可证件',
  'restrict-business': '限制开展生产经营活动',
  'suspend-business': '责令停产停业',
  'order-closure': '责令关闭',
  'restrict-practice': '限制从业',
  detention: '行政拘留',
});

/**
 * The Chinese name of a sanction kind given as text (a message parameter, an officer's record); a
 * string that is no kind is printed as it is, so a message never loses what it was given.
 *
 * @example sanctionLabel('suspend-business') // '责令停产停业'
 */
export function sanctionLabel(kind: string): string {
  return Object.hasOwn(SANCTION_LABELS, kind) ? SANCTION_LABELS[kind as SanctionKind] : kind;
}

/** Units of a sanction that carries its own range (detention days, suspension months). */
export const SANCTION_UNITS = ['day', 'month', 'year'] as const;
export type SanctionUnit = (typeof SANCTION_UNITS)[number];

/**
 * The Chinese word for each unit, as statutes write a ranged sanction: 五日以上十日以下行政拘留,
 * 责令停产停业一个月以上六个月以下.
 *
 * @example SANCTION_UNIT_LABELS.month // '个月'
 */
export const SANCTION_UNIT_LABELS: Readonly<Record<SanctionUnit, string>> = Object.freeze({
  day: '日',
  month: '个月',
  year: '年',
});
