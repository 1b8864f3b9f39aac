import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadRuleSet } from '@cailiang/core';
import { importCsv } from '@cailiang/core/import';
import { renderCsv } from '@cailiang/core/render';
import { exampleText, params, onlyCailiangErrors } from '../../test-support/properties.js';

describe('fuzz: importCsv', () => {
  const csv = renderCsv(loadRuleSet(exampleText()));

  it('takes any text: a rule set or a CailiangError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => onlyCailiangErrors(() => importCsv(text))),
      params,
    );
  });

  it('takes any edit of a rendered table: a cell changed, a quote or comma inserted, a row cut', () => {
    const edits = fc.tuple(
      fc.nat(csv.length),
      fc.nat(60),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('"', ',', '\n', '\r\n', '""', '__proto__', '{', '[', '1e400', '且(', '#元数据'),
      ),
    );
    fc.assert(
      fc.property(edits, ([at, cut, insert]) =>
        onlyCailiangErrors(() => importCsv(csv.slice(0, at) + insert + csv.slice(at + cut))),
      ),
      params,
    );
  });
});
