import type { DataSource } from 'typeorm';
import type { StatisticsForm } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { BadInputError, NotFoundError } from '../../core/errors.js';
import { decodeIdOf } from '../../core/graphql/global-id.js';
import { FORMS, type FormSpec } from './statistics-forms.js';
import type { StatisticsReport } from './statistics-report.types.js';
import { sourceOf, type ReportScope, type Sql } from './statistics-sources.js';
import { decisionTimes } from './decision-times.js';

const caseArray = (items: { code: string | null; when?: string }[]) =>
  `ARRAY[${items.map((item) => (item.when ? `CASE WHEN ${item.when} THEN '${item.code}' END` : `'${item.code}'`)).join(', ')}]::text[]`;

/**
 * Forms 0601–0605 for a year and scope, each in at most two SQL statements whatever the amount of data:
 * the source rows (statistics-sources.ts) crossed with the codes of the rows and columns whose
 * conditions they meet, summed per (row, column); and what could not be placed, for the notes.
 * Commendations are counted as the caller may see them (the same row scope as their list).
 */
export class StatisticsReportService {
  constructor(private readonly db: DataSource) {}

  async report(actor: Actor, form: StatisticsForm, year: number, scope: { unitId?: string | null; blocId?: string | null } | null): Promise<StatisticsReport> {
    requireRead(actor);
    const spec = FORMS[form];
    const resolved = this.resolveScope(scope);
    const scopeLabel = await this.scopeLabel(resolved);
    const { base, notes } = sourceOf(spec, actor, year, resolved);
    const counted = await this.run<{ row_code: string; col_code: string; n: number }>(this.tableSql(spec, base));
    const [unplaced] = notes ? await this.run<Record<string, number>>(notes) : [];
    const cell = new Map(counted.map((c) => [`${c.row_code}|${c.col_code}`, Number(c.n)]));
    const columns = spec.groups.flatMap((g) => g.columns);
    return {
      form,
      code: spec.code,
      title: spec.title,
      unitLabel: spec.unit,
      year,
      scopeLabel,
      columnGroups: spec.groups.map((g) => ({ label: g.label, columns: g.columns.map(({ code, label }) => ({ code, label })) })),
      rows: spec.rows.map((r) => ({
        code: r.code,
        label: r.label,
        level: r.level,
        cells: r.code ? columns.map((c) => cell.get(`${r.code}|${c.code}`) ?? 0) : [],
      })),
      notes: notesOf(spec, unplaced),
    };
  }

  /** Days from sending to decision, per decision year (decision-times.ts). */
  decisionTimes(actor: Actor) {
    return decisionTimes(this.db, actor);
  }

  private tableSql(spec: FormSpec, base: Sql): Sql {
    const columns = spec.groups.flatMap((g) => g.columns);
    return {
      sql: `SELECT r.code AS row_code, k.code AS col_code, SUM(k.v)::int AS n
        FROM (${base.sql}) s
        CROSS JOIN LATERAL unnest(${caseArray(spec.rows.filter((r) => r.code))}) r(code)
        CROSS JOIN LATERAL unnest(${caseArray(columns)}, ARRAY[${columns.map((c) => c.value ?? 's.w').join(', ')}]::int[]) k(code, v)
        WHERE r.code IS NOT NULL AND k.code IS NOT NULL
        GROUP BY 1, 2`,
      params: base.params,
    };
  }

  private run<T>({ sql, params }: Sql): Promise<T[]> {
    const [query, values] = this.db.driver.escapeQueryWithParameters(sql, params);
    return this.db.query(query, values);
  }

  private resolveScope(scope: { unitId?: string | null; blocId?: string | null } | null): ReportScope {
    if (scope?.unitId && scope.blocId) throw new BadInputError('Chọn phạm vi là một đơn vị hoặc một khối, không chọn cả hai.');
    const decode = (type: string, id: string) => {
      const row = decodeIdOf(type, id);
      if (!row) throw new BadInputError(`Mã "${id}" không phải mã ${type} hợp lệ.`, { idType: type });
      return row;
    };
    return { unitId: scope?.unitId ? decode('Unit', scope.unitId) : null, blocId: scope?.blocId ? decode('Bloc', scope.blocId) : null };
  }

  private async scopeLabel(scope: ReportScope): Promise<string> {
    if (!scope.unitId && !scope.blocId) return 'Toàn bộ đơn vị trong hệ thống';
    const [row] = scope.unitId
      ? await this.db.query(`SELECT name FROM unit WHERE id = $1`, [scope.unitId])
      : await this.db.query(`SELECT name FROM bloc WHERE id = $1`, [scope.blocId]);
    if (!row) throw new NotFoundError(scope.unitId ? 'Unit' : 'Bloc');
    return scope.unitId ? `${row.name} và các đơn vị trực thuộc` : `Thành viên ${row.name}`;
  }
}

function notesOf(spec: FormSpec, unplaced: Record<string, number> | undefined): string[] {
  if (!unplaced) return [];
  const notes: string[] = [];
  if (spec.source === 'commendations' && unplaced.n)
    notes.push(
      `${unplaced.n} số liệu khen thưởng tổng hợp (${unplaced.collectives} tập thể, ${unplaced.individuals} cá nhân) không tính vào biểu: nguồn nêu chung các hình thức thuộc nhiều cấp khen, hoặc không nêu hình thức.`,
    );
  if (spec.source === 'commendations')
    notes.push(
      'Số liệu tổng hợp (không nêu tên) chỉ tính vào cột hình thức khi nguồn nêu đúng một hình thức, và không tính vào các dòng loại hình khen thưởng.',
    );
  if (spec.source === 'movements' && unplaced.n) notes.push(`${unplaced.n} phong trào chưa ghi năm bắt đầu hoặc ngày phát động: không tính vào biểu.`);
  if (spec.source === 'movements')
    notes.push('Phong trào được tính trong năm khi giai đoạn của phong trào bao gồm năm báo cáo; chưa ghi năm kết thúc là còn đang diễn ra.');
  if (spec.source === 'organizations')
    notes.push(
      'Tổ chức không ghi thời gian thành lập: biểu tính các tổ chức hiện có trong danh mục; công chức tính khi đã bắt đầu làm công tác TĐKT trong năm báo cáo.',
    );
  if (spec.source === 'officers') {
    const missing = [
      [unplaced.noGender, 'giới tính'],
      [unplaced.noBirth, 'năm sinh'],
      [unplaced.noTraining, 'trình độ đào tạo'],
      [unplaced.noStart, 'năm bắt đầu làm công tác TĐKT'],
    ].filter(([n]) => Number(n) > 0);
    for (const [n, what] of missing) notes.push(`${n} công chức chưa ghi ${what}: tính vào tổng số, không tính vào các dòng theo ${what}.`);
  }
  return notes;
}
