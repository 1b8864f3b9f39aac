import { describe, expect, it } from 'vitest';
import { loadIssuesIn } from '../../src/lint/index.js';
import type { Issue } from '../../src/index.js';

const BAND: Issue = {
  code: 'unknown_band',
  path: 'items[0].tiers[2].fine.band',
  item: 'FS-124-1-3',
  line: 80,
  column: 17,
  message: 'unknown band "heavy"; policy.fineBands has lighter, general, heavier',
};
const SYNTAX: Issue = {
  code: 'syntax',
  path: '',
  message: 'line 3, column 1: a tab indents this line; YAML indents with spaces only',
};

describe('loadIssuesIn: a load failure in lint’s words (#20)', () => {
  it('words each issue as lint does, in Chinese by default, leaving code, path, item and place alone', () => {
    expect(loadIssuesIn([BAND, SYNTAX])).toEqual([
      { ...BAND, message: '引用了未定义的罚款档“heavy”；应当先在 policy.fineBands 中定义' },
      { ...SYNTAX, message: '第3行第1列：本行用制表符（Tab）缩进；YAML 只能用空格缩进' },
    ]);
  });

  it('keeps the loader’s sentences in English', () => {
    expect(loadIssuesIn([BAND, SYNTAX], 'en')).toEqual([BAND, SYNTAX]);
  });
});
