import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAwardCatalogue } from '../../modules/award-type/index.js';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { seedOnFirstStart } from '../index.js';
import { runDemoCycle } from './demo-cycle.js';

/** The demo runs the Hải Phòng associations bloc through its 2023 year, through the services, once. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await ensureAwardCatalogue(app.db.manager);
  expect(await seedOnFirstStart(app.db)).toBe(true);
});
afterAll(() => app.close());

const CYCLE = `{
  blocs(search: "lien hiep hoi va cac hoi doanh nghiep") { nodes {
    leader(year: 2023) { unit { name } note }
    covenant(year: 2023) {
      status
      sheets { status unit { name } submittedBy finalizedBy }
      ranking { rows { unit { name } rank tied canLead isLeader totalScore exclusions { code } } }
      ballotSessions { purpose status secret minutes { voters voted result leaderName meeting { date venue } candidates { unitName votes passed } scoreTable { unitName rank total } } }
      proposals { award unit { name } votes }
      history(first: 20) { nodes { actorName changes { field } } }
    }
  } }
}`;

describe('the demo 2023 bloc cycle', () => {
  it('ends PROPOSED: every sheet final, the ranking with its tie and exclusion, two closed secret ballots with minutes, the leader and proposals', async () => {
    const [bloc] = ok(await app.gql(CYCLE)).blocs.nodes;
    const covenant = bloc.covenant;
    expect(covenant.status).toBe('PROPOSED');
    // Each step is in the history as the officer who took it, not as the system.
    const steps = covenant.history.nodes.filter((e: { changes: { field: string }[] }) => e.changes.some((c) => c.field === 'status'));
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const e of steps.slice(0, 5)) expect(e.actorName).toContain('can_bo_khoi');
    expect(covenant.sheets).toHaveLength(5);
    for (const sheet of covenant.sheets)
      expect(sheet).toMatchObject({ status: 'FINAL', submittedBy: expect.stringContaining('can_bo_'), finalizedBy: expect.stringContaining('can_bo_khoi') });

    const rows = covenant.ranking.rows.map(
      (r: { unit: { name: string }; rank: number; tied: boolean; totalScore: number; isLeader: boolean; exclusions: { code: string }[] }) => [
        r.unit.name,
        r.rank,
        r.tied,
        r.totalScore,
        r.isLeader,
        r.exclusions.map((e) => e.code),
      ],
    );
    expect(rows).toEqual([
      ['Hiệp hội Doanh nghiệp nhỏ và vừa thành phố', 1, false, 96, true, []],
      ['Hội Nữ Doanh nhân Hải Phòng', 2, false, 94, false, []],
      ['Liên minh Hợp tác xã thành phố Hải Phòng', 3, false, 93.5, false, ['LED_LAST_YEAR']],
      ['Hiệp hội Doanh nghiệp Cựu chiến binh Hải Phòng', 4, true, 91, false, []],
      ['Hội Doanh nhân trẻ Hải Phòng', 4, true, 91, false, []],
    ]);

    const [leading, merit] = ['LEADING_UNIT', 'PROPOSAL'].map((p) => covenant.ballotSessions.find((s: { purpose: string }) => s.purpose === p));
    expect(leading).toMatchObject({
      status: 'CLOSED',
      secret: true,
      minutes: { voters: 5, voted: 5, leaderName: 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố' },
    });
    expect(leading.minutes.meeting).toEqual({ date: '2023-12-20', venue: expect.stringContaining('Hiệp hội Doanh nghiệp nhỏ và vừa') });
    // The alliance led in 2022 and the covenant forbids twice in a row: not a candidate.
    expect(leading.minutes.candidates.map((c: { unitName: string }) => c.unitName)).not.toContain('Liên minh Hợp tác xã thành phố Hải Phòng');
    expect(leading.minutes.scoreTable).toHaveLength(5);
    expect(merit).toMatchObject({ status: 'CLOSED', minutes: { voters: 5, voted: 5 } });

    expect(bloc.leader).toEqual({ unit: { name: 'Hiệp hội Doanh nghiệp nhỏ và vừa thành phố' }, note: expect.stringContaining('4/5') });
    const proposals = covenant.proposals.map((p: { award: string; unit: { name: string } }) => `${p.award} ${p.unit.name}`).sort();
    expect(proposals).toContain('EMULATION_FLAG Hiệp hội Doanh nghiệp nhỏ và vừa thành phố');
    expect(proposals.filter((p: string) => p.startsWith('CERTIFICATE_OF_MERIT')).length).toBeGreaterThan(0);
  });

  it('runs once: a second run changes nothing', async () => {
    expect(await runDemoCycle(app.db)).toBe(false);
  });
});
