import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { execute, GraphQLError, Kind, parse, validate, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { JOB_LIMITS } from '@thidua/shared';
import { AppError, Problems } from '../../core/errors.js';
import { buildContext, type ServerContext } from '../../core/context.js';
import type { JobHandler } from './job.runner.js';
import type { ExportColumnInput, ListExportInput } from './list-export.input.js';

/** The list's document, checked: one query whose one root field is a connection paged by `$first`/`$after`. */
export function checkListDocument(schema: GraphQLSchema, text: string, problems: Problems): { document: DocumentNode; field: string } | null {
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    problems.add('document', 'INVALID', `Truy vấn không đọc được: ${(error as GraphQLError).message}`);
    return null;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  if (operations.length !== 1 || operation!.operation !== 'query') {
    problems.add('document', 'INVALID', 'Chỉ xuất được một truy vấn đọc (query) của danh sách.');
    return null;
  }
  const errors = validate(schema, document);
  if (errors.length) {
    problems.add('document', 'INVALID', `Truy vấn không hợp lệ: ${errors[0]!.message}`);
    return null;
  }
  const roots = operation!.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename');
  const variables = new Set(operation!.variableDefinitions?.map((v) => v.variable.name.value));
  const root = roots[0];
  const selected = new Set(root?.selectionSet?.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')));
  if (roots.length !== 1 || !selected.has('nodes') || !selected.has('pageInfo') || !variables.has('first') || !variables.has('after')) {
    problems.add('document', 'INVALID', 'Truy vấn phải có đúng một danh sách (connection) với nodes, pageInfo và các biến $first, $after.');
    return null;
  }
  return { document, field: (root!.alias ?? root!.name).value };
}

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/** The values at a dot path; lists along the way are flattened. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (!path.length) return [value];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

function cellOf(node: Record<string, unknown>, column: ExportColumnInput): ExcelJS.CellValue {
  const values = valuesAt(node, column.path.split('.')).map((v) => {
    const label = column.labels?.[String(v)];
    return typeof label === 'string' ? label : v;
  });
  if (!values.length) return null;
  const [first] = values;
  if (values.length === 1) {
    switch (column.format) {
      case 'NUMBER':
        return typeof first === 'number' ? first : Number.isFinite(Number(first)) ? Number(first) : String(first);
      case 'DATE':
        return typeof first === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(first) ? new Date(`${first}T00:00:00Z`) : String(first);
      case 'DATETIME':
        return typeof first === 'string' && !Number.isNaN(Date.parse(first)) ? new Date(first) : String(first);
      case 'BOOLEAN':
        return first === true ? 'Có' : first === false ? 'Không' : String(first);
      default:
        return typeof first === 'object' ? JSON.stringify(first) : (first as string | number | boolean);
    }
  }
  return values.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
}

const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Danh sách';
const fileName = (title: string) =>
  `${
    title
      .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
      .trim()
      .slice(0, 120) || 'danh-sach'
  }.xlsx`;
const vnTime = (d: Date) => d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

/**
 * A list export: the page's own query run again as the job's actor, page after page (the same
 * scope, filters and order the officer sees), written row by row into a streamed xlsx.
 */
export function listExportHandler(schema: GraphQLSchema, server: ServerContext): JobHandler {
  return async ({ job, actor, progress }) => {
    const input = job.input as unknown as ListExportInput;
    const problems = new Problems();
    const checked = checkListDocument(schema, input.document, problems);
    problems.throwIfAny();
    const { document, field } = checked!;
    const chunks: Buffer[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    book.creator = 'thidua';
    const sheet = book.addWorksheet(sheetName(input.title), { views: [{ state: 'frozen', ySplit: 4 }] });
    const formats = input.columns.map((c) => (c.format === 'DATE' ? 'dd/mm/yyyy' : c.format === 'DATETIME' ? 'dd/mm/yyyy hh:mm' : undefined));
    sheet.columns = input.columns.map((c) => ({ key: c.path, width: Math.min(60, Math.max(12, c.header.length + 4)) }));
    const heading = sheet.addRow([input.title]);
    heading.font = { bold: true, size: 14 };
    heading.commit();
    sheet.addRow([input.description || '']).commit();
    sheet.addRow([`Xuất lúc ${vnTime(new Date())} bởi ${actor.name}`]).commit();
    const header = sheet.addRow(input.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    let after: string | null = null;
    let written = 0;
    let total: number | null = null;
    for (;;) {
      const context = buildContext(server, { requestId: `job-${job.id}`, actor, token: null, cookie: NO_COOKIE });
      const variableValues = { ...(input.variables ?? {}), first: JOB_LIMITS.exportPageSize, after, last: null, before: null };
      const result = await execute({ schema, document, variableValues, contextValue: context });
      if (result.errors?.length) {
        const [error] = result.errors;
        throw new AppError((error!.extensions.code as 'BAD_USER_INPUT') ?? 'BAD_USER_INPUT', error!.message);
      }
      const page = (result.data as Record<string, Page | null>)[field];
      if (!page) break;
      total = Math.min(page.totalCount ?? total ?? 0, JOB_LIMITS.exportRows) || null;
      for (const node of page.nodes) {
        if (written >= JOB_LIMITS.exportRows) break;
        const row = sheet.addRow(input.columns.map((c) => cellOf(node, c)));
        formats.forEach((numFmt, i) => {
          if (numFmt) row.getCell(i + 1).numFmt = numFmt;
        });
        row.commit();
        written += 1;
      }
      await progress(written, total, `Đã ghi ${written.toLocaleString('vi-VN')} dòng`);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || written >= JOB_LIMITS.exportRows) break;
      after = page.pageInfo.endCursor;
    }
    sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: input.columns.length } };
    await book.commit();
    await progress(written, written, `Đã ghi ${written.toLocaleString('vi-VN')} dòng`);
    const bytes = Buffer.concat(chunks);
    return {
      result: { name: fileName(input.title), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes },
      message: written >= JOB_LIMITS.exportRows ? `Chỉ xuất ${written} dòng đầu (giới hạn).` : `${written.toLocaleString('vi-VN')} dòng`,
    };
  };
}

/** A job has no browser: nothing reads or sets a session cookie while it runs. */
const NO_COOKIE = { read: () => undefined, set: () => undefined, clear: () => undefined };
