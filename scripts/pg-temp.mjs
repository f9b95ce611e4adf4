// A throwaway PostgreSQL cluster for tests and the load script: initdb in a temp folder, started on a free loopback
// port, removed on stop. Debian's server binaries refuse to run as root, so as root it runs them as `postgres`.
// CLI: `node scripts/pg-temp.mjs` starts one, prints its URL and stops it on Ctrl-C.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

function findBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(root, version, "bin")).find((bin) => existsSync(join(bin, "initdb")));
  if (!found) throw new Error("No PostgreSQL server found: install it (Debian: `apt-get install -y postgresql`) or set PG_BIN.");
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ settings?: Record<string, string> }} [options] server settings (`-c name=value`), e.g. the scale run's
 *   larger max_wal_size; the tests use the defaults.
 * @returns {Promise<{ url: string, port: number, dir: string, version: string, stop: () => Promise<void> }>}
 */
export async function startTempPostgres(options = {}) {
  const bin = findBin();
  const asRoot = process.getuid?.() === 0;
  const run = (tool, args) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, tool), ...args], { stdio: "pipe", cwd: tmpdir() })
      : execFileSync(join(bin, tool), args, { stdio: "pipe" });
  const dir = mkdtempSync(join(tmpdir(), "consentry-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  // fsync stays on: the load test's "every acknowledged record survives kill -9" must hold for real.
  const extra = Object.entries(options.settings ?? {}).map(([name, value]) => ` -c ${name}=${value}`).join("");
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50${extra}`;
  run("pg_ctl", ["-D", data, "-o", serverOptions, "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  const version = run("postgres", ["--version"]).toString().trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    version,
    stop: async () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cluster = await startTempPostgres();
  console.log(`${cluster.version} at ${cluster.url} (Ctrl-C stops and removes it)`);
  const stop = () => cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
