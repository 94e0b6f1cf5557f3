import type { EntityManager } from 'typeorm';
import { generateNKeysBetween } from 'fractional-indexing';
import type { AwardLevel, CommendationKind, UnitKind } from '@thidua/shared';
import { BlocLeader, BlocMembership, BlocYearRole, type Bloc } from '../../modules/bloc/entities.js';
import { Commendation } from '../../modules/commendation/entities.js';
import { CovenantCriterion, CovenantSignature, type Covenant } from '../../modules/covenant/entities.js';
import { Decision } from '../../modules/decision/entities.js';
import type { Event } from '../../modules/event/entities.js';
import type { Movement } from '../../modules/movement/entities.js';
import { PersonAffiliation, Person } from '../../modules/person/entities.js';
import { Unit } from '../../modules/unit/entities.js';
import { awardType, ensure } from './upsert.js';

/** Small find-or-create helpers the per-article seed files share. */
export const seed = (em: EntityManager) => ({
  unit: (name: string, kind: UnitKind, extra: Partial<Unit> = {}) => ensure(em, Unit, { name }, { kind, area: null, ...extra }),

  async person(fullName: string, unit: Unit, position: string, note: string) {
    const person = await ensure(em, Person, { fullName }, { note });
    await ensure(em, PersonAffiliation, { personId: person.id, unitId: unit.id }, { position });
    return person;
  },

  decision: (issuer: string, subject: string, extra: Partial<Decision>) =>
    extra.number
      ? ensure(em, Decision, { issuer, number: extra.number }, { subject, issuerLevel: 'PROVINCE' as AwardLevel, ...extra })
      : ensure(em, Decision, { issuer, subject }, { issuerLevel: 'PROVINCE' as AwardLevel, ...extra }),

  async members(bloc: Bloc, units: Unit[], fromYear: number, note: string | null = null) {
    for (const unit of units) await ensure(em, BlocMembership, { blocId: bloc.id, unitId: unit.id }, { fromYear, note });
  },

  role: (bloc: Bloc, year: number, role: 'HEAD' | 'DEPUTY', unit: Unit) => ensure(em, BlocYearRole, { blocId: bloc.id, year, role }, { unitId: unit.id }),

  leader: (bloc: Bloc, year: number, unit: Unit, note: string) => ensure(em, BlocLeader, { blocId: bloc.id, year }, { unitId: unit.id, note }),

  async criteria(covenant: Covenant, items: { title: string; description?: string; movements?: Movement[]; maxScore?: number }[]) {
    const ranks = generateNKeysBetween(null, null, items.length);
    for (const [i, item] of items.entries()) {
      await ensure(
        em,
        CovenantCriterion,
        { covenantId: covenant.id, title: item.title },
        {
          rank: ranks[i]!,
          description: item.description ?? null,
          kind: 'QUALITATIVE',
          maxScore: item.maxScore ?? null,
          movements: item.movements ?? [],
        },
      );
    }
  },

  async signatures(covenant: Covenant, units: Unit[], signedOn: string, signerTitle: string | null = null) {
    for (const unit of units) await ensure(em, CovenantSignature, { covenantId: covenant.id, unitId: unit.id }, { signedOn, signerTitle });
  },

  async commendation(input: {
    unit: Unit;
    award: string;
    year: number;
    achievement: string;
    decision: Decision;
    bloc?: Bloc;
    movement?: Movement;
    presentedAt?: Event;
    presentedBy?: string;
    kind?: CommendationKind;
    note?: string;
  }) {
    const type = await awardType(em, input.award);
    const existing = await em.findOneBy(Commendation, { unitId: input.unit.id, awardTypeId: type.id, year: input.year });
    if (existing) return existing;
    const commendation = em.create(Commendation, {
      unitId: input.unit.id,
      subjectKind: 'COLLECTIVE',
      awardTypeId: type.id,
      year: input.year,
      achievement: input.achievement,
      kind: input.kind ?? 'MERIT',
      decisionId: input.decision.id,
      blocId: input.bloc?.id ?? null,
      movementId: input.movement?.id ?? null,
      status: input.presentedAt ? 'PRESENTED' : 'AWARDED',
      presentedAtId: input.presentedAt?.id ?? null,
      presentedBy: input.presentedBy ?? null,
      note: input.note ?? null,
    });
    commendation.subjectName = input.unit.name;
    return em.save(commendation);
  },
});

export type Seed = ReturnType<typeof seed>;
