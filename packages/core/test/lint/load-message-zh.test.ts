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

  it('words the format line and the note on what was not checked', () => {
    expect(loadMessageZh('expected format: cailiang.rule-set/v2 (or cailiang.rule-set/v1)')).toBe(
      'format 应为 cailiang.rule-set/v2（或旧版 cailiang.rule-set/v1）',
    );
    expect(
      loadMessageZh(
        'names and references (facts, laws, bands, citations) were not checked in items[0], items[2]: fix the problems above first',
      ),
    ).toBe('items[0], items[2] 中的名称和引用（事实、法律、罚款档、引用条文）未核查：请先改正上述问题');
  });

  it('words a file that cannot be written, and the input a batch cannot read', () => {
    expect(loadMessageZh('cannot write the report: EACCES: permission denied')).toBe(
      '无法写入报告：EACCES: permission denied',
    );
    expect(
      loadMessageZh('cannot write the file: the file exists; synthetic records are only written to a new file'),
    ).toBe('无法写入文件：文件已存在；合成记录只写入新文件');
    expect(loadMessageZh('cannot read the input: EISDIR: illegal operation on a directory, read')).toBe(
      '无法读取输入：EISDIR: illegal operation on a directory, read',
    );
  });

  it('words a file that cannot be read, keeping the operating system’s reason', () => {
    expect(loadMessageZh('cannot read the file: no such file')).toBe('无法读取文件：文件不存在');
    expect(loadMessageZh('cannot read the file: EACCES: permission denied')).toBe(
      '无法读取文件：EACCES: permission denied',
    );
  });

  it('keeps a sentence of another shape as the loader wrote it, rather than guess', () => {
    expect(loadMessageZh('something the loader has not said before')).toBe('something the loader has not said before');
    // A kind the table does not know would leave English inside the Chinese: kept whole instead.
    const amount = 'expected a decimal amount such as "12345.67" (货值金额), got "lots"';
    expect(loadMessageZh(amount)).toBe(amount);
    expect(loadMessageZh('missing; expected a date')).toBe('missing; expected a date');
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
