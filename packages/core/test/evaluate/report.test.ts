import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, evaluate, evaluationCsv, evaluationHtml, evaluationJson } from '../../src/evaluate/index.js';
import { evaluationEngine, record, times } from '../../../../test-support/evaluation.js';

const engine = evaluationEngine();
const records = [
  ...times(8, () => record('35000', { reasons: '=HYPERLINK("x"),"引号"' })),
  ...times(4, () => record('25000')),
  record('40000', { count: 2 }),
  'bad',
];
const real = evaluate(engine, records, { source: { name: 'records.ndjson' } });
const synthetic = evaluate(
  engine,
  records.map((entry) => (typeof entry === 'string' ? entry : { ...entry, synthetic: true })),
  { source: { name: 'synthetic: 14 records', seed: 7 } },
);

describe('evaluationJson', () => {
  it('is the evaluation, indented, amounts and shares as strings', () => {
    const text = evaluationJson(real);
    expect(JSON.parse(text)).toEqual(real);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"total": "420000"');
    expect(text).toContain('"share": "0.9231"');
  });
});

describe('evaluationCsv', () => {
  const csv = evaluationCsv(real);
  const lines = csv.split('\r\n');

  it('starts with a byte-order mark and the header, ends lines with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it("holds one figure per row, the JSON's figures included", () => {
    expect(lines).toContain('records,,,,total,14');
    expect(lines).toContain('records,,,,errors,1');
    expect(lines).toContain('tier,T-1,general,,cases,12');
    expect(lines).toContain('tier,T-1,general,,share,0.9231');
    expect(lines).toContain('tier-fines,T-1,general,above,fines,8');
    expect(lines).toContain('tier,T-1,lighter,,neverReached,true');
    expect(lines).toContain('fines,T-1,,,total,420000');
    expect(lines).toContain('maximum,T-1,,,atMaximum,1');
    expect(lines).toContain('item,T-2,,,neverUsed,true');
    expect(lines).toContain('error,,,PARSE_ERROR,records,1');
    expect(lines).toContain(
      'candidate,T-1,general,1,evidence,tier 一般 of T-1: 67% of fines imposed above its range (8 of 12)',
    );
  });

  it('quotes commas and quotes, and never lets free text start a formula', () => {
    expect(lines).toContain(`reason,T-1,,"'=HYPERLINK(""x""),""引号""",count,8`);
  });

  it('quotes a cell with white space at its edges, as every CSV cailiang writes, so that no reader trims it', () => {
    const samples = [
      { record: 3, code: 'PARSE_ERROR', path: '', message: '\tnot JSON, line 3 ' },
      { record: 4, code: 'PARSE_ERROR', path: ' -x', message: '-12.5' },
    ];
    const spaced = evaluationCsv({
      ...real,
      source: { name: ' records 2025.ndjson\u3000' },
      errors: { byCode: { PARSE_ERROR: 2 }, samples },
    }).split('\r\n');
    expect(spaced).toContain('source,,,,name," records 2025.ndjson\u3000"');
    expect(spaced).toContain(`error-sample,,,3,message,"'\tnot JSON, line 3 "`);
    expect(spaced).toContain('error-sample,,,4,path," -x"');
    expect(spaced).toContain('error-sample,,,4,message,-12.5');
  });
});

describe('evaluationHtml in Chinese (the default)', () => {
  const page = evaluationHtml(real);

  it('words the page in Chinese: title, sections, charts, definitions', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>裁量基准后评估报告</title>');
    for (const heading of ['建议修订事项（立改废释）', '图表', '各事项', '指标说明'])
      expect(page).toContain(`<h2>${heading}</h2>`);
    expect(page).toContain('高于阶次幅度（偏离）');
    expect(page).toContain('<dt>顶格处罚占比</dt>');
    expect(page).not.toMatch(/Revision candidates|Definitions|above the tier|records decided/);
  });

  it('writes the evidence of a candidate from its figures, in Chinese', () => {
    // The same candidate as in English below: tier 一般 of T-1, 8 of 12 fines above the range.
    expect(page).toContain('T-1“一般”阶次：67%的罚款高于该阶次幅度（8/12）');
    expect(page).toContain('<b>T-2</b> 从未适用的违法行为');
  });

  it('says so in Chinese when the data are synthetic', () => {
    const fake = evaluationHtml(synthetic);
    expect(fake).toContain('<title>[合成数据] 裁量基准后评估报告</title>');
    expect(fake).toContain('合成数据 —— 14条记录中的13条（93%）由 cailiang 生成（种子 7）');
    expect(fake.match(/——合成数据<\/span>/g)).toHaveLength(3);
  });
});

describe('evaluationHtml', () => {
  const page = evaluationHtml(real, { language: 'en' });

  it('is one self-contained page: no script, no external resource', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(page.match(/https?:\/\/[^\s"']+/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('draws the three charts as inline SVG, with their labels', () => {
    for (const id of ['chart-tier-shares', 'chart-fine-positions', 'chart-deviation'])
      expect(page).toContain(`<svg xmlns="http://www.w3.org/2000/svg" id="${id}"`);
    expect(page).toContain('above the tier (deviation)');
    expect(page).toContain('T-1 · 一般');
  });

  it('lists candidates, items, items never used and errors, escaping the text', () => {
    expect(page).toContain('tier 一般 of T-1: 67% of fines imposed above its range (8 of 12)');
    expect(page).toContain('<b>T-2</b> 从未适用的违法行为');
    expect(page).toContain('<code>PARSE_ERROR</code>');
    expect(page).toContain('=HYPERLINK(&#34;x&#34;),&#34;引号&#34; (8)');
    expect(page).not.toContain('"引号"');
  });

  it('still draws its charts, empty, when nothing was decided', () => {
    const empty = evaluationHtml(evaluate(engine, []), { language: 'en' });
    expect(empty).toContain('No penalty decisions.');
    expect(empty).toContain('No item has 10 fines to compare.');
    expect(empty).toContain('Items never used (2 of 2)');
  });

  it('says plainly when the data are synthetic, and says nothing of it when they are not', () => {
    expect(page).not.toMatch(/SYNTHETIC DATA|合成数据|synthetic data|role="alert"/);
    const fake = evaluationHtml(synthetic, { language: 'en' });
    expect(fake).toContain('<title>[SYNTHETIC DATA 合成数据]');
    expect(fake).toContain(
      '<div class="synthetic" role="alert">合成数据 · SYNTHETIC DATA — 13 of 14 records (93%) are generated by cailiang (seed 7)',
    );
    expect(fake.match(/— synthetic data<\/span>/g)).toHaveLength(3);
  });
});
