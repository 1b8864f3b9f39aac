import { describe, expect, it } from 'vitest';
import { createScratch, recycleBuffer, ResultBuilder } from '../../src/batch/result-builder.js';

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('ResultBuilder', () => {
  it('encodes each line with its newline, and knows where the lines it was told about are', () => {
    const out = new ResultBuilder(createScratch(8));
    out.add('{"a":"食品"}');
    out.add('{"line":2,"verdict":"fail"}', { line: 2, status: 'fail', findings: [] });
    const result = out.finish(5, 1, 40);
    expect(text(result.data)).toBe('{"a":"食品"}\n{"line":2,"verdict":"fail"}\n');
    expect(result).toMatchObject({ id: 5, firstLine: 1, count: 2, inputBytes: 40 });
    const [outcome] = result.outcomes;
    expect(text(result.data.subarray(outcome?.start, outcome?.end))).toBe('{"line":2,"verdict":"fail"}');
  });

  it('puts a later result into a buffer given back, and never into one still in use', () => {
    const scratch = createScratch();
    const first = new ResultBuilder(scratch);
    first.add('{"first":1}');
    const one = first.finish(0, 1, 0);
    const second = new ResultBuilder(scratch);
    second.add('{"second":2}');
    const two = second.finish(1, 2, 0);
    expect(two.data.buffer).not.toBe(one.data.buffer);
    recycleBuffer(scratch, one.data.buffer as ArrayBuffer);
    const third = new ResultBuilder(scratch);
    third.add('{"third":3}');
    const three = third.finish(2, 3, 0);
    expect(three.data.buffer).toBe(one.data.buffer);
    expect(text(three.data)).toBe('{"third":3}\n');
    expect(text(two.data)).toBe('{"second":2}\n');
  });
});
