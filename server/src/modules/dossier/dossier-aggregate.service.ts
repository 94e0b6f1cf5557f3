import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireWrite } from '../../core/auth/policy.js';
import { lockVisibleTargets } from '../../core/auth/scope.js';
import { recordReason, runnerOf } from '../../core/changes/capture.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { DossierLine } from './dossier-line.entity.js';
import { Dossier } from './dossier.entity.js';
import type { AggregateDossiersInput } from './dossier.inputs.js';
import { newDossier } from './dossier.service.js';
import { isHolder } from './dossier.who.js';

const common = <T>(values: T[]): T | null => (values.every((v) => v === values[0]) ? (values[0] ?? null) : null);

/**
 * The receiving level bundles dossiers it has received into one dossier of its own (LPM: tổng hợp,
 * DTH): a new DRAFT at that level with every included line of the sources, in order, sent on to the
 * Board; the sources become MERGED and point to it. All or nothing: one unknown, unseen, not
 * received or differently routed source and nothing is written.
 */
export class DossierAggregateService {
  constructor(private readonly db: DataSource) {}

  aggregate(actor: Actor, input: AggregateDossiersInput): Promise<Dossier> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const sources = await lockVisibleTargets(em, actor, Dossier, input.ids, 'ids', 'Không tìm thấy hồ sơ với mã này.', problems);
      problems.throwIfAny();
      if (!sources.every((d) => isHolder(actor, d))) throw new ForbiddenError();
      sources.forEach((d, i) => {
        if (d.status !== 'RECEIVED') problems.add(['ids', String(i)], 'NOT_RECEIVED', `Hồ sơ ${d.code} chưa ở trạng thái đã tiếp nhận.`);
      });
      const first = sources[0]!;
      const route = (d: Dossier) => [d.year, d.currentLevel, d.blocId, d.receiverUnitId].join('|');
      if (sources.some((d) => route(d) !== route(first))) problems.add('ids', 'NOT_SAME_RECEIVER');
      problems.throwIfAny();

      const level = first.currentLevel;
      const agency = level === 'SUPERIOR_AGENCY' ? first.receiverUnitId : null;
      const merged = await em.save(
        await newDossier(em, {
          kind: input.kind ?? first.kind,
          year: first.year,
          title: input.title,
          originLevel: level,
          proposingUnitId: agency,
          blocId: level === 'BLOC' ? first.blocId : null,
          movementId: common(sources.map((d) => d.movementId)),
          covenantId: common(sources.map((d) => d.covenantId)),
          proposalNumber: input.proposalNumber,
          proposalDate: input.proposalDate,
          proposalSigner: input.proposalSigner,
          currentLevel: level,
          holderUnitId: agency,
        }),
      );
      await this.copyLines(em, sources, merged);
      await em.save(sources.map((source) => Object.assign(source, { status: 'MERGED', mergedIntoId: merged.id })));
      for (const source of sources) recordReason(runnerOf(em), Dossier.name, source.id, `Tổng hợp vào hồ sơ ${merged.code}.`);
      return merged;
    });
  }

  private async copyLines(em: EntityManager, sources: Dossier[], merged: Dossier): Promise<void> {
    const lines = await em
      .getRepository(DossierLine)
      .createQueryBuilder('l')
      .where('l.dossierId IN (:...ids) AND l.included', { ids: sources.map((d) => d.id) })
      .getMany();
    const order = new Map(sources.map((d, i) => [d.id, i]));
    lines.sort((a, b) => order.get(a.dossierId)! - order.get(b.dossierId)! || a.position - b.position);
    const copies = lines.map((l, i) =>
      em.create(DossierLine, {
        dossierId: merged.id,
        subjectKind: l.subjectKind,
        unitId: l.unitId,
        personId: l.personId,
        householdId: l.householdId,
        awardTypeId: l.awardTypeId,
        achievement: l.achievement,
        included: true,
        position: i + 1,
      }),
    );
    if (copies.length) await em.save(copies);
  }
}
