// PGlite is one process's database: two processes on one folder would corrupt it. A lock file beside the folder says
// who has it. A process id alone cannot say whether the holder lives: after `kill -9` in a container the restarted
// server is often given the very id the killed one had (13), and on any machine an id is reused in time. So the lock
// names the holder the way the kernel does: its process id, its start time (clock ticks since boot, from
// /proc/<pid>/stat), the boot it started in and the process-id namespace it lives in. A holder is alive only if a
// process with that id exists *and* started at that tick in that boot; otherwise the lock is stale and is taken over.
//
// Node core has no flock(); a listening Unix socket dies with its process but leaves its file (the same stale-file
// question) and an abstract one is Linux-only and per network namespace. A lock written on another machine or in
// another container (another pid namespace) cannot be checked locally: there the holder keeps it fresh (mtime every
// 10 s) and it is stale once it is a minute old.
import { linkSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";

interface Holder {
  readonly pid: number;
  readonly host: string;
  /** /proc/sys/kernel/random/boot_id, "" where there is none. */
  readonly boot: string;
  /** The pid namespace, `pid:[4026531836]`, "" where there is none. */
  readonly ns: string;
  /** Field 22 of /proc/<pid>/stat (start time in ticks since boot), "" where there is none. */
  readonly start: string;
}

const REFRESH_MS = 10_000;
/** A lock from elsewhere (another host or pid namespace) not refreshed for this long has lost its holder. */
const LEASE_MS = 60_000;
/** A takeover guard older than this was left by a process that died inside the takeover (microseconds long). */
const GUARD_MS = 10_000;

/** Folders this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

function read(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function startTicks(pid: number | "self"): string {
  const stat = read(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself: count from the last ")".
  return stat ? (stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "") : "";
}

function me(): Holder {
  let ns = "";
  try {
    ns = readlinkSync("/proc/self/ns/pid");
  } catch {
    // Not Linux: no namespaces to tell apart.
  }
  return { pid: process.pid, host: hostname(), boot: read("/proc/sys/kernel/random/boot_id"), ns, start: startTicks("self") };
}

function parse(text: string): Holder | undefined {
  // Locks written before this format hold the process id alone.
  if (/^\d+$/.test(text)) return { pid: Number(text), host: "", boot: "", ns: "", start: "" };
  try {
    const value = JSON.parse(text) as Holder;
    return Number.isInteger(value.pid) ? value : undefined;
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** Whether the holder named in a lock file still runs; `path` is the lock file, for its age. */
function alive(holder: Holder, path: string, self: Holder): boolean {
  const local = holder.host === self.host && holder.boot === self.boot && holder.ns === self.ns;
  if (local && holder.start && self.start) {
    // Exact: the same id started at the same tick in this boot is the same process.
    return holder.pid === self.pid ? holder.start === self.start : startTicks(holder.pid) === holder.start;
  }
  if (local || !holder.host) {
    // No /proc (macOS) or an old lock: the id is all there is. Our own id in it is a lock our predecessor left.
    return holder.pid !== self.pid && pidExists(holder.pid);
  }
  // Written elsewhere: alive while its holder keeps it fresh.
  try {
    return Date.now() - statSync(path).mtimeMs < LEASE_MS;
  } catch {
    return false;
  }
}

/**
 * Creates `path` holding `text`, or returns false when it exists. Written beside it first and linked into place, so
 * the lock appears whole: a reader never sees a half-written one and judges it stale.
 */
function create(path: string, text: string): boolean {
  const draft = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(draft, text, { mode: 0o600 });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Takes the folder's lock or throws naming the live holder; returns the release. A stale lock is removed only while
 * holding `<lock>.takeover` (created exclusively), and only if it still says what was judged stale, so two servers
 * starting together after a crash cannot both take it over.
 */
export function lockFolder(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  const guardPath = `${lockPath}.takeover`;
  const self = me();
  const text = JSON.stringify(self);
  if (held.has(dataDir)) throw new Error(`${dataDir} is in use by process ${self.pid} (this process)`);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (create(lockPath, text)) {
      held.add(dataDir);
      // Keeps the lock fresh for a reader that cannot check this process (another host or container).
      const timer = setInterval(() => {
        try {
          const now = new Date();
          utimesSync(lockPath, now, now);
        } catch {
          // The folder went away; the database will say so.
        }
      }, REFRESH_MS);
      timer.unref();
      return () => {
        clearInterval(timer);
        held.delete(dataDir);
        if (read(lockPath) === text) rmSync(lockPath, { force: true });
      };
    }
    const seen = read(lockPath);
    const holder = parse(seen);
    if (holder && alive(holder, lockPath, self)) {
      const where = holder.host && holder.host !== self.host ? ` on ${holder.host}` : "";
      throw new Error(
        `${dataDir} is in use by process ${holder.pid}${where}; stop it first, or run a PostgreSQL server and pass --database postgres://…`,
      );
    }
    // Stale (or unreadable). Take it over under the guard.
    if (create(guardPath, text)) {
      try {
        if (read(lockPath) === seen) rmSync(lockPath, { force: true });
      } finally {
        rmSync(guardPath, { force: true });
      }
    } else {
      let age = 0;
      try {
        age = Date.now() - statSync(guardPath).mtimeMs;
      } catch {
        // Gone already: try again.
      }
      if (age > GUARD_MS) rmSync(guardPath, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  throw new Error(`could not lock ${dataDir}: another process keeps taking it`);
}
