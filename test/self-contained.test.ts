import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: a fresh clone with nothing beside it passes its tests, runs its
 * examples and its documented commands. So nothing a test, a script, an example or a doc tells
 * a user to run may name a path outside the repository — not the project's shared material
 * (the `shared` folder beside it, where the statutes, holidays and spec examples came from: their copies live in
 * the repository now), nor anything else above the root.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.vite']);
const CODE = /\.(?:ts|mts|cts|js|mjs|cjs|tsx)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(join(dir, entry.name));
    return [join(dir, entry.name)];
  });
}

const SELF = fileURLToPath(import.meta.url);
// .ci/run may run the shared contract on top when it is there.
const files = listFiles(ROOT).filter((file) => !relative(ROOT, file).startsWith(`.ci${sep}`) && file !== SELF);
/** The folder beside the repository, spelt in pieces so that this file does not name it itself. */
const BESIDE = ['..', 'shared'].join('/');
const codeFiles = files.filter((file) => CODE.test(file));
const docFiles = files.filter((file) => file.endsWith('.md'));

const insideRepo = (path: string) => {
  const fromRoot = relative(ROOT, path);
  return fromRoot === '' || !(fromRoot === '..' || fromRoot.startsWith(`..${sep}`));
};

/** `new URL('<relative>', import.meta.url)`: the way this repository's code names a file beside it. */
const URL_BESIDE_MODULE = /new URL\(\s*(['"`])(\.\.?\/[^'"`$]*)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Every relative path a code file resolves against its own location, with where it lands. */
function modulePaths(file: string, text: string): { path: string; resolved: string }[] {
  return [...text.matchAll(URL_BESIDE_MODULE)].map((match) => ({
    path: match[2]!,
    resolved: resolve(dirname(file), match[2]!),
  }));
}

/** The commands of a Markdown file's shell blocks, continuation lines joined. */
function shellCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```(?:sh|bash|shell|console)\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .filter((line) => line.trim() !== ''),
  );
}

/** The arguments of a command that look like relative paths (they are read from the repository root). */
function relativePathArguments(command: string): string[] {
  return command.split(/\s+/).filter((word) => /^\.{1,2}\//.test(word) || /(?:^|\/)\.\.\//.test(word));
}

describe('the repository stands alone', () => {
  it('finds the files it checks', () => {
    expect(codeFiles.length).toBeGreaterThan(100);
    expect(docFiles.length).toBeGreaterThan(5);
  });

  it('no code file (source, test, script, example) names the shared folder beside the repository', () => {
    const offenders = codeFiles
      .filter((file) => /\.\.\/shared\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('no code file resolves a path above the repository root', () => {
    const escapes = codeFiles.flatMap((file) =>
      modulePaths(file, readFileSync(file, 'utf8'))
        .filter(({ resolved }) => !insideRepo(resolved))
        .map(({ path }) => `${relative(ROOT, file)}: ${path}`),
    );
    expect(escapes).toEqual([]);
  });

  it('no documented command (README, docs, examples) reads a path outside the repository', () => {
    const escapes = docFiles.flatMap((file) =>
      shellCommands(readFileSync(file, 'utf8')).flatMap((command) =>
        relativePathArguments(command)
          .filter((path) => !insideRepo(resolve(ROOT, path)) && !insideRepo(resolve(dirname(file), path)))
          .map((path) => `${relative(ROOT, file)}: ${path}`),
      ),
    );
    expect(escapes).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see a module path that climbs out of the repository', () => {
    const file = join(ROOT, 'packages/core/test/support/builders.ts');
    const [found] = modulePaths(file, `const X = new URL('../../../../${BESIDE}/spec/examples/', import.meta.url);`);
    expect(found?.path).toBe(`../../../../${BESIDE}/spec/examples/`);
    expect(insideRepo(found!.resolved)).toBe(false);
    const [inside] = modulePaths(file, "new URL('../../../fixtures/contract/', import.meta.url)");
    expect(insideRepo(inside!.resolved)).toBe(true);
  });

  it('see a documented command that reads the shared folder, across a continuation line', () => {
    const markdown = `\`\`\`sh\npnpm cailiang diff --from ${BESIDE}/spec/a.yaml \\\n  --to packages/x.yaml\n\`\`\`\n`;
    const [command] = shellCommands(markdown);
    expect(relativePathArguments(command!)).toEqual([`${BESIDE}/spec/a.yaml`]);
    expect(insideRepo(resolve(ROOT, `${BESIDE}/spec/a.yaml`))).toBe(false);
  });
});
