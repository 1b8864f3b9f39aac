import { CailiangError, LIMIT_NAMES, resolveLimits } from '@cailiang/core';
import type { Limits } from '@cailiang/core';

/**
 * Reads `--limit NAME=VALUE` arguments of the command line.
 *
 * @throws CailiangError USAGE for a malformed argument, an unknown name or a bad value
 * @example limitsFromArguments(['maxNodes=20000000']) // { maxNodes: 20000000 }
 */
export function limitsFromArguments(args: readonly string[] | undefined): Partial<Limits> {
  const overrides: Record<string, number> = {};
  for (const arg of args ?? []) {
    const match = /^([A-Za-z]+)=(\d+)$/.exec(arg);
    if (match === null) {
      throw new CailiangError('USAGE', [
        {
          code: 'usage',
          path: '--limit',
          message: `expected NAME=VALUE with a whole number (e.g. maxNodes=20000000), got "${arg}"; the limits are ${LIMIT_NAMES.join(', ')}`,
        },
      ]);
    }
    overrides[match[1] as string] = Number(match[2]);
  }
  resolveLimits(overrides);
  return overrides;
}
