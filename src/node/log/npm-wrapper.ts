// `npx consentry log-server` (and `npm run log-server`) is three processes: npm, the `sh -c` it runs the bin through,
// and this one. npm passes a SIGTERM on to the shell, which dies of it without passing it on (dash does not exec its
// last command), so this process is left running under init, holding the PGlite folder's lock. Under npm, losing the
// parent that started us means npm was told to stop: stop as on SIGTERM.
//
// Only under npm (npm_lifecycle_event is set for npx and npm run): a server started by other means (nohup, a
// supervisor that exits after starting it) keeps running when its parent goes, as servers do.

/** How often the parent is looked at: a stop is noticed within this, and the check costs nothing in between. */
const POLL_MS = 250;

export function stopWithNpmWrapper(stop: () => void, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, POLL_MS);
  // The server keeps the process alive; this timer must not keep it alive after the server closed.
  timer.unref();
}
