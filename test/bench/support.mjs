/** What both benchmarks need: the built server as a process, GraphQL over HTTP, figures. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_PASSWORD = 'bench-admin-password-2024';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a node script as a child process and resolves `ready` once its output contains `readyText`. */
export function startProcess(script, env, readyText) {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes(readyText)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${path.basename(script)} exited (${code}):\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGINT');
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  };
  return { child, ready, stop, output: () => output };
}

/** The built product in production mode. */
export function startServer(env) {
  const server = startProcess(
    path.join(root, 'server/dist/main.js'),
    { HOST: '127.0.0.1', ADMIN_PASSWORD, NODE_ENV: 'production', ...env },
    'thidua đang chạy',
  );
  return { ...server, url: `http://127.0.0.1:${env.PORT}` };
}

export async function post(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, response };
}

export async function signIn(url, username, password) {
  const { response } = await post(url, 'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', { input: { username, password } });
  return response.headers.get('set-cookie').split(';')[0];
}

/** The product's global id of a row: base64url of `Type:uuid`. */
export const globalId = (type, uuid) => Buffer.from(`${type}:${uuid}`, 'utf8').toString('base64url');

export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Quantile of unsorted samples. */
export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMsOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 0, utime field 11, stime field 12 (clock ticks, 100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
