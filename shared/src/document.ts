/**
 * Documents generated from templates (WORKFLOW.md §4): the kinds, the placeholders each kind
 * fills, and the template language. One template text drives both the DOCX and the PDF: it is
 * parsed into blocks here (the web app checks a template as it is typed, the server before saving
 * and rendering), filled with a record's values and drawn by each renderer.
 *
 * The language, one block per line:
 *   `# text`      title: centred, bold, larger
 *   `^ text`      centred          `> text`  right-aligned
 *   `left || right`  a row of cells side by side (headers, signatures); each cell centred, or left-aligned after `<`
 *   `*text*` bold, `_text_` italic (a whole line or cell); `*text*` inside a paragraph: those words bold
 *   `[[list | Header: {field} | Header: {field}]]`  a numbered table, one row per item of `list`
 *   `?list line`  the line only when `list` has items (a section heading of an optional list)
 *   `---`         a new page; an empty line: vertical space; any other line: a justified paragraph
 *   `{name}`      a placeholder of the document kind (inside a table: a field of the list's items)
 */
import type { Label } from './enums.js';

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { values: Object.keys(labels) as K[], labels };
}

export const DocumentKind = vocabulary({
  PROPOSAL_LETTER: { vi: 'Tờ trình đề nghị khen thưởng (Mẫu 01)', en: 'Proposal letter (Form 01)' },
  ACHIEVEMENT_REPORT: { vi: 'Báo cáo thành tích của tập thể', en: "A collective's achievement report" },
  BALLOT_MINUTES: { vi: 'Biên bản bình xét, bỏ phiếu của khối', en: "The bloc's vote minutes" },
  COUNCIL_MINUTES: { vi: 'Biên bản họp Hội đồng Thi đua – Khen thưởng', en: 'Council minutes' },
  DECISION: { vi: 'Dự thảo quyết định khen thưởng và danh sách kèm theo', en: 'Draft decision with its annex list' },
});
export type DocumentKind = (typeof DocumentKind.values)[number];

/** The path segment of each kind in `/documents/<segment>/<record id>.<docx|pdf>`. */
export const DOCUMENT_PATHS: Record<DocumentKind, string> = {
  PROPOSAL_LETTER: 'to-trinh',
  ACHIEVEMENT_REPORT: 'bao-cao-thanh-tich',
  BALLOT_MINUTES: 'bien-ban-khoi',
  COUNCIL_MINUTES: 'bien-ban-hoi-dong',
  DECISION: 'quyet-dinh',
};
/** Certificates on pre-printed blanks: `/documents/bang-khen/<commendation or decision id>.pdf`. */
export const CERTIFICATE_PATH = 'bang-khen';
export const certificatePath = (recordId: string) => `/documents/${CERTIFICATE_PATH}/${encodeURIComponent(recordId)}.pdf`;
export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const documentPath = (kind: DocumentKind, recordId: string, format: DocumentFormat) =>
  `/documents/${DOCUMENT_PATHS[kind]}/${encodeURIComponent(recordId)}.${format}`;

export const DOCUMENT_TEMPLATE_MAX_LENGTH = 20_000;

type Fields = Record<string, string>;
export interface DocumentPlaceholders {
  /** Placeholders of the document, each with what it holds (Vietnamese). */
  values: Fields;
  /** Lists a table may be bound to, each with its items' fields. */
  lists: Record<string, { label: string; fields: Fields }>;
}

const DATE_FIELDS: Fields = {
  place: 'Địa danh (nơi ban hành)',
  date: 'Ngày ban hành, dạng "ngày 05 tháng 12 năm 2026"',
  year: 'Năm thành tích',
};
const subjects = (label: string, extra: Fields = {}) => ({
  label,
  fields: {
    name: 'Tên (họ và tên, tên tập thể, tên hộ)',
    position: 'Chức vụ (cá nhân)',
    unit: 'Cơ quan, đơn vị (của cá nhân; cấp trên của tập thể)',
    award: 'Hình thức khen thưởng',
    achievement: 'Thành tích',
    ...extra,
  },
});
const SUBJECT_LISTS = {
  individuals: subjects('Cá nhân'),
  collectives: subjects('Tập thể'),
  households: subjects('Hộ gia đình', { address: 'Địa chỉ' }),
};
const SUBJECT_COUNTS: Fields = {
  individualCount: 'Số cá nhân',
  collectiveCount: 'Số tập thể',
  householdCount: 'Số hộ gia đình',
  total: 'Tổng số đối tượng',
};

