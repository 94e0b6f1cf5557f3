import { councilQuorumMet, CouncilStatus, CouncilTransition } from '@thidua/shared';
import { In, type EntityManager } from 'typeorm';
import { defineWorkflow, type Guard } from '../../core/workflow/definition.js';
import { board } from '../../core/workflow/who.js';
import { DossierLine } from '../dossier/entities.js';
import type { CouncilSession } from './council-session.entity.js';
import { presentOf, scoredAgenda } from './council.agenda.js';
import { composeCouncilMinutes } from './council-minutes.js';

const hasMembers: Guard<CouncilSession, undefined> = ({ record }) => (record.members.length ? null : { code: 'NO_COUNCIL_MEMBERS' });
const hasAgenda: Guard<CouncilSession, undefined> = ({ record }) => (record.agenda.length ? null : { code: 'NO_AGENDA' });
const quorum: Guard<CouncilSession, undefined> = ({ record }) =>
  councilQuorumMet(presentOf(record), record.members.length, record.quorumPercent)
    ? null
    : {
        code: 'QUORUM_NOT_MET',
        message: `Có mặt ${presentOf(record)}/${record.members.length} thành viên, cần từ ${record.quorumPercent}% trở lên.`,
      };
const counted: Guard<CouncilSession, undefined> = ({ record }) => {
  const open = record.agenda.filter((item) => item.agree === null || item.disagree === null).length;
  return open ? { code: 'VOTES_MISSING', message: `Còn ${open} đối tượng chưa ghi kết quả biểu quyết.` } : null;
};

/** At CLOSE, in the closing transaction: each line gets the council's result, and the minutes are written. */
async function onEnter(em: EntityManager, record: CouncilSession, to: CouncilStatus): Promise<void> {
  if (to !== 'CLOSED') return;
  const scored = scoredAgenda(record);
  const results = new Map(scored.map((item) => [item.lineId, item.result]));
  const lines = await em.find(DossierLine, { where: { id: In([...results.keys()]) }, lock: { mode: 'pessimistic_write' } });
  lines.forEach((line) => Object.assign(line, { councilResult: results.get(line.id) ?? 'FAILED', councilSessionId: record.id }));
  await em.save(lines);
  record.minutes = await composeCouncilMinutes(em, record, scored);
}

const L = CouncilTransition.labels;

/**
 * A council session (WORKFLOW.md §2, the council before the decision level): the Board drafts it
 * with the members and the lines to vote on, starts the vote (attendance and counts are then
 * recorded), closes it once the quorum is met and every line counted — the results go onto the
 * lines, which approveDossier then follows — or cancels it with a reason.
 */
export const councilWorkflow = defineWorkflow<CouncilStatus, CouncilSession>({
  name: 'council',
  field: 'status',
  states: CouncilStatus,
  initial: 'DRAFT',
  onEnter,
  transitions: [
    { name: 'OPEN', from: ['DRAFT'], to: 'VOTING', label: L.OPEN, who: board, guards: [hasMembers, hasAgenda] },
    { name: 'CLOSE', from: ['VOTING'], to: 'CLOSED', label: L.CLOSE, who: board, guards: [quorum, counted] },
    { name: 'CANCEL', from: ['DRAFT', 'VOTING'], to: 'CANCELLED', label: L.CANCEL, who: board, reason: 'required' },
  ],
});
