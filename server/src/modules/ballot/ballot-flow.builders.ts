import type { TestApp } from '../../test-support/app.js';
import { buildUnit } from '../../test-support/builders.js';
import { buildBloc, buildCovenant, buildMembership } from '../covenant/covenant.builders.js';

/** A bloc with `n` member units in 2023 (and one unit outside it), its 2023 covenant in VOTING. */
export async function arrangeBloc(app: TestApp, n: number) {
  const bloc = await buildBloc(app.db, { name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' });
  const units = [];
  for (let i = 1; i <= n; i += 1) {
    const unit = await buildUnit(app.db, { name: `Hội doanh nghiệp số ${i}` });
    await buildMembership(app.db, bloc, unit.id, 2020);
    units.push(unit);
  }
  const outsider = await buildUnit(app.db, { name: 'Đơn vị ngoài khối' });
  const covenant = await buildCovenant(app.db, { blocId: bloc.id, year: 2023, status: 'VOTING' });
  return { bloc, units, outsider, covenant };
}

export const SESSION = `id status secret turnout { voters voted percent } participations { unit { name } paper }
  results { voters voted turnoutPercent quorumMet candidates { unit { name } votes percent passed } }`;
export const CREATE = `mutation($input: CreateBallotSessionInput!) { createBallotSession(input: $input) { session { ${SESSION} maxChoices thresholdPercent thresholdBase quorumPercent selfVoteAllowed candidates { name } } userErrors { field code message } } }`;
export const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { session { turnout { voted } } userErrors { field code } } }`;
export const TRANSITION = `mutation($input: TransitionBallotSessionInput!) { transitionBallotSession(input: $input) { session { ${SESSION} } userErrors { field code } } }`;
export const READ = `query($id: ID!) { node(id: $id) { ... on BallotSession { ${SESSION} } } }`;
