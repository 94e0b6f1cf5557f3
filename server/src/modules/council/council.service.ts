import { COUNCIL_DEFAULTS } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission, requireRead, requireWrite } from '../../core/auth/policy.js';
import { findVisibleByGlobalId, scoped } from '../../core/auth/scope.js';
import { applyPatch, requireNotNull } from '../../core/db/refs.js';
import { loadForDelete, loadForUpdate } from '../../core/db/versions.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Problems } from '../../core/errors.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import { paginate } from '../../core/graphql/list.js';
import { CouncilSession } from './council-session.entity.js';
import { agendaOf, presentOf } from './council.agenda.js';
import type { CouncilSessionsArgs, CreateCouncilSessionInput, RecordCouncilVotesInput, UpdateCouncilSessionInput } from './council.inputs.js';
import { councilList } from './council.list.js';
import type { CouncilMember } from './council.types.js';

const SETTINGS = ['secret', 'quorumPercent', 'thresholdPercent', 'thresholdBase'] as const;
/** What only a DRAFT session may change: what is voted on and how it is counted. */
const DRAFT_ONLY = ['title', 'year', ...SETTINGS, 'dossierIds', 'lineIds'] as const;

const board = (actor: Actor) => () => requirePermission(actor, 'write:domain');
const trimmed = (members: readonly (Omit<CouncilMember, 'position'> & { position?: string | null })[]): CouncilMember[] =>
  members.map((m) => ({ name: m.name.trim(), position: m.position?.trim() || null, role: m.role, present: m.present }));

/** A recorded count may not exceed the members present (attendance changed after counting included). */
function checkCounts(session: CouncilSession, problems: Problems): void {
  const present = presentOf(session);
  session.agenda.forEach((item, i) => {
    if ((item.agree ?? 0) + (item.disagree ?? 0) > present)
      problems.add(
        ['votes', String(i)],
        'VOTES_EXCEED_PRESENT',
        `Tổng số phiếu ${(item.agree ?? 0) + (item.disagree ?? 0)} vượt số thành viên có mặt (${present}).`,
      );
  });
}

/**
 * Council sessions, kept by the Board: drafted with members and the lines to vote on (eligible lines
 * of dossiers awaiting decision), attendance and counts recorded while voting, results fixed at
 * close (council.workflow.ts). Settings left out take COUNCIL_DEFAULTS.
 */
export class CouncilSessionService {
  constructor(private readonly db: DataSource) {}

  get(actor: Actor, id: string): Promise<CouncilSession> {
    requireRead(actor);
    return findVisibleByGlobalId(this.db.manager, actor, CouncilSession, id);
  }

  list(actor: Actor, args: CouncilSessionsArgs) {
    requireRead(actor);
    return paginate(scoped(this.db.getRepository(CouncilSession).createQueryBuilder('s'), actor, CouncilSession.name), councilList, args);
  }

  create(actor: Actor, input: CreateCouncilSessionInput): Promise<CouncilSession> {
    board(actor)();
    return write(this.db, async (em) => {
      const problems = new Problems();
      const agenda = await agendaOf(em, input, [], problems);
      problems.throwIfAny();
      return em.save(
        em.create(CouncilSession, {
          title: input.title.trim(),
          year: input.year,
          meetingDate: input.meetingDate || null,
          venue: input.venue?.trim() || null,
          secret: input.secret ?? COUNCIL_DEFAULTS.secret,
          quorumPercent: input.quorumPercent ?? COUNCIL_DEFAULTS.quorumPercent,
          thresholdPercent: input.thresholdPercent ?? COUNCIL_DEFAULTS.thresholdPercent,
          thresholdBase: input.thresholdBase ?? COUNCIL_DEFAULTS.thresholdBase,
          members: trimmed(input.members ?? []),
          agenda,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateCouncilSessionInput): Promise<CouncilSession> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const session = await loadForUpdate(em, CouncilSession, input, problems, { viewer: actor, authorize: board(actor) });
      const draftOnly = DRAFT_ONLY.filter((f) => (input as unknown as Record<string, unknown>)[f] !== undefined);
      if (session.status !== 'DRAFT' && (session.status !== 'VOTING' || draftOnly.length)) {
        problems.add(
          'id',
          'INVALID_STATE',
          session.status === 'VOTING' ? 'Khi đang biểu quyết chỉ sửa được ngày, địa điểm họp và điểm danh thành viên.' : 'Phiên họp đã kết thúc hoặc đã hủy.',
        );
        problems.throwIfAny();
      }
      requireNotNull(input, ['title', 'year', ...SETTINGS, 'members'], problems);
      if (input.title != null) session.title = input.title.trim();
      if (input.venue !== undefined) session.venue = input.venue?.trim() || null;
      if (input.members) session.members = trimmed(input.members);
      applyPatch(session, input as Partial<CouncilSession>, ['year', 'meetingDate', ...SETTINGS]);
      if (input.dossierIds !== undefined || input.lineIds !== undefined) session.agenda = await agendaOf(em, input, session.agenda, problems);
      checkCounts(session, problems);
      problems.throwIfAny();
      return em.save(session);
    });
  }

  /** The counting committee's report, line by line; lines not sent keep what was recorded. */
  recordVotes(actor: Actor, input: RecordCouncilVotesInput): Promise<CouncilSession> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      // The counts are sent as the agenda: counts someone else recorded since the caller's version are a CONFLICT.
      const sent = { id: input.id, expectedVersion: input.expectedVersion, agenda: input.votes };
      const session = await loadForUpdate(em, CouncilSession, sent, problems, { viewer: actor, authorize: board(actor) });
      if (session.status !== 'VOTING') problems.add('id', 'INVALID_STATE', 'Chỉ ghi kết quả khi phiên họp đang biểu quyết.');
      const position = new Map(session.agenda.map((item, i) => [item.lineId, i]));
      const agenda = session.agenda.map((item) => ({ ...item }));
      input.votes.forEach((vote, i) => {
        const at = position.get(fromGlobalId(vote.lineId)?.id ?? '');
        if (at === undefined) return problems.add(['votes', String(i), 'lineId'], 'NOT_ON_AGENDA');
        agenda[at] = { lineId: agenda[at]!.lineId, agree: vote.agree, disagree: vote.disagree };
      });
      problems.throwIfAny();
      session.agenda = agenda;
      checkCounts(session, problems);
      problems.throwIfAny();
      return em.save(session);
    });
  }

  /** A draft or a cancelled session; a held one stays with its minutes. */
  delete(actor: Actor, id: string, expectedVersion?: number | null): Promise<string> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const session = await loadForDelete(em, CouncilSession, id, expectedVersion, problems, { viewer: actor, authorize: board(actor) });
      if (session.status !== 'DRAFT' && session.status !== 'CANCELLED') {
        problems.add('id', 'INVALID_STATE', 'Chỉ xóa được phiên họp dự thảo hoặc đã hủy.');
        problems.throwIfAny();
      }
      await removeRecords(em, CouncilSession, { id: session.id });
      return id;
    });
  }
}
