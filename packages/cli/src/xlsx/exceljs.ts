import { CailiangError } from '@cailiang/core';

/**
 * The part of exceljs (https://github.com/exceljs/exceljs, MIT) that cailiang uses, typed here
 * so that this folder compiles whether or not the package is installed: it is loaded on first
 * use, and only the XLSX functions need it.
 */
export interface ExcelJsModule {
  readonly Workbook: new () => XlsxWorkbook;
}

export interface XlsxWorkbook {
  creator: string;
  readonly worksheets: readonly XlsxWorksheet[];
  addWorksheet(name: string, options?: Record<string, unknown>): XlsxWorksheet;
  readonly xlsx: {
    writeBuffer(): Promise<ArrayBuffer | Uint8Array>;
    load(data: ArrayBuffer | Uint8Array): Promise<unknown>;
  };
}

export interface XlsxWorksheet {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  getColumn(index: number): { width?: number };
  getRow(index: number): XlsxRow;
  addRow(values: readonly unknown[]): XlsxRow;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
}

export interface XlsxRow {
  getCell(index: number): XlsxCell;
  height?: number;
}

export interface XlsxCell {
  value: unknown;
  readonly address: string;
  readonly isMerged: boolean;
  readonly master: XlsxCell;
  alignment: unknown;
  border: unknown;
  font: unknown;
  fill: unknown;
}

/** Options of the XLSX functions. */
export interface XlsxOptions {
  /** The exceljs module to use; by default `import('exceljs')`. */
  readonly exceljs?: ExcelJsModule;
}

/** The npm package and version the XLSX functions are written against. */
export const EXCELJS_PACKAGE = 'exceljs@4.4.0';

// A variable, so that neither TypeScript nor a bundler resolves the package before it is used.
const EXCELJS = 'exceljs';

/**
 * Loads exceljs.
 *
 * @throws CailiangError IO_ERROR when the package is not installed
 */
export async function loadExcelJs(options: XlsxOptions = {}): Promise<ExcelJsModule> {
  if (options.exceljs !== undefined) return options.exceljs;
  let loaded: { default?: ExcelJsModule } & Partial<ExcelJsModule>;
  try {
    loaded = (await import(/* @vite-ignore */ EXCELJS)) as typeof loaded;
  } catch (error) {
    throw new CailiangError(
      'IO_ERROR',
      [
        {
          code: 'missing_dependency',
          path: '',
          message: `reading and writing XLSX needs the package ${EXCELJS_PACKAGE}, which is not installed`,
        },
      ],
      { cause: error },
    );
  }
  const module = loaded.default?.Workbook !== undefined ? loaded.default : loaded;
  if (module.Workbook === undefined) {
    throw new CailiangError('IO_ERROR', [
      {
        code: 'missing_dependency',
        path: '',
        message: `the installed exceljs has no Workbook; expected ${EXCELJS_PACKAGE}`,
      },
    ]);
  }
  return module as ExcelJsModule;
}
