// `npm start`: serves the examples and the built files on 127.0.0.1, starts the local PostHog capture server and
// the consent-log receiver, and prints the URLs.
import { spawn } from "node:child_process";
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { startCaptureServer } from "./capture-server.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const PORT = Number(process.env.PORT ?? 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

// The consent-log example's receiver: `consentry log-server` on PORT + 2, PGlite in .tmp/. Its read token is a
// demo value that stays on this side: the page reads its own rows through /examples/consent-log/rows/<id>.
const LOG_PORT = PORT + 2;
const LOG_TOKEN = process.env.CONSENTRY_LOG_TOKEN || "demo-read-token";
const logServer = spawn(
  process.execPath,
  [join(ROOT, "dist/node/cli.mjs"), "log-server", "--port", String(LOG_PORT), "--database", join(ROOT, ".tmp/examples-consent-log"), "--origin", `http://127.0.0.1:${PORT}`],
  { env: { ...process.env, CONSENTRY_LOG_TOKEN: LOG_TOKEN }, stdio: ["ignore", "inherit", "inherit"] },
);
process.on("exit", () => logServer.kill("SIGTERM"));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));

const site = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  const rows = /^\/examples\/consent-log\/rows\/([0-9a-f-]{36})$/.exec(path);
  if (rows) {
    fetch(`http://127.0.0.1:${LOG_PORT}/consent-log/records/${rows[1]}`, { headers: { authorization: `Bearer ${LOG_TOKEN}` } })
      .then(async (answer) => response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text()))
      .catch(() => response.writeHead(503, { "content-type": "application/json" }).end('{"error":"the log server is still starting"}'));
    return;
  }
  if (path === "/") path = "/examples/index.html";
  // Browsers ask for it on every page; a 404 would show as an error in the demo's console.
  if (path === "/favicon.ico") return void response.writeHead(204).end();
  let file = normalize(join(ROOT, path));
  try {
    if (!file.startsWith(ROOT)) throw new Error("outside the project");
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  createReadStream(file).pipe(response);
});

site.listen(PORT, "127.0.0.1", async () => {
  // The PostHog example points its api_host at PORT + 1.
  await startCaptureServer({
    port: PORT + 1,
    onRequest: ({ method, path, search, bytes }) => console.log(`[capture] ${method} ${path}${search} (${bytes} B)`),
  });
  const base = `http://127.0.0.1:${PORT}`;
  console.log(`consentry examples: ${base}/`);
  console.log(`  marketing site (script tag):  ${base}/examples/site/`);
  console.log(`  cookie policy page:           ${base}/examples/site/cookie-policy.html`);
  console.log(`  SPA (npm import):             ${base}/examples/spa/`);
  console.log(`  React (consentry/react):      ${base}/examples/react/`);
  console.log(`  PostHog (gated loader):       ${base}/examples/posthog/`);
  console.log(`  Google Consent Mode v2:       ${base}/examples/consent-mode/`);
  console.log(`  Vendor services and embeds:   ${base}/examples/services/`);
  console.log(`  Consent log (proof of consent): ${base}/examples/consent-log/`);
  console.log(`  Five seed policies:           ${base}/examples/policies/`);
  for (const site of ["katror", "kropee", "integro", "klystrr", "aktara"]) {
    console.log(`    ${site.padEnd(27)} ${base}/examples/policies/${site}/cookie-policy.html`);
  }
  for (const site of ["integro", "aktara"]) {
    console.log(`    ${`${site} account settings`.padEnd(27)} ${base}/examples/policies/${site}/account-settings.html`);
  }
  console.log(`PostHog capture server: http://127.0.0.1:${PORT + 1} (prints every request below)`);
  console.log(`Consent log rows: curl -H "authorization: Bearer ${LOG_TOKEN}" http://127.0.0.1:${LOG_PORT}/consent-log/records?format=csv`);
});
