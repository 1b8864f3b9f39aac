import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, loadRuleSet, ruleSetDigest } from '@cailiang/core';
import { lint } from '@cailiang/core/lint';
import * as exported from '@cailiang/benchmarks';
import { benchmarks, catalog } from '@cailiang/benchmarks';
import { REPO_ROOT, camelCase, ruleFiles } from '../../../test-support/rule-files.js';

const files = ruleFiles();

describe('every shipped rule set', () => {
  for (const { file, text } of files) {
    describe(file, () => {
      it('loads and lints without an error', () => {
        const ruleSet = loadRuleSet(text, { source: file });
        expect(ruleSet.items.length).toBeGreaterThan(0);
        const errors = lint([{ ruleSet: text, source: file }]).filter((finding) => finding.severity === 'error');
        expect(errors).toEqual([]);
      });

      it('compiles into an engine', () => {
        expect(() => createEngine([loadRuleSet(text, { source: file })])).not.toThrow();
      });

      it('is honest about where it comes from', () => {
        const ruleSet = loadRuleSet(text, { source: file });
        // A table derived by this library says so; only a published table names an agency.
        if (ruleSet.provenance?.source !== 'published') {
          expect(ruleSet.provenance?.source).toBe('statute-derived');
          expect(ruleSet.issuer).toMatch(/^cailiang/);
          expect(ruleSet.document).toMatch(/^cailiang /);
          expect(ruleSet.document).not.toMatch(/〔\d{4}〕/);
          expect(ruleSet.provenance?.convention).toBeTruthy();
          expect(ruleSet.provenance?.conventionSource).toBeTruthy();
        }
      });
    });
  }
});

describe('the package exports', () => {
  it('one rule set per file, named by the camelCase of its slug, the same data as the YAML', () => {
    const byExport = exported as unknown as Record<string, unknown>;
    for (const { file, slug, text } of files) {
      const fromYaml = loadRuleSet(text, { source: file });
      const shipped = byExport[camelCase(slug)];
      expect(shipped, `export ${camelCase(slug)}`).toBeDefined();
      expect(shipped).toBe((benchmarks as Record<string, unknown>)[slug]);
      expect(ruleSetDigest(shipped as typeof fromYaml)).toBe(ruleSetDigest(fromYaml));
      // Deeply: the package freezes the data the build validated (src/frozen-rule-set.ts).
      expect(unfrozenPaths(shipped), `${file}: parts of the rule set left unfrozen`).toEqual([]);
    }
    expect(Object.keys(benchmarks)).toEqual(files.map((f) => f.slug));
  });

  it('each rule set is, key for key and in order, what loadRuleSet makes of its YAML (validated at build, #21)', () => {
    for (const { file, slug, text } of files) {
      const shipped = (benchmarks as Record<string, unknown>)[slug];
      // JSON text, so that the order of keys counts too: the engine meets the data in that order.
      expect(JSON.stringify(shipped), file).toBe(JSON.stringify(loadRuleSet(text, { source: file })));
      // And the shipped form is a fixed point of the loader: loading it changes nothing.
      expect(JSON.stringify(loadRuleSet(shipped, { source: file })), file).toBe(JSON.stringify(shipped));
    }
  });

  it('an engine validates a shipped rule set once, then reuses it', () => {
    const first = createEngine([benchmarks['food-safety']]).ruleSets[0];
    expect(first).not.toBe(benchmarks['food-safety']);
    expect(createEngine([benchmarks['food-safety']]).ruleSets[0]).toBe(first);
  });

  it('a catalog entry per rule set', () => {
    expect(catalog).toEqual(
      files.map(({ file, slug, text }) => {
        const ruleSet = loadRuleSet(text, { source: file });
        return {
          slug,
          exportName: camelCase(slug),
          id: ruleSet.id,
          version: ruleSet.version,
          title: ruleSet.title,
          source: ruleSet.provenance?.source,
          items: ruleSet.items.length,
        };
      }),
    );
    expect(Object.isFrozen(catalog)).toBe(true);
  });

  it('item codes are unique across a rule set', () => {
    for (const ruleSet of Object.values(benchmarks)) {
      const codes = ruleSet.items.map((item) => item.code);
      expect(new Set(codes).size, ruleSet.id).toBe(codes.length);
    }
  });
});

describe('the repository README', () => {
  it('lists every shipped rule set under "What ships"', () => {
    const readme = readFileSync(new URL('README.md', REPO_ROOT), 'utf8');
    const section = readme.slice(
      readme.indexOf('## What ships'),
      readme.indexOf('\n## ', readme.indexOf('## What ships') + 1),
    );
    expect(section.startsWith('## What ships')).toBe(true);
    for (const { slug } of files) {
      expect(section, `README "What ships" lacks ${slug}`).toContain(`| \`${slug}\` | \`${camelCase(slug)}\` |`);
    }
  });
});

/** Where in a value an object or array is not frozen (the first few), as paths like `items[0].tiers`. */
function unfrozenPaths(value: unknown, path = '', found: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || found.length >= 5) return found;
  if (!Object.isFrozen(value)) found.push(path || '(the rule set)');
  for (const [key, child] of Object.entries(value))
    unfrozenPaths(child, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`, found);
  return found;
}
