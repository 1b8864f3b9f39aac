/**
 * The loader's sentences in Chinese, for `lint` (Chinese by default: 法制审核 staff read it).
 * The loader words each problem in one place — `unknownKey`, the zod issues it rewrites, the YAML
 * syntax messages — so each sentence has one shape, matched here; a sentence of another shape
 * is kept as the loader wrote it rather than guessed at. Codes and paths never change.
 */

/** What a value should be, as the loader names it (`a whole number`) → 整数. */
const KINDS: Readonly<Record<string, string>> = Object.freeze({
  'a string': '文本',
  'a number': '数字',
  'a whole number': '整数',
  'an object': '对象（键值）',
  'an array': '列表',
  'a list': '列表',
  'a boolean': '是或否（true 或 false）',
  nothing: '空',
  null: '空（null）',
});

/**
 * The Chinese of a kind the loader names, or undefined for one not in the table (`a decimal
 * amount such as "12345.67"`): the sentence is then kept whole rather than half translated.
 */
const kind = (words: string): string | undefined => (Object.hasOwn(KINDS, words) ? KINDS[words] : undefined);

/** What a command could not write, as `unwritableFile` names it. */
const WRITTEN: Readonly<Record<string, string>> = Object.freeze({
  'the file': '文件',
  'the report': '报告',
  'the partial': '部分结果文件（partial）',
});

/** The reasons the commands give in their own words; the operating system's are kept as given. */
const REASONS: Readonly<Record<string, string>> = Object.freeze({
  'the file exists; synthetic records are only written to a new file': '文件已存在；合成记录只写入新文件',
});

/** Each shape of loader sentence, and its Chinese (undefined: keep the sentence as written). */
const SENTENCES: readonly (readonly [RegExp, (...parts: string[]) => string | undefined])[] = [
  [
    /^unknown key "(.+?)"(?:; expected one of (.+))?$/,
    (key, allowed) =>
      `未知的键“${key}”${allowed === undefined ? '' : `；此处可以使用的键：${allowed.split(', ').join('、')}`}`,
  ],
  [
    /^missing; expected (.+)$/,
    (expected) => (kind(expected as string) === undefined ? undefined : `缺少此项，应为${kind(expected as string)}`),
  ],
  [
    // What was got is a kind (`a string`) or the value itself (`"ten"`), shown as it is.
    /^expected (.+), got (.+)$/,
    (expected, got) =>
      kind(expected as string) === undefined
        ? undefined
        : `应为${kind(expected as string)}，实际为${kind(got as string) ?? got}`,
  ],
  [
    /^(?:a key|the key (.+)) appears twice in the same mapping; keep one$/,
    (key) => `${key === undefined ? '同一个键' : `键 ${key} `}在同一层中出现两次，只能保留一个`,
  ],
  [/^a tab indents this line; YAML indents with spaces only$/, () => '本行用制表符（Tab）缩进；YAML 只能用空格缩进'],
  [/^the value contains ": "; put it in quotes$/, () => '值中含有“: ”，应当用引号把值括起来'],
  [/^a \[ list above this line is not closed with \]$/, () => '本行之上以 [ 开始的列表没有用 ] 结束'],
  [/^a \{ mapping above this line is not closed with \}$/, () => '本行之上以 { 开始的映射没有用 } 结束'],
  [/^a quoted text above this line is never closed$/, () => '本行之上有引号没有闭合'],
  [/^expected format: (\S+) \(or (\S+)\)$/, (format, older) => `format 应为 ${format}（或旧版 ${older}）`],
  [
    /^names and references \(facts, laws, bands, citations\) were not checked: they need the declarations above to be valid first$/,
    () => '名称和引用（事实、法律、罚款档、引用条文）未核查：须先使上述声明有效',
  ],
  [
    /^names and references \(facts, laws, bands, citations\) were not checked in (.+): fix the problems above first$/,
    (where) => `${where} 中的名称和引用（事实、法律、罚款档、引用条文）未核查：请先改正上述问题`,
  ],
  // The file commands' own words for a file they cannot open (`unreadableFile`, readTextFile):
  // the reason after the colon is the operating system's, kept as it gave it.
  [/^cannot read the file: no such file$/, () => '无法读取文件：文件不存在'],
  [/^cannot read the file: (.+)$/s, (reason) => `无法读取文件：${reason}`],
  [/^cannot read the input: (.+)$/s, (reason) => `无法读取输入：${reason}`],
  [/^cannot read the output to resume it: (.+)$/s, (reason) => `无法读取要续写的输出：${reason}`],
  [
    /^cannot write (the file|the report|the partial): (.+)$/s,
    (what, reason) => `无法写入${WRITTEN[what as string]}：${REASONS[reason as string] ?? reason}`,
  ],
  [
    /^this key is indented (\d+) spaces?, but the key on line (\d+) is indented (\d+) spaces? \(a (stray|missing) space\?\); keys of one mapping line up$/,
    (indent, line, above, slip) =>
      `此键缩进${indent}个空格，而第${line}行的键缩进${above}个空格（${slip === 'stray' ? '多了空格？' : '少了空格？'}）；同一层的键应当对齐`,
  ],
];

/**
 * A loader sentence in Chinese: `line 3, column 1: a tab indents this line; …` →
 * `第3行第1列：本行用制表符（Tab）缩进；…`. A sentence of a shape not listed stays as written.
 *
 * @param message - `Issue.message` from the loader
 * @returns the Chinese sentence, or the message itself
 * @example loadMessageZh('unknown key "fien"; expected one of level, fine') // '未知的键“fien”；此处可以使用的键：level、fine'
 */
export function loadMessageZh(message: string): string {
  const located = /^line (\d+), column (\d+): (.*)$/s.exec(message);
  if (located !== null) {
    const [, line, column, rest] = located as unknown as [string, string, string, string];
    return `第${line}行第${column}列：${sentenceZh(rest)}`;
  }
  return sentenceZh(message);
}

function sentenceZh(sentence: string): string {
  for (const [pattern, write] of SENTENCES) {
    const match = pattern.exec(sentence);
    if (match !== null) return write(...(match.slice(1) as string[])) ?? sentence;
  }
  return sentence;
}
