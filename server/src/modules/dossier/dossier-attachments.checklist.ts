import { DossierAttachmentKind } from '@thidua/shared';
import type { Queryable } from '../../core/workflow/definition.js';

/**
 * Which attachments each award needs (WORKFLOW.md §2, documents by award), by award-type code or
 * code prefix; the first rule that matches wins. Marks as in WORKFLOW.md: [V] verified against an
 * official source, [R] reported by a secondary source, [M] our modelling choice.
 */
interface Rule {
  /** An award-type code, or a prefix ending in `_`. */
  match: string;
  kinds: readonly DossierAttachmentKind[];
  mark: 'V' | 'R' | 'M';
}

export const ATTACHMENT_RULES: readonly Rule[] = [
  // National and provincial Emulation Fighters: proposal, certified report, council minutes with the secret ballot, the initiative's confirmation [V qdnd.vn, Decree 91 Art. 49].
  { match: 'CHIEN_SI_THI_DUA_', kinds: ['TOTRINH', 'BAOCAO', 'BIENBAN', 'SANGKIEN'], mark: 'V' },
  // Flags: proposal, the proposing council's minutes, achievement report [R tuvangiayphep.com]; the bloc's minutes (§1).
  { match: 'CO_THI_DUA_', kinds: ['TOTRINH', 'BAOCAO', 'BIENBAN'], mark: 'R' },
  // Giấy khen: proposal with list, achievement report, review minutes [V Quảng Ninh, Hải Dương procedure pages].
  { match: 'GIAY_KHEN', kinds: ['TOTRINH', 'BAOCAO', 'BIENBAN'], mark: 'V' },
  // Bằng khen: proposal with list, summary report [V Hải Dương procedure page, provincial; others M].
  { match: 'BANG_KHEN_', kinds: ['TOTRINH', 'BAOCAO'], mark: 'V' },
  // Orders and collective titles: as a flag [M].
  { match: 'HUAN_CHUONG_', kinds: ['TOTRINH', 'BAOCAO', 'BIENBAN'], mark: 'M' },
  { match: 'TAP_THE_', kinds: ['TOTRINH', 'BAOCAO', 'BIENBAN'], mark: 'M' },
];

/** Every other award: the proposal letter [M]. */
export const DEFAULT_ATTACHMENTS: readonly DossierAttachmentKind[] = ['TOTRINH'];

export function requiredAttachments(awardCode: string): readonly DossierAttachmentKind[] {
  const rule = ATTACHMENT_RULES.find((r) => (r.match.endsWith('_') ? awardCode.startsWith(r.match) : awardCode === r.match));
  return rule?.kinds ?? DEFAULT_ATTACHMENTS;
}

export interface ChecklistAward {
  id: string;
  code: string;
}

export interface ChecklistEntry {
  kind: DossierAttachmentKind;
  /** The award types (of the included lines) that need this kind, in the lines' order. */
  requiredBy: ChecklistAward[];
  present: number;
  missing: boolean;
}

/**
 * A dossier's checklist: each kind its included lines' awards need (the proposal letter always),
 * in the vocabulary's order, with how many files of that kind it holds.
 */
export function dossierChecklist(awards: readonly ChecklistAward[], counts: ReadonlyMap<string, number>): ChecklistEntry[] {
  const by = new Map<DossierAttachmentKind, ChecklistAward[]>([['TOTRINH', []]]);
  for (const award of awards) {
    for (const kind of requiredAttachments(award.code)) {
      const list = by.get(kind) ?? [];
      if (!list.some((a) => a.id === award.id)) list.push(award);
      by.set(kind, list);
    }
  }
  return DossierAttachmentKind.values
    .filter((kind) => by.has(kind))
    .map((kind) => {
      const present = counts.get(kind) ?? 0;
      return { kind, requiredBy: by.get(kind)!, present, missing: present === 0 };
    });
}

/** The Vietnamese refusal naming what is missing. */
export const missingMessage = (kinds: readonly DossierAttachmentKind[]) =>
  `Hồ sơ còn thiếu tài liệu đính kèm bắt buộc: ${kinds.map((k) => DossierAttachmentKind.labels[k].vi.toLowerCase()).join(', ')}.`;

/** Included lines' award types and the dossier's file counts per kind, for many dossiers in two statements. */
export async function checklistFacts(db: Queryable, ids: readonly string[]): Promise<Map<string, ChecklistEntry[]>> {
  const awards = (await db.query(
    `SELECT l.dossier_id, a.id, a.code FROM dossier_line l JOIN award_type a ON a.id = l.award_type_id
      WHERE l.dossier_id = ANY($1::uuid[]) AND l.included ORDER BY l.dossier_id, l.position, l.id`,
    [[...ids]],
  )) as { dossier_id: string; id: string; code: string }[];
  const files = (await db.query(
    `SELECT f.dossier_id, f.purpose, COUNT(*)::int AS n FROM stored_file f WHERE f.dossier_id = ANY($1::uuid[]) GROUP BY f.dossier_id, f.purpose`,
    [[...ids]],
  )) as { dossier_id: string; purpose: string; n: number }[];
  return new Map(
    ids.map((id) => [
      id,
      dossierChecklist(
        awards.filter((a) => a.dossier_id === id),
        new Map(files.filter((f) => f.dossier_id === id).map((f) => [f.purpose, f.n])),
      ),
    ]),
  );
}
