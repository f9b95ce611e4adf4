// `npm start`: serves the examples and the built files on 127.0.0.1, starts the local PostHog capture server,
// and prints the URLs.
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

const site = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
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
  console.log(`  PostHog (gated loader):       ${base}/examples/posthog/`);
  console.log(`  Google Consent Mode v2:       ${base}/examples/consent-mode/`);
  console.log(`PostHog capture server: http://127.0.0.1:${PORT + 1} (prints every request below)`);
});
