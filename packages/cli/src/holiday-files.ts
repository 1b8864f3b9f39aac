import { CailiangError, CHINA_HOLIDAYS, locateIssues } from '@cailiang/core';
import { readTextFile } from '@cailiang/core/node';
import type { HolidayArrangement, Issue } from '@cailiang/core';

/** The arrangements one --holidays file gave: where they came from, and how the file held them. */
export interface HolidayFile {
  readonly path: string;
  readonly arrangements: readonly HolidayArrangement[];
  /** The file held one arrangement rather than a list, so its paths have no index. */
  readonly single: boolean;
}

/**
 * A calendar error about the shipped arrangements followed by the files' ones, put in the
 * user's terms: `arrangements[8].source` becomes `[0].source` of the file that gave it (or
 * `source` when the file holds one arrangement), and an arrangement the calendar ships is named
 * as such. Without this the paths name positions that are not in any file the user wrote.
 * With one file, each of its issues also gets the line and column of its path in that file
 * (read again, only now that something is wrong).
 *
 * @param error - what createCalendar threw for `[...CHINA_HOLIDAYS, ...files' arrangements]`
 * @param files - the files, in the order their arrangements were appended
 * @returns the error, each issue's path in its file's terms and the file as its source
 */
export function inHolidayFileTerms(error: CailiangError, files: readonly HolidayFile[]): CailiangError {
  const locate = (index: number): { file?: HolidayFile; local: string } => {
    let start = CHINA_HOLIDAYS.length;
    if (index < start) return { local: `the shipped arrangement for ${CHINA_HOLIDAYS[index]?.year ?? index}` };
    for (const file of files) {
      if (index < start + file.arrangements.length) return { file, local: file.single ? '' : `[${index - start}]` };
      start += file.arrangements.length;
    }
    return { local: `[${index}]` };
  };
  const sources = new Set<string>();
  const issues: Issue[] = error.issues.map((issue) => {
    const match = /^arrangements\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const message = issue.message.replace(/arrangements\[(\d+)\]/g, (_, index: string) => {
      const { file, local } = locate(Number(index));
      return file === undefined ? local : `${file.path}${local === '' ? '' : ` ${local}`}`;
    });
    if (match === null) return { ...issue, message };
    const { file, local } = locate(Number(match[1]));
    if (file !== undefined) sources.add(file.path);
    const rest = match[2] as string;
    const path =
      file === undefined
        ? `${local}${rest === '' ? '' : `: ${rest}`}`
        : rest === ''
          ? local
          : local === ''
            ? rest
            : `${local}.${rest}`;
    return {
      ...issue,
      path: files.length > 1 && file !== undefined ? `${file.path}: ${path}`.replace(/: $/, '') : path,
      message,
    };
  });
  const source = files.length === 1 ? files[0]?.path : undefined;
  const located = source === undefined ? issues : locatedInFile(issues, source, sources.has(source));
  return new CailiangError(error.code, located, { ...(source === undefined ? {} : { source }), cause: error });
}

/**
 * The issues of the one holiday file with their line and column in it. Only issues whose path is
 * the file's own are located (a message about a shipped arrangement has no place in the file).
 */
function locatedInFile(issues: readonly Issue[], path: string, inFile: boolean): Issue[] {
  if (!inFile) return [...issues];
  let text: string;
  try {
    text = readTextFile(path);
  } catch {
    return [...issues];
  }
  const own = (issue: Issue) => issue.path !== '' && !issue.path.startsWith('the shipped arrangement');
  const found = locateIssues(text, issues.filter(own));
  let next = 0;
  return issues.map((issue) => (own(issue) ? (found[next++] as Issue) : issue));
}
