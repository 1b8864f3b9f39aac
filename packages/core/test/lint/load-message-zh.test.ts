import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { loadMessageZh } from '../../src/lint/load-message-zh.js';
import { cleanRuleSet } from './support.js';

describe('loadMessageZh', () => {
  it('writes each shape of loader sentence in Chinese', () => {
    expect(loadMessageZh('unknown key "fien"; expected one of level, label, when, fine')).toBe(
      '未知的键“fien”；此处可以使用的键：level、label、when、fine',
    );
    expect(loadMessageZh('unknown key "fien"')).toBe('未知的键“fien”');
    expect(loadMessageZh('missing; expected a string')).toBe('缺少此项，应为文本');
    expect(loadMessageZh('expected a whole number, got "两次"')).toBe('应为整数，实际为"两次"');
    expect(loadMessageZh('expected an object, got a list')).toBe('应为对象（键值），实际为列表');
    expect(loadMessageZh('line 3, column 1: the key id appears twice in the same mapping; keep one')).toBe(
      '第3行第1列：键 id 在同一层中出现两次，只能保留一个',
    );
    expect(loadMessageZh('line 2, column 1: a tab indents this line; YAML indents with spaces only')).toBe(
      '第2行第1列：本行用制表符（Tab）缩进；YAML 只能用空格缩进',
    );
    expect(
      loadMessageZh(
        'line 4, column 6: this key is indented 5 spaces, but the key on line 3 is indented 4 spaces (a stray space?); keys of one mapping line up',
      ),
    ).toBe('第4行第6列：此键缩进5个空格，而第3行的键缩进4个空格（多了空格？）；同一层的键应当对齐');
  });

  it('keeps a sentence of another shape as the loader wrote it, rather than guess', () => {
    expect(loadMessageZh('something the loader has not said before')).toBe('something the loader has not said before');
  });
});

describe('lint: the loader’s own problems in the lint’s language', () => {
  it('is Chinese by default and English with language en; code and path are the same', () => {
    const data = cleanRuleSet();
    data.items[0].tiers[0].fien = 1;
    const [zh] = lint(data);
    const [en] = lint(data, { language: 'en' });
    expect(zh).toMatchObject({ code: 'unknown_key', path: 'items[0].tiers[0].fien' });
    expect(en).toMatchObject({ code: zh?.code, path: zh?.path });
    expect(zh?.message).toMatch(/^未知的键“fien”；此处可以使用的键：/);
    expect(en?.message).toMatch(/^unknown key "fien"; expected one of /);
  });

  it('words a YAML syntax error in Chinese, on its line', () => {
    const [finding] = lint({ ruleSet: 'format: cailiang.rule-set/v1\nid: x\nid: y\n', source: 'x.rules.yaml' });
    expect(finding).toMatchObject({ code: 'syntax', message: '第3行第1列：键 id 在同一层中出现两次，只能保留一个' });
  });
});
