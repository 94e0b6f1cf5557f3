import type { DataSource } from 'typeorm';
import { certificateLayoutProblems } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead, requireWrite } from '../../core/auth/policy.js';
import { findVisibleByGlobalId } from '../../core/auth/scope.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { NotFoundError, Problems } from '../../core/errors.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import { Commendation } from '../commendation/entities.js';
import { Decision } from '../decision/entities.js';
import { CertificateLayout } from './certificate-layout.entity.js';
import { certificateSheets, shapeOf } from './certificate.data.js';
import type { CertificateLayoutInfo } from './certificate-info.types.js';
import type { SaveCertificateLayoutInput } from './document.inputs.js';
import { DocumentError } from './document.errors.js';
import type { RenderedDocument } from './document.service.js';
import { renderCertificates } from './render-certificate.js';

/** Certificates on pre-printed blanks: each award type's layout (the Board's), and the PDF of one commendation or of a decision's. */
export class CertificateService {
  constructor(private readonly db: DataSource) {}

  async layoutOf(awardType: AwardType): Promise<CertificateLayoutInfo> {
    const layout = await this.db.getRepository(CertificateLayout).findOneBy({ awardTypeId: awardType.id });
    return { ...shapeOf(layout), layout };
  }

  save(actor: Actor, input: SaveCertificateLayoutInput): Promise<CertificateLayout> {
    requireWrite(actor);
    const board = () => requirePermission(actor, 'write:domain');
    board();
    return write(this.db, async (em) => {
      const awardType = await findVisibleByGlobalId(em, actor, AwardType, input.awardTypeId);
      const problems = new Problems();
      const shape = { pageWidth: input.pageWidth, pageHeight: input.pageHeight, fields: input.fields.map((f) => ({ ...f })) };
      for (const message of certificateLayoutProblems(shape)) problems.add('fields', 'LAYOUT_INVALID', message);
      problems.throwIfAny();
      const existing = await em.getRepository(CertificateLayout).findOneBy({ awardTypeId: awardType.id });
      if (!existing) return em.save(em.create(CertificateLayout, { awardTypeId: awardType.id, ...shape }));
      const update = { id: existing.globalId, expectedVersion: input.expectedVersion, ...shape };
      const layout = await loadForUpdate(em, CertificateLayout, update, problems, { authorize: board });
      if (update.pageWidth !== undefined) layout.pageWidth = update.pageWidth;
      if (update.pageHeight !== undefined) layout.pageHeight = update.pageHeight;
      if (update.fields !== undefined) layout.fields = update.fields;
      return em.save(layout);
    });
  }

  /** `recordId`: a commendation (its certificate) or a decision (one page per commendation the actor sees). */
  async render(actor: Actor, recordId: string, origin: string): Promise<RenderedDocument> {
    requireRead(actor);
    const em = this.db.manager;
    const type = fromGlobalId(recordId)?.type;
    let sheets;
    let name;
    if (type === 'Commendation') {
      const commendation = await findVisibleByGlobalId(em, actor, Commendation, recordId);
      sheets = await certificateSheets(em, actor, 'id', commendation.id, origin);
      name = `Bằng khen ${sheets[0]?.texts.RECIPIENT ?? ''}`.trim();
    } else if (type === 'Decision') {
      const decision = await findVisibleByGlobalId(em, actor, Decision, recordId);
      sheets = await certificateSheets(em, actor, 'decision', decision.id, origin);
      if (!sheets.length) throw new DocumentError(409, 'Quyết định này chưa có khen thưởng nào để in.');
      name = `Bằng khen theo Quyết định ${decision.number ?? ''}`.trim();
    } else throw new NotFoundError('Commendation');
    return { fileName: `${name}.pdf`, contentType: 'application/pdf', bytes: await renderCertificates(sheets, name) };
  }
}
