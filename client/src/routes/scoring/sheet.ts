import type { ScoringGrid_CovenantFragment } from '../../gql/graphql';
import { fieldsOf, type FieldName, type FieldSpec, type FieldValue, type SheetMode } from './fields';

export type SheetData = ScoringGrid_CovenantFragment;
export type SheetCriterion = SheetData['criteria'][number];
export type SheetScore = SheetData['ranking']['rows'][number]['scores'][number];
export type SheetAssessment = NonNullable<SheetScore['assessment']>;
export interface SheetUnit {
  id: string;
  name: string;
}

/** The grid's shape: criteria in outline order (parents sum their children), units as columns. */
export interface Sheet {
  criteria: SheetCriterion[];
  /** The criteria scored directly: the rows the keyboard moves over. */
  leaves: SheetCriterion[];
  /** Member units by name, so columns stay put while the ranking moves under live edits. */
  units: SheetUnit[];
  score(criterionId: string, unitId: string): SheetScore | undefined;
}

export function buildSheet(data: SheetData): Sheet {
  const scores = new Map<string, SheetScore>();
  for (const row of data.ranking.rows) for (const score of row.scores) scores.set(`${score.criterion.id}|${row.unit.id}`, score);
  const parents = new Set(data.criteria.flatMap((c) => (c.parent ? [c.parent.id] : [])));
  const units = data.ranking.rows.map((row) => row.unit).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    criteria: data.criteria,
    leaves: data.criteria.filter((c) => !parents.has(c.id)),
    units,
    score: (criterionId, unitId) => scores.get(`${criterionId}|${unitId}`),
  };
}

/** The record a mode's cell writes, with the version its edits are made against (0: not created yet). */
export function recordOf(mode: SheetMode, score: SheetScore | undefined): { id: string; version: number } | null {
  return (mode === 'TARGETS' ? score?.targetRecord : score?.assessment) ?? null;
}

/** A field's stored value in a cell. */
export function storedValue(field: FieldName, score: SheetScore | undefined): FieldValue {
  if (!score) return null;
  if (field === 'target') return score.targetRecord?.target ?? null;
  const assessment = score.assessment;
  if (!assessment) return field === 'notAssigned' ? false : null;
  return assessment[field] ?? null;
}

export interface CellRef {
  criterion: SheetCriterion;
  unit: SheetUnit;
}

/** Who may change what: the server decides; the sheet only leaves closed what it would refuse. */
export interface SheetPermissions {
  mayReview(unitId: string): boolean;
  maySetTargets: boolean;
  maySelfScore(unitId: string): boolean;
}

export function editableFields(mode: SheetMode, cell: CellRef, may: SheetPermissions): FieldSpec[] {
  const allowed = mode === 'SELF' ? may.maySelfScore(cell.unit.id) : mode === 'REVIEW' ? may.mayReview(cell.unit.id) : may.maySetTargets;
  return allowed ? fieldsOf(mode, cell.criterion) : [];
}

export const cellKey = (cell: CellRef) => `${cell.criterion.id}|${cell.unit.id}`;

interface Viewer {
  /** May change this bloc's records (its officer or the Board). */
  blocWriter: boolean;
  mayWriteUnit(unitId: string): boolean;
}

/** Covenant stages in which scores are entered (self-scores, and returned sheets during cross-review). */
const SCORING: readonly string[] = ['SELF_ASSESSMENT', 'REVIEW'];
/** Targets are fixed once the covenant leaves self-assessment. */
const TARGETS_OPEN: readonly string[] = ['DRAFT', 'IN_COMMENT', 'READY_TO_SIGN', 'SIGNED', 'IN_PROGRESS', 'SELF_ASSESSMENT'];

/**
 * What the server will accept, from the covenant's stage and each unit's sheet: self-scores on a
 * DRAFT sheet by the unit (or the Board); review scores on a SUBMITTED sheet by the bloc or the
 * assigned cross-reviewer unit; targets by the bloc until self-assessment ends.
 */
export function permissionsOf(data: SheetData, viewer: Viewer): SheetPermissions {
  const sheets = new Map(data.sheets.map((s) => [s.unit.id, s]));
  const scoring = SCORING.includes(data.status);
  return {
    maySelfScore: (unitId) => scoring && viewer.mayWriteUnit(unitId) && (sheets.get(unitId)?.status ?? 'DRAFT') === 'DRAFT',
    mayReview: (unitId) => {
      const sheet = sheets.get(unitId);
      if (!scoring || sheet?.status !== 'SUBMITTED') return false;
      return viewer.blocWriter || (!!sheet.reviewerUnit && viewer.mayWriteUnit(sheet.reviewerUnit.id));
    },
    maySetTargets: viewer.blocWriter && TARGETS_OPEN.includes(data.status),
  };
}
