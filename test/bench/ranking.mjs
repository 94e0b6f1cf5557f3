#!/usr/bin/env node
/**
 * Ranking benchmark: prints figures, asserts nothing.
 *
 *   pnpm bench                                        (builds, then runs this with the others)
 *   BENCH_UNITS=200 BENCH_CRITERIA=80 BENCH_ROUNDS=50 node test/bench/ranking.mjs
 *
 * Starts the built product on an embedded PostgreSQL in a temporary folder, generates one bloc of
 * BENCH_UNITS members (default 100) and a covenant of BENCH_CRITERIA criteria (default 50: every
 * tenth a parent of the next nine; the leaves a mix of quantitative with per-unit targets, some
 * units without target, some "not assigned", qualitative, per occurrence and bonus/penalty), with a
 * self and a review score for every unit × leaf, and measures `covenant { ranking }` over HTTP: the
 * whole table (every unit's total, ratio, rank, exclusions and every criterion's score), its SQL
 * statement count, the response size, and the database's own time for the ranking statement.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { ADMIN_PASSWORD, freePort, globalId, now, post, quantile, root, signIn, startServer } from './support.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 100);
const CRITERIA = Number(process.env.BENCH_CRITERIA ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const YEAR = 2024;

const ms = (value) => `${value.toFixed(2).padStart(8)} ms`;

/** Kind of leaf i (1-based, not a multiple-of-ten parent): mostly quantitative, as covenants are. */
const KIND = `CASE i % 10 WHEN 2 THEN 'QUALITATIVE' WHEN 3 THEN 'PER_OCCURRENCE' WHEN 4 THEN 'BONUS_PENALTY' ELSE 'QUANTITATIVE' END`;

const dataset = [
  `INSERT INTO unit (id, version, name, kind, search_text)
   SELECT md5('unit' || i)::uuid, 1, 'Đơn vị xếp hạng số ' || lpad(i::text, 4, '0'), 'STATE_AGENCY', 'don vi xep hang so ' || lpad(i::text, 4, '0')
   FROM generate_series(1, ${UNITS}) i`,
  `INSERT INTO bloc (id, version, name, code, kind, level, search_text)
   VALUES (md5('bloc')::uuid, 1, 'Khối thi đua đo xếp hạng', 'KTD-BENCH', 'BLOC', 'PROVINCE', 'khoi thi dua do xep hang')`,
  `INSERT INTO bloc_membership (id, version, bloc_id, unit_id, from_year)
   SELECT md5('membership' || i)::uuid, 1, md5('bloc')::uuid, md5('unit' || i)::uuid, ${YEAR - 1} FROM generate_series(1, ${UNITS}) i`,
  `INSERT INTO covenant (id, version, bloc_id, year, title, status)
   VALUES (md5('covenant')::uuid, 1, md5('bloc')::uuid, ${YEAR}, 'Giao ước thi đua năm ${YEAR} (đo xếp hạng)', 'REVIEW')`,
  `INSERT INTO covenant_criterion (id, version, covenant_id, parent_id, rank, title, max_score, kind, points_per_occurrence, penalty_points, min_score)
   SELECT md5('criterion' || i)::uuid, 1, md5('covenant')::uuid,
          CASE WHEN i % 10 = 1 THEN NULL ELSE md5('criterion' || (i - (i - 1) % 10))::uuid END,
          lpad(i::text, 4, '0'), 'Tiêu chí số ' || i,
          CASE WHEN i % 10 = 1 THEN NULL WHEN i % 10 = 4 THEN 5 ELSE 10 END,
          CASE WHEN i % 10 = 1 THEN 'QUALITATIVE' ELSE ${KIND} END,
          CASE WHEN i % 10 IN (3, 4) THEN 1 END, CASE WHEN i % 10 = 4 THEN 1 END, CASE WHEN i % 10 = 4 THEN -5 END
   FROM generate_series(1, ${CRITERIA}) i ORDER BY i`,
  // Targets of quantitative leaves; every seventh unit has none (its own group) on one criterion in three.
  `INSERT INTO covenant_target (id, version, covenant_id, criterion_id, unit_id, target)
   SELECT gen_random_uuid(), 1, md5('covenant')::uuid, c.id, md5('unit' || u)::uuid, CASE WHEN u % 7 = 0 AND c.rank::int % 3 = 0 THEN NULL ELSE 100 + u % 5 * 10 END
   FROM covenant_criterion c, generate_series(1, ${UNITS}) u
   WHERE c.covenant_id = md5('covenant')::uuid AND c.kind = 'QUANTITATIVE' AND c.parent_id IS NOT NULL`,
  `INSERT INTO covenant_assessment (id, version, covenant_id, criterion_id, unit_id, not_assigned, actual_value, met, occurrences, bonus_count, penalty_count,
                                    self_scored_by, self_scored_at, review_score, reviewed_by, reviewed_at)
   SELECT gen_random_uuid(), 1, md5('covenant')::uuid, c.id, md5('unit' || u)::uuid,
          c.kind = 'QUANTITATIVE' AND (u + c.rank::int) % 13 = 0,
          CASE WHEN c.kind = 'QUANTITATIVE' THEN 60 + (u * 7 + c.rank::int * 3) % 90 END,
          CASE WHEN c.kind = 'QUALITATIVE' THEN (u + c.rank::int) % 4 <> 0 END,
          CASE WHEN c.kind = 'PER_OCCURRENCE' THEN (u + c.rank::int) % 15 END,
          CASE WHEN c.kind = 'BONUS_PENALTY' THEN u % 4 END, CASE WHEN c.kind = 'BONUS_PENALTY' THEN u % 3 END,
          'Người chấm thử nghiệm', now(), LEAST(c.max_score, (u + c.rank::int) % 11), 'Người thẩm định thử nghiệm', now()
   FROM covenant_criterion c, generate_series(1, ${UNITS}) u
   WHERE c.covenant_id = md5('covenant')::uuid AND c.parent_id IS NOT NULL`,
  `INSERT INTO covenant_violation (id, version, covenant_id, unit_id, reason, serious)
   VALUES (gen_random_uuid(), 1, md5('covenant')::uuid, md5('unit3')::uuid, 'Vi phạm thử nghiệm', true)`,
];

