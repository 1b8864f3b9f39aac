import { Decimal } from '../../money/decimal.js';

const counts = new Intl.NumberFormat('en-US');

/** Text for HTML (element content and attribute values alike). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A count with thousands separators: `1,234,567`. */
export function formatCount(value: number): string {
  return counts.format(value);
}

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
