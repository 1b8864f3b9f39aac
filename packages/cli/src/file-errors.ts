import { writeFileSync } from 'node:fs';
import { CailiangError } from '@cailiang/core';

/**
 * The error for a file the command cannot read, in words a user reads ('no such file', not
 * ENOENT), with the file as its source — one wording for every command.
 *
 * @param path - the file
 * @param error - what the file system threw
 * @returns an IO_ERROR to throw
 * @example throw unreadableFile('cases.ndjson', error) // cases.ndjson: cannot read the file: no such file
 */
export function unreadableFile(path: string, error: unknown): CailiangError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new CailiangError('IO_ERROR', [{ code: 'unreadable', path: '', message: `cannot read the file: ${reason}` }], {
    source: path,
  });
}

/**
 * The error for a file the command cannot write.
 *
 * @param path - the file
 * @param reason - why, in words
 * @param what - what the file is, for the message: `the file`, `the report`, `the partial`
 * @returns an IO_ERROR to throw
 */
export function unwritableFile(path: string, reason: string, what = 'the file'): CailiangError {
  return new CailiangError('IO_ERROR', [{ code: 'unwritable', path: '', message: `cannot write ${what}: ${reason}` }], {
    source: path,
  });
}

/**
 * Writes an output file, or throws the error that names it.
 *
 * @param path - the file
 * @param content - text or bytes
 * @param what - what the file is, for the message
 * @throws CailiangError IO_ERROR when the file cannot be written
 */
export function writeOutputFile(path: string, content: string | Uint8Array, what = 'the file'): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw unwritableFile(path, (error as Error).message, what);
  }
}
