import { useState } from 'react';
import { councilLinePasses } from '@thidua/shared';
import type { CouncilResult } from '../../gql/graphql';

export interface Vote {
  lineId: string;
  agree: number | null;
  disagree: number | null;
}

/** Counts being entered: the version and counts they started from, and the counts typed per line. */
interface Draft {
  version: number;
  base: Vote[];
  typed: Record<string, Partial<Pick<Vote, 'agree' | 'disagree'>>>;
}

/** A line's share of agreeing votes and its result, as the server counts them (council.agenda.ts). */
export function scoreOf(agree: number | null, disagree: number | null, base: number, thresholdPercent: number) {
  if (agree === null || disagree === null) return { percent: null, result: null };
  const result: CouncilResult = councilLinePasses(agree, base, thresholdPercent) ? 'PASSED' : 'FAILED';
  return { percent: base > 0 ? Math.round((agree * 1000) / base) / 10 : null, result };
}

/**
 * The counts of a session's lines as the Board types them, over those saved (`saved`, at
 * `version`): `votes` as shown, `set` one count, `send` the whole list as the draft of a versioned
 * save (the field is `agenda`, as the server compares it), `incomplete` the lines typed with one
 * count only.
 */
export function useVoteDraft(saved: Vote[], version: number) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const typed = draft?.typed ?? {};
  const votes = saved.map((v) => ({ ...v, ...typed[v.lineId] }));
  const set = (lineId: string, field: 'agree' | 'disagree', value: number | null) =>
    setDraft((d) => ({
      version: d?.version ?? version,
      base: d?.base ?? saved,
      typed: { ...d?.typed, [lineId]: { ...d?.typed[lineId], [field]: value } },
    }));
  const incomplete = votes.filter((v) => typed[v.lineId] && (v.agree === null) !== (v.disagree === null));
  return {
    dirty: draft !== null,
    votes,
    typedLine: (lineId: string) => Boolean(typed[lineId]),
    set,
    incomplete,
    draft: () => ({ version: draft?.version ?? version, base: { agenda: draft?.base ?? saved }, current: { agenda: votes } }),
    /** After a save that stayed open (refused, back from the dialog): build on what it saw last. */
    rebase: (next: { version: number; base: Record<string, unknown> }) =>
      setDraft((d) => d && { ...d, version: next.version, base: (next.base.agenda as Vote[]) ?? d.base }),
    reset: () => setDraft(null),
  };
}

/** The counts to send: every line with both counts (a line left blank keeps what was recorded). */
export const votesToSend = (agenda: unknown) =>
  ((agenda as Vote[] | undefined) ?? []).flatMap((v) =>
    v.agree !== null && v.disagree !== null ? [{ lineId: v.lineId, agree: v.agree, disagree: v.disagree }] : [],
  );
