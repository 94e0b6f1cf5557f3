import { IsNull, Not, type EntityManager } from 'typeorm';
import { Commendation } from '../../modules/commendation/entities.js';
import { Decision } from '../../modules/decision/entities.js';
import { newDossier } from '../../modules/dossier/index.js';
import { Dossier, DossierLine } from '../../modules/dossier/entities.js';

export const RECORDED_AFTER =
  'Hồ sơ ghi lại theo quyết định đã ban hành: bài báo nêu quyết định, đơn vị và người được khen; không nêu tờ trình, ngày gửi hay ý kiến thẩm định.';

/**
 * The seeds' awards of `year` reached their decisions through dossiers the articles do not show:
 * one dossier per decision, recorded after the fact as AWARDED, from the bloc the awards came from
 * (else the Board), one line per commendation linked to it. Nothing the articles do not state is
 * invented: no proposal number, date or appraisal note beyond saying the line was awarded.
 */
export async function recordAwardDossiers(em: EntityManager, year: number): Promise<void> {
  const commendations = await em.find(Commendation, { where: { year, decisionId: Not(IsNull()) }, order: { createdAt: 'ASC', id: 'ASC' } });
  const byDecision = new Map<string, Commendation[]>();
  for (const c of commendations) byDecision.set(c.decisionId!, [...(byDecision.get(c.decisionId!) ?? []), c]);
  for (const [decisionId, awarded] of byDecision) {
    if (await em.existsBy(Dossier, { decisionId })) continue;
    const decision = await em.findOneByOrFail(Decision, { id: decisionId });
    const blocId = awarded.find((c) => c.blocId)?.blocId ?? null;
    const dossier = await newDossier(em, {
      kind: awarded[0]!.kind,
      year,
      title: decision.subject.replace(/^Về việc /, 'Đề nghị '),
      content: RECORDED_AFTER,
      originLevel: blocId ? 'BLOC' : 'BOARD',
      proposingUnitId: null,
      blocId,
      movementId: awarded.find((c) => c.movementId)?.movementId ?? null,
      covenantId: null,
      currentLevel: 'COUNCIL',
      holderUnitId: null,
    });
    const saved = await em.save(Object.assign(dossier, { status: 'AWARDED', decisionId }));
    await em.save(
      awarded.map((c, i) =>
        em.create(DossierLine, {
          dossierId: saved.id,
          subjectKind: c.subjectKind,
          unitId: c.unitId,
          personId: c.personId,
          householdId: c.householdId,
          awardTypeId: c.awardTypeId,
          achievement: c.achievement,
          position: i + 1,
          included: true,
          appraisalResult: 'ELIGIBLE',
          appraisalNote: 'Đã được khen thưởng theo quyết định.',
          commendationId: c.id,
        }),
      ),
    );
  }
}
