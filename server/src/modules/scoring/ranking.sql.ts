import { MEMBER_IN_COVENANT_YEAR } from '../covenant/index.js';

/**
 * Covenants' whole scoring sheets and rankings in one statement ($1 = covenant row ids): one row per
 * covenant with its effective settings and `rows`, the units in ranking order, each with its totals,
 * exclusions and the sheet (every criterion, parents included, in outline order).
 *
 * Formulas (WORKFLOW.md §1, NSC; MS max score, A actual, T target, s share at target, default 0.5):
 * - quantitative, T > 0: r = A/T; r < 1 → s·MS·r; r = 1 → s·MS; r > 1: L = highest r among the
 *   over-target units of that criterion; L − r < tolerance → MS (tied leaders all get MS); else
 *   s·MS + (1−s)·MS·(r−1)/(L−1), at most MS;
 * - quantitative without a target (T empty or 0): A ÷ (highest A of the units without a target) × MS,
 *   A = 0 → 0; they never set L;
 * - qualitative: met → MS, else 0; per occurrence: count × points, at most MS;
 *   bonus/penalty: bonus × points − penalty × penalty points, clamped to [min, MS];
 * - every score rounded to 2 decimals; "not assigned" leaves both the total and the assigned max;
 *   a parent is the sum of its leaves; the final score is the review (self until reviewed) or the
 *   highest of both, per covenant.
 * Ranking: total ÷ assigned max, descending, standard competition ranking (1, 1, 3) within each
 * group; units with quantitative criteria but no target at all form their own group.
 */
