import { CailiangError, internalErrorOf } from '@cailiang/core';
import { INTERNAL_ERROR } from '@cailiang/core/evaluate';
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR as BATCH_INTERNAL_ERROR, recordErrorOf } from '../../src/batch/records.js';

describe('an unexpected exception in a batch', () => {
  const thrown = new RangeError('Maximum call stack size exceeded');

  it('is the same record as internalErrorOf makes, under the one INTERNAL_ERROR code', () => {
    expect(BATCH_INTERNAL_ERROR).toBe(INTERNAL_ERROR);
    expect(recordErrorOf(thrown, 'case')).toEqual(internalErrorOf(thrown));
  });

  it('leaves a CailiangError its own code', () => {
    const error = new CailiangError('INVALID_CASE', [
      { code: 'missing_fact', path: 'facts.amount', message: 'required' },
    ]);
    expect(recordErrorOf(error, 'case')).toEqual({
      code: 'INVALID_CASE',
      issues: [{ code: 'missing_fact', path: 'case.facts.amount', message: 'required' }],
    });
  });
});
