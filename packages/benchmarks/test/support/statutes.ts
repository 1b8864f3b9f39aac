import { readFileSync, readdirSync } from 'node:fs';
import { parseChineseNumber } from './chinese-amounts.js';

/**
 * The statute texts the project checks against (packages/benchmarks/statutes, verbatim, with their
 * editions and sources listed in its README):
 * each file's first line is `# <full title>`; an article starts with `第…条 `; a paragraph is a
 * line of its own; an item is a line `（一）…` and belongs to the paragraph before it.
 */
export const STATUTES_DIR = new URL('../../statutes/', import.meta.url);

export interface Paragraph {
  /** The paragraph's own sentence(s), where a penalty's amounts usually are. */
  readonly lead: string;
  /** Its items, by number (1-based; index 0 unused). */
  readonly items: readonly string[];
}

export interface Article {
  readonly number: number;
  readonly paragraphs: readonly Paragraph[];
}

export interface Statute {
  readonly title: string;
  readonly file: string;
  /** The edition's year, from the file name (`food-safety-law-2025.md` → `2025`), when it ends in one. */
  readonly edition?: string;
  readonly articles: ReadonlyMap<number, Article>;
}

const ARTICLE_HEAD = /^第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\s\u3000]+(.*)$/u;
const ITEM_LINE = /^（([一二三四五六七八九十]+)）/u;

/** Reads one statute file into articles, paragraphs and items. */
export function parseStatute(text: string, file = '(text)'): Statute {
  const lines = text.split(/\r?\n/);
  const title = /^#\s+(.+?)\s*$/.exec(lines[0] ?? '')?.[1];
  if (title === undefined) throw new Error(`${file}: the first line is not "# <title>"`);
  const articles = new Map<number, Article>();
  let current: { number: number; paragraphs: { lead: string; items: string[] }[] } | undefined;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#') || line.startsWith('<!--')) {
      current = undefined; // a chapter or section heading ends the article
      continue;
    }
    const head = ARTICLE_HEAD.exec(line);
    if (head !== null) {
      if (head[2] !== undefined) {
        current = undefined; // 第X条之一: not addressed by an integer article number
        continue;
      }
      const number = parseChineseNumber(head[1]!).toNumber();
      current = { number, paragraphs: [{ lead: head[3] ?? '', items: [''] }] };
      if (!articles.has(number)) articles.set(number, current);
      continue;
    }
    if (current === undefined) continue;
    const item = ITEM_LINE.exec(line);
    const last = current.paragraphs.at(-1)!;
    if (item !== null) {
      const n = parseChineseNumber(item[1]!).toNumber();
      last.items[n] = line;
    } else {
      current.paragraphs.push({ lead: line, items: [''] });
    }
  }
  const edition = /-(\d{4})\.md$/.exec(file)?.[1];
  return edition === undefined ? { title, file, articles } : { title, file, edition, articles };
}

/** The key of one edition of a statute in the map {@link loadStatutes} returns: `title@year`. */
export function editionKey(title: string, year: string): string {
  return `${title}@${year}`;
}

/**
 * Every statute in the folder, by full title (the earliest file of that title, sorted by name),
 * and each edition also by {@link editionKey} (`中华人民共和国食品安全法@2025`), so that a rule
 * set citing one edition is checked against that edition's text.
 */
export function loadStatutes(dir: URL = STATUTES_DIR): Map<string, Statute> {
  const statutes = new Map<string, Statute>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const statute = parseStatute(readFileSync(new URL(file, dir), 'utf8'), file);
    if (!statutes.has(statute.title)) statutes.set(statute.title, statute);
    if (statute.edition !== undefined) statutes.set(editionKey(statute.title, statute.edition), statute);
  }
  return statutes;
}

/**
 * The text a rule set's law refers to: the file of its edition's year when the folder has one
 * (`edition: "2025-09-12"` → `…-2025.md`), else the text of that title.
 */
export function statuteOf(
  statutes: ReadonlyMap<string, Statute>,
  law: { readonly title: string; readonly edition?: string | undefined } | undefined,
): Statute | undefined {
  if (law === undefined) return undefined;
  const year = law.edition?.slice(0, 4);
  return (year === undefined ? undefined : statutes.get(editionKey(law.title, year))) ?? statutes.get(law.title);
}

export interface ProvisionRef {
  readonly article: number;
  readonly paragraph?: number;
  readonly item?: number;
}

/**
 * The text where a cited provision's amounts are to be found: the paragraph's lead sentence and
 * the cited item (or all its items when none is cited), plus — following 「依照前款规定」,
 * 「依照第一款规定」, 「依照本法第…条…规定」 — the lead of the paragraph it refers to.
 *
 * @throws Error when the article, paragraph or item does not exist
 */
export function provisionText(statute: Statute, ref: ProvisionRef): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = (article: number, paragraph: number | undefined, item: number | undefined, leadOnly: boolean): void => {
    const key = `${article}/${paragraph}/${item}/${leadOnly}`;
    if (seen.has(key)) return;
    seen.add(key);
    const found = statute.articles.get(article);
    if (found === undefined) throw new Error(`《${statute.title}》 has no article ${article}`);
    let indexes: number[];
    if (paragraph !== undefined) {
      if (paragraph < 1 || paragraph > found.paragraphs.length)
        throw new Error(
          `《${statute.title}》 article ${article} has no paragraph ${paragraph} (it has ${found.paragraphs.length})`,
        );
      indexes = [paragraph - 1];
    } else if (item !== undefined) {
      const holder = found.paragraphs.findIndex((p) => p.items[item] !== undefined);
      if (holder < 0) throw new Error(`《${statute.title}》 article ${article} has no item ${item}`);
      indexes = [holder];
    } else {
      indexes = found.paragraphs.map((_, index) => index);
    }
    for (const index of indexes) {
      const p = found.paragraphs[index]!;
      parts.push(p.lead);
      if (item !== undefined) {
        const line = p.items[item];
        if (line === undefined || line === '')
          throw new Error(`《${statute.title}》 article ${article} paragraph ${index + 1} has no item ${item}`);
        parts.push(line);
      } else if (!leadOnly) {
        parts.push(...p.items.filter((line) => line !== ''));
      }
      // 依照前款规定 / 依照第一款规定 / 依照本条第一款规定 / 依照本法第…条(第…款)规定
      for (const match of p.lead.matchAll(
        /依照(?:本法第([零一二三四五六七八九十百千]+)条)?(?:本条)?(前款|第([一二三四五六七八九十]+)款)?(?:的)?规定/gu,
      )) {
        const target = match[1] === undefined ? article : parseChineseNumber(match[1]).toNumber();
        if (match[1] === undefined && match[2] === undefined) continue; // 依照有关法律规定…
        const targetParagraph =
          match[2] === '前款' ? index : match[3] === undefined ? undefined : parseChineseNumber(match[3]).toNumber();
        if (target === article && targetParagraph === index + 1) continue;
        visit(target, targetParagraph, undefined, true);
      }
    }
  };
  visit(ref.article, ref.paragraph, ref.item, false);
  return parts.join('\n');
}