export const DOCUMENT_PLACEHOLDERS: Record<DocumentKind, DocumentPlaceholders> = {
  PROPOSAL_LETTER: {
    values: {
      ...DATE_FIELDS,
      ...SUBJECT_COUNTS,
      proposingUnit: 'Đơn vị trình',
      proposingUnitUpper: 'Đơn vị trình, chữ in hoa',
      receiver: 'Nơi nhận tờ trình',
      number: 'Số tờ trình',
      title: 'Trích yếu hồ sơ',
      content: 'Nội dung hồ sơ',
      code: 'Mã hồ sơ',
      signer: 'Người ký tờ trình',
      awards: 'Các hình thức khen thưởng đề nghị',
    },
    lists: SUBJECT_LISTS,
  },
  ACHIEVEMENT_REPORT: {
    values: {
      ...DATE_FIELDS,
      unitName: 'Tên tập thể',
      unitNameUpper: 'Tên tập thể, chữ in hoa',
      parentUnit: 'Cơ quan cấp trên',
      parentUnitUpper: 'Cơ quan cấp trên, chữ in hoa',
      award: 'Hình thức khen thưởng đề nghị',
      achievement: 'Tóm tắt thành tích',
      code: 'Mã hồ sơ',
    },
    lists: {},
  },
  BALLOT_MINUTES: {
    values: {
      blocName: 'Tên khối',
      blocNameUpper: 'Tên khối, chữ in hoa',
      year: 'Năm giao ước',
      title: 'Tiêu đề phiên bỏ phiếu',
      covenantTitle: 'Giao ước',
      date: 'Ngày họp',
      venue: 'Địa điểm',
      chair: 'Chủ trì',
      secretary: 'Thư ký',
      boardGuest: 'Đại diện Ban Thi đua – Khen thưởng',
      method: 'Hình thức bỏ phiếu (kín / công khai)',
      voters: 'Số phiếu phát ra',
      voted: 'Số phiếu thu về',
      turnoutPercent: 'Tỷ lệ bỏ phiếu, %',
      thresholdPercent: 'Ngưỡng đạt, %',
      quorumPercent: 'Tỷ lệ bỏ phiếu tối thiểu, %',
      result: 'Kết luận',
    },
    lists: {
      attendance: { label: 'Đơn vị được bỏ phiếu', fields: { name: 'Đơn vị', voted: 'Đã bỏ phiếu hay chưa', paper: 'Phiếu giấy' } },
      candidates: { label: 'Kết quả từng ứng viên', fields: { name: 'Đơn vị', votes: 'Số phiếu đồng ý', percent: 'Tỷ lệ, %', passed: 'Đạt / Không đạt' } },
      scores: { label: 'Bảng điểm', fields: { rank: 'Hạng', name: 'Đơn vị', total: 'Tổng điểm', percent: 'Tỷ lệ, %' } },
    },
  },
  COUNCIL_MINUTES: {
    values: {
      title: 'Tiêu đề phiên họp',
      year: 'Năm xét khen thưởng',
      date: 'Ngày họp',
      venue: 'Địa điểm',
      method: 'Hình thức biểu quyết (kín / công khai)',
      memberCount: 'Tổng số thành viên',
      present: 'Số thành viên có mặt',
      quorumPercent: 'Tỷ lệ có mặt tối thiểu, %',
      thresholdPercent: 'Tỷ lệ đồng ý cần đạt, %',
      thresholdBase: 'Cơ sở tính tỷ lệ',
      chair: 'Chủ tịch Hội đồng',
      secretary: 'Thư ký',
      conclusion: 'Kết luận',
    },
    lists: {
      members: { label: 'Thành viên', fields: { name: 'Họ tên', position: 'Chức vụ', role: 'Vai trò', presence: 'Có mặt / Vắng' } },
      lines: {
        label: 'Đối tượng biểu quyết',
        fields: { code: 'Mã hồ sơ', name: 'Đối tượng', award: 'Hình thức', agree: 'Đồng ý', disagree: 'Không đồng ý', percent: 'Tỷ lệ, %', result: 'Kết quả' },
      },
    },
  },
  DECISION: {
    values: {
      ...DATE_FIELDS,
      ...SUBJECT_COUNTS,
      issuer: 'Cơ quan ban hành',
      issuerUpper: 'Cơ quan ban hành, chữ in hoa',
      number: 'Số quyết định (để trống trên dự thảo)',
      subject: 'Trích yếu',
      signer: 'Người ký',
      signerTitle: 'Chức vụ người ký',
      signerTitleUpper: 'Chức vụ người ký, chữ in hoa',
      proposingUnit: 'Đơn vị trình',
      proposalNumber: 'Số tờ trình',
      proposalDate: 'Ngày tờ trình',
      awards: 'Các hình thức khen thưởng',
    },
    lists: SUBJECT_LISTS,
  },
};

export interface TextStyle {
  bold: boolean;
  italic: boolean;
}
export type TemplateCell = { text: string; align: 'center' | 'left' } & TextStyle;
export type TemplateBlock =
  | ({ type: 'paragraph'; align: 'justify' | 'center' | 'right'; title: boolean; text: string; onlyIf: string | null } & TextStyle)
  | { type: 'row'; cells: TemplateCell[]; onlyIf: string | null }
  | { type: 'table'; list: string; columns: { header: string; text: string }[] }
  | { type: 'space' }
  | { type: 'pageBreak' };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const TABLE = /^\[\[\s*([A-Za-z][A-Za-z0-9]*)\s*((?:\|[^|]*)+)\]\]$/;