const RANKING = `query($id: ID!) { covenant(id: $id) { ranking { finalStage rows {
  unit { id name } group rank tied isLeader canLead exclusions { code message } totalScore selfTotal reviewTotal assignedMaxScore ratio
  scores { criterion { id } finalScore selfScore reviewScore maxScore assignedMaxScore notAssigned target ratio noTargetGroup } } } } }`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-ranking-'));
  const [port, pgPort] = await Promise.all([freePort(), freePort()]);
  const server = startServer({ PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'false', QUERY_STATS: 'true' });
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/thidua` });
  try {
    console.log(`Xếp hạng (ranking): ${UNITS} đơn vị × ${CRITERIA} tiêu chí, ${ROUNDS} lần đo`);
    await server.ready;
    await db.connect();
    for (const statement of dataset) await db.query(statement);
    await db.query('ANALYZE');
    const cookie = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const id = globalId('Covenant', (await db.query(`SELECT md5('covenant')::uuid AS id`)).rows[0].id);

    const first = await post(server.url, RANKING, { id }, { cookie });
    const rows = first.body.data.covenant.ranking.rows;
    const cells = rows.reduce((sum, r) => sum + r.scores.length, 0);
    const bytes = Buffer.byteLength(JSON.stringify(first.body));
    const samples = [];
    for (let i = 0; i < ROUNDS; i++) {
      const start = now();
      await post(server.url, RANKING, { id }, { cookie });
      samples.push(now() - start);
    }
    const row = (label, value) => console.log(`  ${label.padEnd(52)} ${value}`);
    row('Dòng xếp hạng × ô điểm (rows × cells)', `${rows.length} × ${cells / Math.max(rows.length, 1)} = ${cells}`);
    row('Câu lệnh SQL mỗi yêu cầu (statements per request)', String(first.body.extensions?.sqlStatements ?? '?'));
    row('Kích thước trả về (response size)', `${(bytes / 1024).toFixed(0)} kB`);
    row('HTTP: trung vị (median)', ms(quantile(samples, 0.5)));
    row('HTTP: p95', ms(quantile(samples, 0.95)));
    row('HTTP: lớn nhất (max)', ms(Math.max(...samples)));
    const explain = await explainRanking(db);
    row('PostgreSQL: thời gian câu lệnh xếp hạng (execution)', ms(explain));
  } finally {
    await db.end().catch(() => {});
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The database's own time for the ranking statement the product sends (EXPLAIN ANALYZE of the built module's SQL). */
async function explainRanking(db) {
  // The server's modules carry decorators: their metadata polyfill first, from the server's own dependencies.
  await import(createRequire(path.join(root, 'server/package.json')).resolve('reflect-metadata'));
  const { RANKING_SQL } = await import('../../server/dist/modules/scoring/ranking.sql.js');
  const { SCORING_LIMITS } = await import('../../shared/dist/index.js');
  const sql = RANKING_SQL({ share: SCORING_LIMITS.targetShareDefault, tolerance: SCORING_LIMITS.leaderToleranceDefault });
  const covenant = (await db.query(`SELECT md5('covenant')::uuid AS id`)).rows[0].id;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [[covenant]]);
    times.push(rows[0]['QUERY PLAN'][0]['Execution Time']);
  }
  return quantile(times, 0.5);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