export const RANKING_SQL = (defaults: { share: number; tolerance: number }) => `
WITH RECURSIVE
cov AS (
  SELECT c.id, c.bloc_id, c.year,
    COALESCE(s.final_stage, 'REVIEW') AS final_stage,
    COALESCE(s.target_share, ${Number(defaults.share)}) AS share,
    COALESCE(s.leader_tolerance, ${Number(defaults.tolerance)}) AS tol,
    COALESCE(s.leader_not_twice_in_a_row, false) AS not_twice
  FROM covenant c LEFT JOIN covenant_scoring_settings s ON s.covenant_id = c.id
  WHERE c.id = ANY($1::uuid[])
),
members AS (SELECT DISTINCT c.id AS covenant_id, m.unit_id FROM cov c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR}),
tree AS (
  SELECT k.id, k.covenant_id, ARRAY[k.rank::text] AS path, ARRAY[k.id] AS ids
  FROM covenant_criterion k JOIN cov ON k.covenant_id = cov.id WHERE k.parent_id IS NULL
  UNION ALL
  SELECT k.id, k.covenant_id, t.path || k.rank::text, t.ids || k.id FROM tree t JOIN covenant_criterion k ON k.parent_id = t.id
),
leaves AS (
  SELECT t.id, t.covenant_id, t.ids, k.kind, COALESCE(k.max_score, 0) AS ms, k.max_score, k.points_per_occurrence AS pts, k.penalty_points AS pen, k.min_score
  FROM tree t JOIN covenant_criterion k ON k.id = t.id
  WHERE NOT EXISTS (SELECT 1 FROM covenant_criterion ch WHERE ch.parent_id = t.id)
),
-- The covenants' assessments and targets, read once by covenant: joined by hash below, not looked up per cell.
asmt AS MATERIALIZED (SELECT a.* FROM covenant_assessment a WHERE a.covenant_id = ANY($1::uuid[])),
tgt AS MATERIALIZED (SELECT t.* FROM covenant_target t WHERE t.covenant_id = ANY($1::uuid[])),
cells AS (
  SELECT u.covenant_id, u.unit_id, l.id AS criterion_id, l.ids, l.kind, l.ms, l.max_score, l.pts, l.pen, l.min_score,
    a.id AS assessment_id, t.id AS target_id, t.target, COALESCE(a.not_assigned, false) AS not_assigned,
    COALESCE(a.actual_value, 0) AS actual, a.met, COALESCE(a.occurrences, 0) AS occurrences,
    COALESCE(a.bonus_count, 0) AS bonus_count, COALESCE(a.penalty_count, 0) AS penalty_count, a.review_score,
    CASE WHEN l.kind = 'QUANTITATIVE' AND t.target > 0 THEN COALESCE(a.actual_value, 0) / t.target END AS r
  FROM members u JOIN leaves l ON l.covenant_id = u.covenant_id
  LEFT JOIN asmt a ON a.criterion_id = l.id AND a.unit_id = u.unit_id
  LEFT JOIN tgt t ON t.criterion_id = l.id AND t.unit_id = u.unit_id
),
peers AS (
  SELECT c.*,
    MAX(c.r) FILTER (WHERE NOT c.not_assigned AND c.r > 1) OVER w AS lead_r,
    MAX(c.actual) FILTER (WHERE NOT c.not_assigned AND c.kind = 'QUANTITATIVE' AND c.r IS NULL) OVER w AS max_a
  FROM cells c WINDOW w AS (PARTITION BY c.criterion_id)
),
scored AS (
  SELECT p.*, x.self_score,
    CASE WHEN p.not_assigned THEN NULL
      WHEN cov.final_stage = 'HIGHEST' THEN GREATEST(x.self_score, p.review_score)
      ELSE COALESCE(p.review_score, x.self_score) END AS final_score
  FROM peers p JOIN cov ON cov.id = p.covenant_id
  CROSS JOIN LATERAL (SELECT CASE
    WHEN p.not_assigned THEN NULL
    WHEN p.kind = 'QUANTITATIVE' AND p.r IS NOT NULL THEN ROUND(CASE
      WHEN p.r < 1 THEN cov.share * p.ms * p.r
      WHEN p.r = 1 THEN cov.share * p.ms
      WHEN p.lead_r - p.r < cov.tol THEN p.ms
      ELSE LEAST(p.ms, cov.share * p.ms + (1 - cov.share) * p.ms * (p.r - 1) / (p.lead_r - 1)) END, 2)
    WHEN p.kind = 'QUANTITATIVE' THEN
      CASE WHEN p.actual <= 0 OR COALESCE(p.max_a, 0) <= 0 THEN 0 ELSE ROUND(p.actual / p.max_a * p.ms, 2) END
    WHEN p.kind = 'QUALITATIVE' THEN CASE WHEN p.met THEN p.ms ELSE 0 END
    WHEN p.kind = 'PER_OCCURRENCE' THEN ROUND(LEAST(p.occurrences * COALESCE(p.pts, 0), p.max_score), 2)
    ELSE ROUND(GREATEST(LEAST(p.bonus_count * COALESCE(p.pts, 0) - p.penalty_count * COALESCE(p.pen, 0), p.max_score), p.min_score), 2)
  END AS self_score) x
),
sheet AS (
  SELECT s.covenant_id, s.unit_id, x.criterion_id,
    SUM(s.self_score) AS self_score, SUM(s.review_score) FILTER (WHERE NOT s.not_assigned) AS review_score,
    SUM(s.final_score) AS final_score, SUM(s.ms) AS max_score,
    COALESCE(SUM(s.ms) FILTER (WHERE NOT s.not_assigned), 0) AS assigned_max, bool_and(s.not_assigned) AS not_assigned,
    COUNT(*) FILTER (WHERE NOT s.not_assigned) AS assigned_count,
    COUNT(*) FILTER (WHERE NOT s.not_assigned AND s.review_score IS NOT NULL) AS reviewed_count
  FROM scored s CROSS JOIN LATERAL unnest(s.ids) AS x(criterion_id)
  GROUP BY s.covenant_id, s.unit_id, x.criterion_id
),
sheet_json AS (
  SELECT h.covenant_id, h.unit_id, json_agg(json_build_object(
      'criterionId', h.criterion_id, 'leaf', l.criterion_id IS NOT NULL, 'notAssigned', h.not_assigned,
      'maxScore', h.max_score, 'assignedMaxScore', h.assigned_max,
      'selfScore', h.self_score, 'reviewScore', h.review_score, 'finalScore', h.final_score,
      'reviewed', h.assigned_count > 0 AND h.reviewed_count = h.assigned_count,
      'target', l.target, 'targetId', l.target_id, 'assessmentId', l.assessment_id, 'ratio', l.r,
      'noTargetGroup', COALESCE(l.kind = 'QUANTITATIVE' AND l.r IS NULL AND NOT l.not_assigned, false)
    ) ORDER BY t.path COLLATE "C") AS cells
  FROM sheet h JOIN tree t ON t.id = h.criterion_id
  LEFT JOIN scored l ON l.covenant_id = h.covenant_id AND l.unit_id = h.unit_id AND l.criterion_id = h.criterion_id
  GROUP BY h.covenant_id, h.unit_id
),
totals AS (
  SELECT s.covenant_id, s.unit_id, SUM(s.final_score) AS total, SUM(s.self_score) AS self_total,
    SUM(s.review_score) FILTER (WHERE NOT s.not_assigned) AS review_total,
    SUM(s.ms) FILTER (WHERE NOT s.not_assigned) AS assigned_max,
    bool_or(s.kind = 'QUANTITATIVE' AND NOT s.not_assigned) AS has_quantitative,
    bool_or(s.kind = 'QUANTITATIVE' AND NOT s.not_assigned AND s.r IS NOT NULL) AS has_target
  FROM scored s GROUP BY s.covenant_id, s.unit_id
),
units AS (
  SELECT u.covenant_id, u.unit_id, COALESCE(t.total, 0) AS total, COALESCE(t.self_total, 0) AS self_total, t.review_total,
    COALESCE(t.assigned_max, 0) AS assigned_max, COALESCE(t.total, 0) / NULLIF(t.assigned_max, 0) AS ratio,
    CASE WHEN t.has_quantitative AND NOT t.has_target THEN 'NO_TARGET' ELSE 'TARGETED' END AS grp
  FROM members u LEFT JOIN totals t ON t.covenant_id = u.covenant_id AND t.unit_id = u.unit_id
),
exclusions AS (
  SELECT v.covenant_id, v.unit_id, 'SERIOUS_VIOLATION' AS code, 'Có vi phạm nghiêm trọng: ' || v.reason || ' — không được xét dẫn đầu.' AS message, v.created_at AS at
  FROM covenant_violation v JOIN cov ON v.covenant_id = cov.id WHERE v.serious
  UNION ALL
  SELECT cov.id, l.unit_id, 'LED_LAST_YEAR', format('Đã dẫn đầu khối năm %s; giao ước không cho dẫn đầu hai năm liên tiếp.', l.year), NULL
  FROM bloc_leader l JOIN cov ON l.bloc_id = cov.bloc_id AND l.year = cov.year - 1 WHERE cov.not_twice
  UNION ALL
  SELECT u.covenant_id, u.unit_id, 'NO_TARGETS', 'Không được giao chỉ tiêu định lượng nào: xếp hạng riêng trong nhóm không chỉ tiêu, không xét dẫn đầu.', NULL
  FROM units u WHERE u.grp = 'NO_TARGET'
),
exclusions_json AS (
  SELECT covenant_id, unit_id, json_agg(json_build_object('code', code, 'message', message) ORDER BY code, at) AS exclusions
  FROM exclusions GROUP BY covenant_id, unit_id
),
ranked AS (
  SELECT u.*, e.exclusions, e.unit_id IS NULL AS can_lead,
    RANK() OVER (PARTITION BY u.covenant_id, u.grp ORDER BY COALESCE(u.ratio, 0) DESC) AS rank,
    COUNT(*) OVER (PARTITION BY u.covenant_id, u.grp, COALESCE(u.ratio, 0)) > 1 AS tied
  FROM units u LEFT JOIN exclusions_json e ON e.covenant_id = u.covenant_id AND e.unit_id = u.unit_id
),
best AS (SELECT covenant_id, MIN(rank) AS rank FROM ranked WHERE can_lead AND grp = 'TARGETED' AND total > 0 GROUP BY covenant_id)
SELECT cov.id AS "covenantId", cov.final_stage AS "finalStage", cov.share AS "targetShare", cov.tol AS "leaderTolerance", cov.not_twice AS "leaderNotTwiceInARow",
  COALESCE((
    SELECT json_agg(json_build_object(
        'unitId', r.unit_id, 'group', r.grp, 'rank', r.rank, 'tied', r.tied,
        'totalScore', r.total, 'selfTotal', r.self_total, 'reviewTotal', r.review_total,
        'assignedMaxScore', r.assigned_max, 'ratio', r.ratio, 'canLead', r.can_lead,
        'isLeader', r.can_lead AND r.grp = 'TARGETED' AND r.total > 0 AND r.rank = (SELECT b.rank FROM best b WHERE b.covenant_id = r.covenant_id),
        'exclusions', COALESCE(r.exclusions, '[]'), 'cells', COALESCE(c.cells, '[]')
      ) ORDER BY r.grp DESC, r.rank, n.name, n.id)
    FROM ranked r JOIN unit n ON n.id = r.unit_id LEFT JOIN sheet_json c ON c.covenant_id = r.covenant_id AND c.unit_id = r.unit_id
    WHERE r.covenant_id = cov.id
  ), '[]') AS rows
FROM cov`;
