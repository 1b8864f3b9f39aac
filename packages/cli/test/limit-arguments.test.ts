import { describe, expect, it } from 'vitest';
import { limitsFromArguments } from '../src/limit-arguments.js';

describe('limitsFromArguments', () => {
  it('reads NAME=VALUE arguments', () => {
    expect(limitsFromArguments(['maxNodes=20000000', 'maxAmountDigits=18'])).toEqual({
      maxNodes: 20_000_000,
      maxAmountDigits: 18,
    });
    expect(limitsFromArguments(undefined)).toEqual({});
  });

  it('refuses a malformed argument with the names of the limits', () => {
    expect(() => limitsFromArguments(['maxNodes'])).toThrow(/expected NAME=VALUE with a whole number.*maxSourceLength/);
    expect(() => limitsFromArguments(['maxNodes=0'])).toThrow(/expected a whole number of at least 1, got 0/);
    expect(() => limitsFromArguments(['maxNods=5'])).toThrow(/unknown limit "maxNods"/);
  });
});
