import { describe, expect, it } from 'vitest';
import { internalErrorOf } from '../../src/errors/internal-error.js';
import { createEvaluator, INTERNAL_ERROR } from '../../src/evaluate/index.js';
import type { Engine } from '../../src/index.js';
import { evaluationEngine, record } from '../../../../test-support/evaluation.js';

describe('internalErrorOf', () => {
  it('names the exception and asks for a report', () => {
    expect(
      internalErrorOf(new TypeError("Cannot read properties of undefined (reading 'min')")),
    ).toMatchInlineSnapshot(`
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
    expect(internalErrorOf('lost').issues[0].message).toBe(
      'internal error (a bug in cailiang, please report it): lost',
    );
    expect(internalErrorOf(undefined).issues[0].message).toBe(
      'internal error (a bug in cailiang, please report it): undefined',
    );
  });
});

describe('an unexpected exception', () => {
  const thrown = new RangeError('Maximum call stack size exceeded');

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
});
