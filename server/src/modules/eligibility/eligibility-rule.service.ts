import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead } from '../../core/auth/policy.js';
import { recordReason, runnerOf } from '../../core/changes/capture.js';
import { Problems } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/global-id.js';
import { paginate } from '../../core/graphql/list.js';
import { loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { factsOf, validateCondition } from './condition/evaluate.js';
import { EligibilityRule } from './eligibility-rule.entity.js';
import type {
  CreateEligibilityRuleInput,
  EligibilityRulesArgs,
  RetireEligibilityRuleInput,
  ReviseEligibilityRuleInput,
  RuleContentInput,
} from './eligibility-rule.inputs.js';
import { eligibilityRuleList } from './eligibility-rule.list.js';

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Rule records: the Board adds a rule, revises it (a new revision from a date; the one in force
 * until then keeps its dates, so earlier years are judged by it) and retires it (effective-to).
 * Revisions of one code never overlap in time. History comes from the event log.
 */
export class EligibilityRuleService {
  constructor(private readonly db: DataSource) {}

  list(actor: Actor, args: EligibilityRulesArgs) {
    requireRead(actor);
    const qb = this.db.getRepository(EligibilityRule).createQueryBuilder('r');
    if (args.year != null)
      qb.andWhere('r.effective_from <= make_date(:y, 12, 31) AND (r.effective_to IS NULL OR r.effective_to >= make_date(:y, 1, 1))', { y: args.year });
    return paginate(qb, eligibilityRuleList, args);
  }

  create(actor: Actor, input: CreateEligibilityRuleInput): Promise<EligibilityRule> {
    requirePermission(actor, 'manage:rules');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const code = input.code.trim().toUpperCase();
      const taken = await em.findOneBy(EligibilityRule, { code });
      if (taken) problems.add('code', 'DUPLICATE', `Mã quy tắc ${code} đã có; hãy ban hành phiên bản mới của nó.`, toGlobalId(EligibilityRule.name, taken.id));
      const rule = em.create(EligibilityRule, { code, revision: 1, ...this.content(input, problems) });
      problems.throwIfAny();
      return em.save(rule);
    });
  }

  revise(actor: Actor, input: ReviseEligibilityRuleInput): Promise<EligibilityRule> {
    requirePermission(actor, 'manage:rules');
    return write(this.db, async (em) => {
      const problems = new Problems();
      // The revision's fields against the version seen: a field someone else changed since is a conflict.
      const current = await loadForUpdate(em, EligibilityRule, { ...input }, problems);
      const content = this.content(input, problems);
      if (content.effectiveFrom <= current.effectiveFrom)
        problems.add('effectiveFrom', 'OUT_OF_RANGE', `Phiên bản mới phải có hiệu lực sau ngày ${current.effectiveFrom} của phiên bản ${current.revision}.`);
      const latest = await em
        .getRepository(EligibilityRule)
        .createQueryBuilder('r')
        .where('r.code = :code', { code: current.code })
        .orderBy('r.revision', 'DESC')
        .getOneOrFail();
      if (latest.id !== current.id)
        problems.add(
          'id',
          'INVALID_STATE',
          `Quy tắc ${current.code} đã có phiên bản mới hơn (${latest.revision}).`,
          toGlobalId(EligibilityRule.name, latest.id),
        );
      problems.throwIfAny();
      const closeOn = dayBefore(content.effectiveFrom);
      if (!current.effectiveTo || current.effectiveTo > closeOn) current.effectiveTo = closeOn;
      await em.save(current);
      return em.save(em.create(EligibilityRule, { code: current.code, revision: current.revision + 1, ...content }));
    });
  }

  retire(actor: Actor, input: RetireEligibilityRuleInput): Promise<EligibilityRule> {
    requirePermission(actor, 'manage:rules');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const rule = await loadForUpdate(em, EligibilityRule, input, problems);
      if (input.effectiveTo < rule.effectiveFrom)
        problems.add('effectiveTo', 'OUT_OF_RANGE', `Ngày hết hiệu lực không được trước ngày có hiệu lực ${rule.effectiveFrom}.`);
      const next = await em
        .getRepository(EligibilityRule)
        .createQueryBuilder('r')
        .where('r.code = :code AND r.revision > :rev', { code: rule.code, rev: rule.revision })
        .orderBy('r.revision')
        .getOne();
      if (next && input.effectiveTo >= next.effectiveFrom)
        problems.add(
          'effectiveTo',
          'RULE_OVERLAP',
          `Phiên bản ${next.revision} có hiệu lực từ ${next.effectiveFrom}; phiên bản ${rule.revision} phải hết hiệu lực trước ngày đó.`,
          toGlobalId(EligibilityRule.name, next.id),
        );
      problems.throwIfAny();
      rule.effectiveTo = input.effectiveTo;
      const saved = await em.save(rule);
      recordReason(runnerOf(em), EligibilityRule.name, saved.id, input.reason?.trim() || null);
      return saved;
    });
  }

  /** The checked content of a revision: condition well formed, dates in order. */
  private content(input: RuleContentInput, problems: Problems) {
    for (const message of validateCondition(input.condition)) problems.add('condition', 'INVALID', message);
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom)
      problems.add('effectiveTo', 'OUT_OF_RANGE', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.');
    const codes = input.awardTypeCodes.map((c) => c.trim().toUpperCase()).filter(Boolean);
    return {
      titleVi: input.titleVi.trim(),
      awardTypeCodes: [...new Set(codes)],
      subjectKinds: [...new Set(input.subjectKinds)],
      condition: input.condition,
      facts: problems.any ? [] : factsOf(input.condition),
      sourceDocument: input.sourceDocument.trim(),
      article: input.article?.trim() || null,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      jurisdiction: input.jurisdiction?.trim() || 'NATIONAL',
      mark: input.mark ?? 'M',
      note: input.note?.trim() || null,
    };
  }
}
