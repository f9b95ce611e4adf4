// CI's smoke run of the README's `npm start`: runs it as written (build, then serve), waits for the printed URLs,
// fetches every one (each must answer 200 with a page), then stops the servers. It writes the CI layer
// .tmp/layers/start-smoke.json (one pass per URL), so a broken demo fails the build instead of the next visitor.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

// Two ports in a row: the examples' server and the PostHog capture server on PORT + 1 (and the consent-log receiver
// where the examples start one) must all be free.
const port = await freePort();
const child = spawn("npm", ["start"], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "inherit"] });
let output = "";
const results = [];
const finish = (code) => {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  mkdirSync(".tmp/layers", { recursive: true });
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed || (passed ? 0 : 1);
  writeFileSync(".tmp/layers/start-smoke.json", JSON.stringify({ layer: "start-smoke", passed, failed }));
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.status} ${r.url}`);
  console.log(`npm start smoke: ${passed} of ${results.length} URLs answered`);
  process.exit(code ?? (failed ? 1 : 0));
};
const timer = setTimeout(() => {
  console.error(`npm start printed no URLs within 600 s; its output:\n${output}`);
  finish(1);
}, 600_000);

// The URLs are printed once everything listens: check them after the output has been quiet for 2 s.
let quiet;
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
  if (!/consentry examples:/.test(output)) return;
  clearTimeout(quiet);
  quiet = setTimeout(check, 2000);
});

async function check() {
  clearTimeout(timer);
  const urls = [...new Set(output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/g) ?? [])].filter((url) => url.startsWith(`http://127.0.0.1:${port}/`));
  for (const url of urls) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      results.push({ url, status: response.status, ok: response.ok && /<html|<!doctype/i.test(body) });
    } catch (error) {
      results.push({ url, status: String(error.cause?.code ?? error.message), ok: false });
    }
  }
  finish();
}
child.on("exit", (code) => results.length || (console.error(`npm start exited early (${code}):\n${output}`), finish(1)));
