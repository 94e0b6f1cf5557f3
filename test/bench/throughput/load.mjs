/** A closed-loop load: `connections` clients, each sending its next request when the last answered. */
import http from 'node:http';
import { now, quantile } from '../support.mjs';

/** Keep-alive connections, at most `connections`, so neither side pays for TCP set-up. */
export const agentFor = (connections) => new http.Agent({ keepAlive: true, maxSockets: connections });

/** POSTs `body` to `url` and resolves the response text; rejects on a status other than 200. */
export function postText(agent, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 500)}`))));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Runs `send()` in `connections` loops for `seconds` (after `warmup` seconds not counted) and
 * returns requests/s and latency quantiles. A failed request stops the run: figures over errors lie.
 */
export async function measure(send, { connections = 10, seconds = 5, warmup = 1 } = {}) {
  const samples = [];
  const startAt = now() + warmup * 1000;
  const endAt = startAt + seconds * 1000;
  const loop = async () => {
    for (;;) {
      const start = now();
      if (start >= endAt) return;
      await send();
      if (start >= startAt) samples.push(now() - start);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { rps: samples.length / seconds, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), count: samples.length };
}