function styled(raw: string): { text: string } & TextStyle {
  let text = raw.trim();
  let bold = false;
  let italic = false;
  for (;;) {
    if (text.length > 2 && text.startsWith('*') && text.endsWith('*')) bold = true;
    else if (text.length > 2 && text.startsWith('_') && text.endsWith('_')) italic = true;
    else break;
    text = text.slice(1, -1).trim();
  }
  return { text, bold, italic };
}

/** A template's blocks; pure (no placeholders checked: see `templateProblems`). */
export function parseTemplate(source: string): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    let line = rawLine.trim();
    if (!line) {
      blocks.push({ type: 'space' });
      continue;
    }
    if (/^-{3,}$/.test(line)) {
      blocks.push({ type: 'pageBreak' });
      continue;
    }
    const table = TABLE.exec(line);
    if (table) {
      const columns = table[2]!
        .split('|')
        .slice(1)
        .map((spec) => {
          const colon = spec.indexOf(':');
          return colon < 0 ? { header: spec.trim(), text: spec.trim() } : { header: spec.slice(0, colon).trim(), text: spec.slice(colon + 1).trim() };
        });
      blocks.push({ type: 'table', list: table[1]!, columns });
      continue;
    }
    let onlyIf: string | null = null;
    const conditional = /^\?([A-Za-z][A-Za-z0-9]*)\s+(.*)$/.exec(line);
    if (conditional) {
      onlyIf = conditional[1]!;
      line = conditional[2]!.trim();
    }
    if (line.includes('||')) {
      const cells = line.split('||').map((raw): TemplateCell => {
        const left = /^\s*</.test(raw);
        return { ...styled(left ? raw.replace(/^\s*</, '') : raw), align: left ? 'left' : 'center' };
      });
      blocks.push({ type: 'row', cells, onlyIf });
      continue;
    }
    const prefix = /^(#|\^|>)\s*/.exec(line);
    const { text, bold, italic } = styled(prefix ? line.slice(prefix[0].length) : line);
    const mark = prefix?.[1];
    blocks.push({
      type: 'paragraph',
      align: mark === '>' ? 'right' : mark ? 'center' : 'justify',
      title: mark === '#',
      bold: bold || mark === '#',
      italic,
      text,
      onlyIf,
    });
  }
  while (blocks.at(-1)?.type === 'space') blocks.pop();
  return blocks;
}

const placeholdersIn = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** Vietnamese problems of a template for its kind: unknown placeholders and lists, named; none when it is usable. */
export function templateProblems(kind: DocumentKind, source: string): string[] {
  const known = DOCUMENT_PLACEHOLDERS[kind];
  if (!source.trim()) return ['Mẫu văn bản không được để trống.'];
  if (source.length > DOCUMENT_TEMPLATE_MAX_LENGTH) return [`Mẫu văn bản dài quá ${DOCUMENT_TEMPLATE_MAX_LENGTH} ký tự.`];
  const unknown = new Set<string>();
  const unknownLists = new Set<string>();
  for (const block of parseTemplate(source)) {
    if (block.type === 'table') {
      const list = known.lists[block.list];
      if (!list) unknownLists.add(block.list);
      for (const column of block.columns)
        for (const name of placeholdersIn(column.text)) if (list && !(name in list.fields)) unknown.add(`${block.list}.${name}`);
      continue;
    }
    const texts = block.type === 'paragraph' ? [block.text] : block.type === 'row' ? block.cells.map((c) => c.text) : [];
    for (const text of texts) for (const name of placeholdersIn(text)) if (!(name in known.values)) unknown.add(name);
    if ((block.type === 'paragraph' || block.type === 'row') && block.onlyIf && !known.lists[block.onlyIf]) unknownLists.add(block.onlyIf);
  }
  const problems: string[] = [];
  const label = DocumentKind.labels[kind].vi;
  if (unknown.size) problems.push(`Trường không có trong "${label}": ${[...unknown].map((n) => `{${n}}`).join(', ')}.`);
  if (unknownLists.size) problems.push(`Danh sách không có trong "${label}": ${[...unknownLists].join(', ')}.`);
  return problems;
}

/** A paragraph's runs: `*words*` inside it are bold. */
export function runsOf(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/(\*[^*\n]+\*)/)
    .filter((part) => part !== '')
    .map((part) => (/^\*[^*]+\*$/.test(part) ? { text: part.slice(1, -1), bold: true } : { text: part, bold: false }));
}

/** `text` with each `{name}` replaced by its value (a missing value leaves dots to fill in by hand). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => {
    const value = values[name];
    return value === null || value === undefined || value === '' ? '……' : value;
  });
}
