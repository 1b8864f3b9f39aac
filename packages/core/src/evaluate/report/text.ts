import { Decimal } from '../../money/decimal.js';

export { escapeHtml, formatCount } from '../../internal/display-text.js';

/**
 * A four-place share as a percentage with one decimal (`"0.6125"` → `61.3%`); `–` for none.
 *
 * @example formatShare('0.6125') // '61.3%'
 */
export function formatShare(share: string | null): string {
  if (share === null) return '–';
  return `${new Decimal(share).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}%`;
}

/** An amount of yuan with thousands separators, exact: `"208982700.5"` → `208,982,700.5`. */
export function formatAmount(amount: string): string {
  const [whole = '', fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
