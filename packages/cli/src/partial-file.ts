import { readFileSync } from 'node:fs';
import { CailiangError } from '@cailiang/core';
import { unreadableFile, writeOutputFile } from './file-errors.js';

/**
 * Reads a partial file (`evaluate --partial`, `review --batch --partial`) as JSON, for a merge.
 *
 * @param path - the file
 * @returns the parsed value, checked by the merge
 * @throws CailiangError IO_ERROR when the file cannot be read; INVALID_PARTIAL when it is not JSON
 */
export function readPartialFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadableFile(path, error);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CailiangError(
      'INVALID_PARTIAL',
      [{ code: 'partial_format', path: '', message: `not JSON: ${(error as Error).message}` }],
      { source: path },
    );
  }
}

/**
 * Writes a partial as one line of JSON.
 *
 * @param path - the file
 * @param partial - the partial's data
 * @throws CailiangError IO_ERROR when the file cannot be written
 */
export function writePartialFile(path: string, partial: unknown): void {
  writeOutputFile(path, `${JSON.stringify(partial)}\n`, 'the partial');
}
