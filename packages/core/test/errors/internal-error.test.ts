import { describe, expect, it } from 'vitest';
import { CailiangError } from '../../src/errors/cailiang-error.js';
import { internalErrorOf } from '../../src/errors/internal-error.js';
import { createEvaluator, INTERNAL_ERROR } from '../../src/evaluate/index.js';
import type { Engine } from '../../src/index.js';
import { INTERNAL_ERROR as BATCH_INTERNAL_ERROR, recordErrorOf } from '../../src/node/batch/records.js';
import { evaluationEngine, record } from '../evaluate/support.js';

describe('internalErrorOf', () => {
  it('names the exception and asks for a report', () => {
    expect(internalErrorOf(new TypeError("Cannot read properties of undefined (reading 'min')"))).toMatchInlineSnapshot(`
      {
        "code": "INTERNAL_ERROR",
        "issues": [
          {
            "code": "internal",
            "message": "internal error (a bug in cailiang, please report it): TypeError: Cannot read properties of undefined (reading 'min')",
            "path": "",
          },
        ],
      }
    `);
  });

  it('writes a thrown value that is not an Error as text', () => {
    expect(internalErrorOf('lost').issues[0].message).toBe('internal error (a bug in cailiang, please report it): lost');
    expect(internalErrorOf(undefined).issues[0].message).toBe('internal error (a bug in cailiang, please report it): undefined');
  });
});

describe('an unexpected exception', () => {
  const thrown = new RangeError('Maximum call stack size exceeded');

  it('is the same record in a batch as internalErrorOf makes, under the one INTERNAL_ERROR code', () => {
    expect(BATCH_INTERNAL_ERROR).toBe(INTERNAL_ERROR);
    expect(recordErrorOf(thrown, 'case')).toEqual(internalErrorOf(thrown));
  });

  it('is counted by the evaluator with the same code and message', () => {
    const engine = evaluationEngine();
    const broken: Engine = {
      ruleSets: engine.ruleSets,
      itemCodes: engine.itemCodes,
      decide: () => {
        throw thrown;
      },
    };
    const evaluator = createEvaluator(broken);
    evaluator.add(record('20000'), 7);
    const { errors, records } = evaluator.result();
    const [issue] = internalErrorOf(thrown).issues;
    expect(records.errors).toBe(1);
    expect(errors.byCode).toEqual({ [INTERNAL_ERROR]: 1 });
    expect(errors.samples).toEqual([{ record: 7, code: INTERNAL_ERROR, path: issue.path, message: issue.message }]);
  });

  it('leaves a CailiangError its own code', () => {
    const error = new CailiangError('INVALID_CASE', [{ code: 'missing_fact', path: 'facts.amount', message: 'required' }]);
    expect(recordErrorOf(error, 'case')).toEqual({ code: 'INVALID_CASE', issues: [{ code: 'missing_fact', path: 'case.facts.amount', message: 'required' }] });
  });
});
