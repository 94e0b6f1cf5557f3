import { In, type EntityManager } from 'typeorm';
import { DEFAULT_CERTIFICATE_LAYOUT, publicAwardPath, type CertificateField, type CertificateLayoutShape } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { scoped } from '../../core/auth/scope.js';
import { Commendation } from '../commendation/entities.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { CertificateLayout } from './certificate-layout.entity.js';
import { longDate, placeOf, SUBJECT_JOINS, SUBJECT_NAME } from './kinds/subjects.js';

export interface CertificateSheet {
  layout: CertificateLayoutShape;
  /** Each field's text; the QR code's is the absolute URL of the public record. */
  texts: Record<CertificateField, string>;
}

interface Row {
  id: string;
  award_type_id: string;
  kind: string;
  name: string;
  gender: string | null;
  position: string | null;
  unit: string | null;
  achievement: string;
  number: string | null;
  issued_on: string | null;
  issuer: string | null;
  signer: string | null;
  signer_title: string | null;
  register_no: number;
}

/** Commendations (as the actor may see them) with their subject, decision and their number in the decision's list. */
async function rowsOf(em: EntityManager, actor: Actor, by: 'id' | 'decision', id: string): Promise<Row[]> {
  const visible = em
    .getRepository(Commendation)
    .createQueryBuilder('c')
    .select('c.id', 'id')
    .where(by === 'id' ? 'c.id = :id' : 'c.decisionId = :id', { id });
  const ids = (await scoped(visible, actor, 'Commendation').getRawMany<{ id: string }>()).map((r) => r.id);
  if (!ids.length) return [];
  // The register number counts every commendation of the decision, seen or not.
  return em.query(
    `SELECT * FROM (
       SELECT x.id, x.award_type_id, x.subject_kind AS kind, ${SUBJECT_NAME} AS name, p.gender, aff.position,
              CASE WHEN x.person_id IS NOT NULL THEN au.name WHEN x.unit_id IS NOT NULL THEN pu.name ELSE h.address END AS unit,
              x.achievement, d.number, to_char(d.issued_on, 'YYYY-MM-DD') AS issued_on, d.issuer, d.signer, d.signer_title,
              ROW_NUMBER() OVER (PARTITION BY x.decision_id ORDER BY ${SUBJECT_NAME} COLLATE "vi-VN-x-icu", x.id)::int AS register_no,
              x.decision_id
         FROM commendation x LEFT JOIN decision d ON d.id = x.decision_id ${SUBJECT_JOINS}
        WHERE x.decision_id IS NOT DISTINCT FROM (SELECT decision_id FROM commendation WHERE id = $1::uuid) OR x.id = ANY($2::uuid[])
     ) c WHERE c.id = ANY($2::uuid[]) ORDER BY c.register_no`,
    [ids[0], ids],
  );
}

const SALUTATION: Record<string, string> = { COLLECTIVE: 'Tập thể', HOUSEHOLD: 'Hộ gia đình' };

function sheetOf(row: Row, layout: CertificateLayoutShape, origin: string): CertificateSheet {
  const salutation = SALUTATION[row.kind] ?? (row.gender === 'FEMALE' ? 'Bà' : row.gender === 'MALE' ? 'Ông' : 'Ông/Bà');
  const decision = row.number ? `Quyết định số ${row.number}, ${longDate(row.issued_on)}` : `Quyết định ${longDate(row.issued_on)}`;
  return {
    layout,
    texts: {
      SALUTATION: salutation,
      RECIPIENT: row.name,
      POSITION_UNIT: [row.position, row.unit].filter(Boolean).join(', '),
      ACHIEVEMENT: row.achievement,
      PLACE_DATE: `${placeOf(row.issuer) ?? '……'}, ${longDate(row.issued_on)}`,
      SIGNER_TITLE: row.signer_title ?? '',
      SIGNER_NAME: row.signer ?? '',
      DECISION_LINE: `${decision}. Số vào sổ: ${row.register_no}`,
      QR_CODE: origin + publicAwardPath(toGlobalId('Commendation', row.id)),
    },
  };
}

/** The shape of an award type's layout: the Board's record, else the default. */
export const shapeOf = (saved: CertificateLayout | null | undefined): CertificateLayoutShape =>
  saved ? { pageWidth: saved.pageWidth, pageHeight: saved.pageHeight, fields: saved.fields } : DEFAULT_CERTIFICATE_LAYOUT;

/** The layouts of these award types: the Board's, else the default. */
async function layoutsOf(em: EntityManager, awardTypeIds: readonly string[]): Promise<Map<string, CertificateLayoutShape>> {
  const saved = awardTypeIds.length ? await em.getRepository(CertificateLayout).findBy({ awardTypeId: In([...awardTypeIds]) }) : [];
  const byType = new Map(saved.map((l) => [l.awardTypeId, l]));
  return new Map(awardTypeIds.map((id) => [id, shapeOf(byType.get(id))]));
}

/** One sheet per commendation: of one commendation (`by: 'id'`) or of every commendation of a decision the actor sees. */
export async function certificateSheets(em: EntityManager, actor: Actor, by: 'id' | 'decision', rowId: string, origin: string): Promise<CertificateSheet[]> {
  const rows = await rowsOf(em, actor, by, rowId);
  const layouts = await layoutsOf(em, [...new Set(rows.map((r) => r.award_type_id))]);
  return rows.map((row) => sheetOf(row, layouts.get(row.award_type_id)!, origin));
}
