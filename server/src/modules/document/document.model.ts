import { fillPlaceholders, parseTemplate, runsOf, type TemplateCell, type TextStyle } from '@thidua/shared';

type Text = string | null | undefined;
/** What a record gives its document: the placeholders' values, the lists' items and the file's name. */
export interface DocumentData {
  values: Record<string, Text>;
  lists: Record<string, Record<string, Text>[]>;
  /** Without extension, Vietnamese (e.g. "Tờ trình HS-2026-000001"). */
  fileName: string;
}

/** Part of a paragraph; `*words*` of the template are bold (marked before filling, so a value's own asterisks stay text). */
export interface Run {
  text: string;
  bold: boolean;
}

export type Align = 'justify' | 'center' | 'right';
/** A template filled with one record's data: what both renderers draw. */
export type FilledBlock =
  | ({ type: 'paragraph'; align: Align; title: boolean; runs: Run[] } & TextStyle)
  | { type: 'row'; cells: TemplateCell[] }
  | { type: 'table'; headers: string[]; rows: string[][] }
  | { type: 'space' }
  | { type: 'pageBreak' };

/** Blocks of `source` filled with `data`: a table gets a numbered first column (STT); an empty list's table and its `?list` lines are left out. */
export function fillTemplate(source: string, data: DocumentData): FilledBlock[] {
  const has = (list: string | null) => list === null || (data.lists[list]?.length ?? 0) > 0;
  const out: FilledBlock[] = [];
  for (const block of parseTemplate(source)) {
    if (block.type === 'paragraph') {
      const { text, onlyIf, ...style } = block;
      if (has(onlyIf)) out.push({ ...style, runs: runsOf(text).map((run) => ({ ...run, text: fillPlaceholders(run.text, data.values) })) });
    } else if (block.type === 'row') {
      if (has(block.onlyIf)) out.push({ type: 'row', cells: block.cells.map((c) => ({ ...c, text: fillPlaceholders(c.text, data.values) })) });
    } else if (block.type === 'table') {
      const items = data.lists[block.list] ?? [];
      if (!items.length) continue;
      out.push({
        type: 'table',
        headers: ['STT', ...block.columns.map((c) => c.header)],
        rows: items.map((item, i) => [String(i + 1), ...block.columns.map((c) => fillPlaceholders(c.text, item))]),
      });
    } else out.push(block);
  }
  return out;
}

/** Widths of a row's cells, as shares of the line: two cells are 40/60 (issuer, national motto), more are even. */
export const cellShares = (count: number): number[] => (count === 2 ? [0.4, 0.6] : Array.from({ length: count }, () => 1 / count));

/** The plain text of a filled document (tests, and the template preview's check). */
export const textOf = (blocks: readonly FilledBlock[]) =>
  blocks
    .map((b) =>
      b.type === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.type === 'row'
          ? b.cells.map((c) => c.text).join(' ')
          : b.type === 'table'
            ? [b.headers, ...b.rows].flat().join(' ')
            : '',
    )
    .join('\n');
