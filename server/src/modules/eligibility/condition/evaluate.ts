import { ELIGIBILITY_LIMITS, type EligibilityOutcome } from '@thidua/shared';
import type { Condition, FactCondition, FactData, FactUse, Verdict } from './condition.types.js';
import { FACTS } from './facts.js';

/**
 * The one interpreter of rule conditions. Three-valued: `all` fails when any part fails, else
 * needs review when any part does; `any` passes when any part passes, else needs review when any
 * part does; `not` swaps PASS and FAIL. A missing fact is NEEDS_REVIEW with its reason, never a
 * silent PASS. Pure: the facts come loaded in `FactData`.
 */
export function evaluateCondition(condition: Condition, data: FactData): Verdict {
  if ('all' in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, data)),
      'FAIL',
      'PASS',
    );
  if ('any' in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, data)),
      'PASS',
      'FAIL',
    );
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, data);
    const flip: Record<EligibilityOutcome, EligibilityOutcome> = { PASS: 'FAIL', FAIL: 'PASS', NEEDS_REVIEW: 'NEEDS_REVIEW' };
    return { ...inner, outcome: flip[inner.outcome] };
  }
  return evaluateFact(condition, data);
}

/** `decisive` wins outright; otherwise NEEDS_REVIEW if any; otherwise `rest`. */
function combine(parts: Verdict[], decisive: EligibilityOutcome, rest: EligibilityOutcome): Verdict {
  const facts = parts.flatMap((p) => p.facts);
  const winners = parts.filter((p) => p.outcome === decisive);
  if (winners.length) return { outcome: decisive, facts, reasons: [] };
  const review = parts.filter((p) => p.outcome === 'NEEDS_REVIEW');
  if (review.length) return { outcome: 'NEEDS_REVIEW', facts, reasons: review.flatMap((p) => p.reasons) };
  return { outcome: rest, facts, reasons: [] };
}

function evaluateFact(c: FactCondition, data: FactData): Verdict {
  const def = FACTS[c.fact];
  if (!def) return { outcome: 'NEEDS_REVIEW', facts: [], reasons: [`Dữ kiện "${c.fact}" không được hỗ trợ`] };
  if (def.kinds && !def.kinds.includes(data.subjectKind)) {
    return { outcome: 'NEEDS_REVIEW', facts: [], reasons: [`Dữ kiện "${c.fact}" không áp dụng cho loại đối tượng này`] };
  }
  const result = def.compute(data, c);
  if ('missing' in result) return { outcome: 'NEEDS_REVIEW', facts: [{ fact: c.fact, text: result.missing, value: null }], reasons: [result.missing] };
  const use: FactUse = { fact: c.fact, text: result.text, value: result.value };
  const atLeast = c.atLeast ?? (c.atMost === undefined ? 1 : undefined);
  const ok = (atLeast === undefined || result.value >= atLeast - 1e-9) && (c.atMost === undefined || result.value <= c.atMost + 1e-9);
  return { outcome: ok ? 'PASS' : 'FAIL', facts: [use], reasons: [] };
}

/** The fact names a condition uses, each once, in order. */
export function factsOf(condition: Condition): string[] {
  if ('all' in condition) return [...new Set(condition.all.flatMap(factsOf))];
  if ('any' in condition) return [...new Set(condition.any.flatMap(factsOf))];
  if ('not' in condition) return factsOf(condition.not);
  return [condition.fact];
}

const NUMERIC = new Set(['atLeast', 'atMost', 'within']);
const TEXT = new Set(['fact', 'title', 'of', 'rating', 'level', 'note']);

/** Problems of a condition given as JSON, in Vietnamese; empty when it is well formed. */
export function validateCondition(input: unknown): string[] {
  const problems: string[] = [];
  let nodes = 0;
  const walk = (c: unknown, depth: number, path: string) => {
    nodes += 1;
    if (depth > ELIGIBILITY_LIMITS.conditionDepth || nodes > ELIGIBILITY_LIMITS.conditionNodes)
      return void problems.push(`${path}: điều kiện quá lớn hoặc lồng quá sâu`);
    if (!c || typeof c !== 'object' || Array.isArray(c)) return void problems.push(`${path}: cần một đối tượng`);
    const o = c as Record<string, unknown>;
    for (const op of ['all', 'any'] as const) {
      if (op in o) {
        if (!Array.isArray(o[op]) || !(o[op] as unknown[]).length) return void problems.push(`${path}.${op}: cần danh sách điều kiện không rỗng`);
        return (o[op] as unknown[]).forEach((part, i) => walk(part, depth + 1, `${path}.${op}[${i}]`));
      }
    }
    if ('not' in o) return walk(o.not, depth + 1, `${path}.not`);
    const def = typeof o.fact === 'string' ? FACTS[o.fact] : undefined;
    if (!def) return void problems.push(`${path}: dữ kiện "${String(o.fact)}" không có; dùng một trong: ${Object.keys(FACTS).join(', ')}`);
    for (const [key, value] of Object.entries(o)) {
      if (NUMERIC.has(key) ? typeof value !== 'number' || !Number.isFinite(value) || value < 0 : !TEXT.has(key) || typeof value !== 'string')
        problems.push(`${path}.${key}: giá trị không hợp lệ`);
    }
  };
  walk(input, 0, 'condition');
  return problems;
}
