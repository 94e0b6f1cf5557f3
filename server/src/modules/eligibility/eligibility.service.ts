import type { DataSource, EntityManager } from 'typeorm';
import { fold, type EligibilityOutcome, type SubjectKind } from '@thidua/shared';
import type { Actor } from '../../core/actor.js';
import { requireRead } from '../../core/auth/policy.js';
import { findVisible } from '../../core/auth/scope.js';
import { BadInputError, NotFoundError } from '../../core/errors.js';
import { fromGlobalId, decodeIdOf } from '../../core/graphql/global-id.js';
import { AwardType } from '../award-type/entities.js';
import { Household } from '../household/entities.js';
import { Person } from '../person/entities.js';
import { Unit } from '../unit/entities.js';
import { evaluateCondition } from './condition/evaluate.js';
import { EligibilityRule } from './eligibility-rule.entity.js';
import type { EvaluateEligibilityArgs } from './eligibility.inputs.js';
import { loadFacts, type EvaluatedSubject } from './eligibility.facts-loader.js';
import type { EligibilityReport } from './eligibility.types.js';

/**
 * Evaluates a subject for a proposed award and year against every rule version in force on 31/12
 * of that year: PASS, FAIL or NEEDS_REVIEW per rule, with the facts used. Reads only; it never
 * awards anything.
 */
export class EligibilityService {
  constructor(private readonly db: DataSource) {}

  async evaluate(actor: Actor, args: EvaluateEligibilityArgs): Promise<EligibilityReport> {
    requireRead(actor);
    const em = this.db.manager;
    const { subject, name, area } = await this.subject(em, actor, args.subjectId);
    const code = args.awardTypeCode.trim().toUpperCase();
    const awardType = await em.findOneBy(AwardType, { code });
    if (!awardType) throw new NotFoundError(`hình thức khen thưởng ${code}`);
    if (!awardType.subjectKinds.includes(subject.kind))
      throw new BadInputError(`"${awardType.nameVi}" không áp dụng cho loại đối tượng này.`, { code: 'SUBJECT_KIND_MISMATCH' });
    const proposed = args.proposedUnitIds?.map((id) => decodeIdOf(Unit.name, id)).filter((id): id is string => !!id) ?? null;
    const rules = await this.rulesInForce(em, code, subject.kind, args.year, args.jurisdiction ?? area);
    const data = await loadFacts(em, subject, args.year, code, proposed);
    const results = rules.map((rule) => ({ rule, ...evaluateCondition(rule.condition, data) }));
    return {
      subjectName: name,
      awardTypeCode: code,
      awardTypeName: awardType.nameVi,
      year: args.year,
      outcome: overall(results.map((r) => r.outcome)),
      results,
    };
  }

  /** The versions in force on 31/12 of the year for this award, subject kind and jurisdiction (national ones always). */
  private async rulesInForce(em: EntityManager, code: string, kind: SubjectKind, year: number, jurisdiction: string | null): Promise<EligibilityRule[]> {
    const rules = await em
      .getRepository(EligibilityRule)
      .createQueryBuilder('r')
      .where('r.effective_from <= make_date(:year, 12, 31) AND (r.effective_to IS NULL OR r.effective_to >= make_date(:year, 12, 31))', { year })
      .andWhere('(cardinality(r.award_type_codes) = 0 OR :code = ANY(r.award_type_codes))', { code })
      .andWhere('(cardinality(r.subject_kinds) = 0 OR :kind = ANY(r.subject_kinds))', { kind })
      .orderBy('r.code')
      .getMany();
    const here = jurisdiction ? fold(jurisdiction) : null;
    return rules.filter((r) => r.jurisdiction === 'NATIONAL' || (here !== null && fold(r.jurisdiction) === here));
  }

  /** The subject as the actor may see it (out of scope is NOT_FOUND), with its name and area. */
  private async subject(em: EntityManager, actor: Actor, globalId: string): Promise<{ subject: EvaluatedSubject; name: string; area: string | null }> {
    const decoded = fromGlobalId(globalId);
    const none = { unitId: null, personId: null, householdId: null };
    if (decoded?.type === Unit.name) {
      const unit = await findVisible(em, actor, Unit, decoded.id);
      if (unit) return { subject: { ...none, kind: 'COLLECTIVE', unitId: unit.id }, name: unit.name, area: unit.area };
    }
    if (decoded?.type === Person.name) {
      const person = await findVisible(em, actor, Person, decoded.id);
      if (person) return { subject: { ...none, kind: 'INDIVIDUAL', personId: person.id }, name: person.fullName, area: await this.areaOf(em, person.id) };
    }
    if (decoded?.type === Household.name) {
      const household = await findVisible(em, actor, Household, decoded.id);
      if (household) return { subject: { ...none, kind: 'HOUSEHOLD', householdId: household.id }, name: household.name, area: null };
    }
    throw new NotFoundError('đối tượng xét');
  }

  /** A person's jurisdiction: the area of the unit of their latest affiliation. */
  private async areaOf(em: EntityManager, personId: string): Promise<string | null> {
    const rows: { area: string | null }[] = await em.query(
      'SELECT u.area FROM person_affiliation pa JOIN unit u ON u.id = pa.unit_id WHERE pa.person_id = $1 ORDER BY pa.ended_on DESC NULLS FIRST, pa.started_on DESC NULLS LAST LIMIT 1',
      [personId],
    );
    return rows[0]?.area ?? null;
  }
}

function overall(outcomes: EligibilityOutcome[]): EligibilityOutcome {
  if (outcomes.includes('FAIL')) return 'FAIL';
  if (outcomes.includes('NEEDS_REVIEW') || !outcomes.length) return 'NEEDS_REVIEW';
  return 'PASS';
}
