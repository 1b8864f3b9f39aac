import { describe, expect, it } from 'vitest';
import { closestCodes, unknownItem } from '../../src/decide/unknown-item.js';
import { createEngine, loadRuleSet } from '../../src/index.js';
import { caughtError, exampleRuleSetText } from '../../../../test-support/builders.js';

describe('closestCodes', () => {
  const library = ['FSL-124-1-1', 'FSL-124-1-2', 'FSL-124-1-3', 'FSL-125-1-1', 'PQL-49'];

  it('finds the bundled code for a code typed from another numbering (one edit)', () => {
    expect(closestCodes('FS-124-1-3', library)).toEqual(['FSL-124-1-3']);
  });

  it('offers every code at the nearest distance, at most three, in load order', () => {
    expect(closestCodes('FSL-124-1-9', library)).toEqual(['FSL-124-1-1', 'FSL-124-1-2', 'FSL-124-1-3']);
  });

  it('ignores case', () => {
    expect(closestCodes('fsl-124-1-3', library)).toEqual(['FSL-124-1-3']);
  });

  it('suggests nothing for a code that is nowhere near', () => {
    expect(closestCodes('WPL-83', library)).toEqual([]);
    expect(closestCodes('X', library)).toEqual([]);
  });

  it('allows at most three edits, however long the code', () => {
    expect(closestCodes('ABCDEFGHIJKLMNOP', ['ABCDEFGHIJKLMXYZ'])).toEqual(['ABCDEFGHIJKLMXYZ']);
    expect(closestCodes('ABCDEFGHIJKLMNOP', ['ABCDEFGHIJKLWXYZ'])).toEqual([]);
  });
});

describe('unknownItem', () => {
  it('names the case path and lists known codes when none is near', () => {
    const error = unknownItem('NOPE-1', ['FSL-124-1-3', 'PQL-49']);
    expect(error.code).toBe('UNKNOWN_ITEM');
    expect(error.issues).toEqual([
      {
        code: 'unknown_item',
        path: 'item',
        message: 'no loaded rule set has item "NOPE-1"; known items: FSL-124-1-3, PQL-49',
      },
    ]);
  });
});

describe('engine.decide with an unknown item', () => {
  it('suggests the closest known code ("did you mean FS-124-1-3?")', () => {
    const engine = createEngine([loadRuleSet(exampleRuleSetText())]);
    const refusal = caughtError(() => engine.decide({ item: 'FSL-124-1-3', facts: {}, dates: { act: '2025-03-10' } }));
    expect(refusal.issues[0]?.message).toBe('no loaded rule set has item "FSL-124-1-3"; did you mean FS-124-1-3?');
  });
});
