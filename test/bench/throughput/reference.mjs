/**
 * The hand-written SQL reference: one prepared statement per operation, PostgreSQL builds the
 * response JSON, Node only passes the text through. `POST /<operation name>` with the JSON array
 * of parameters as body. Run as a child process (its CPU is measured apart from the product's):
 *   DATABASE_URL=… PORT=… node reference.mjs
 */
import http from 'node:http';
import pg from 'pg';
import { operations } from './operations.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const byPath = new Map(operations.map((op, i) => [`/${encodeURIComponent(op.name)}`, { name: `ref_${i}`, text: op.sql }]));

const server = http.createServer((request, response) => {
  const statement = byPath.get(request.url);
  if (!statement || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    try {
      // Named query: pg prepares it once per connection and reuses the plan.
      const result = await pool.query({ name: statement.name, text: statement.text, values: JSON.parse(body || '[]'), rowMode: 'array' });
      response.writeHead(200, { 'content-type': 'application/json' }).end(result.rows[0]?.[0] ?? '{"data":null}');
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('reference ready'));
process.on('SIGINT', () => server.close(() => pool.end().then(() => process.exit(0))));
