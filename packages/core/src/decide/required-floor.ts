/**
 * A required sanction counted in units (行政拘留 N 日, 暂扣 N 个月) starts at one unit: a detention of
 * 0 日 is no detention. A table records 拘留最小 0 to mean 「not imposed」 while the sanction is 可以并处;
 * once the statute (并处) or a table rule (应当依法予以拘留) makes it required, the officer must impose
 * it, so the decided range cannot keep that 0. The statutory range is left as published: only the
 * decided range, the one the officer chooses in, is raised.
 */
import type { Sanction } from './decision.js';

/**
 * The sanctions with each required, ranged one's lower bound raised from 0 to 1 unit. A range whose
 * maximum is 0 is left alone (nothing can be imposed in it, and raising only the minimum would invert it).
 *
 * @param sanctions - the sanctions decided, after any table rule made one required
 * @returns the same sanctions, each required ranged one starting at 1 unit or more
 * @example atLeastOneUnit([{ kind: 'detention', range: { min: '0', max: '15' }, unit: 'day' }])
 *   // [{ kind: 'detention', range: { min: '1', max: '15' }, unit: 'day' }]
 */
export function atLeastOneUnit(sanctions: Sanction[]): Sanction[] {
  // The same list back when nothing is raised (nearly always): this runs on every penalty.
  let raised: Sanction[] | undefined;
  for (let index = 0; index < sanctions.length; index++) {
    const sanction = sanctions[index] as Sanction;
    if (sanction.kind === 'fine' || sanction.optional === true || sanction.range === undefined) continue;
    const { range } = sanction;
    // Days and months are whole numbers printed by formatMoney: 0 is exactly '0'.
    if (range.min !== '0' || range.max === '0') continue;
    raised ??= [...sanctions];
    raised[index] = { ...sanction, range: { min: '1', max: range.max } };
  }
  return raised ?? sanctions;
}
