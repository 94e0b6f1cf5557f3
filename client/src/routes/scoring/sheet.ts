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
  mayReview: boolean;
  maySetTargets: boolean;
  maySelfScore(unitId: string): boolean;
}

export function editableFields(mode: SheetMode, cell: CellRef, may: SheetPermissions): FieldSpec[] {
  const allowed = mode === 'SELF' ? may.maySelfScore(cell.unit.id) : mode === 'REVIEW' ? may.mayReview : may.maySetTargets;
  return allowed ? fieldsOf(mode, cell.criterion) : [];
}

export const cellKey = (cell: CellRef) => `${cell.criterion.id}|${cell.unit.id}`;
