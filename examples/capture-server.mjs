// A local stand-in for PostHog's API host: serves the real posthog-js `array.js` and prints every request it gets,
// so the demo shows what leaves the page before and after consent.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const arrayJs = readFileSync(join(dirname(require.resolve("posthog-js/package.json")), "dist/array.js"));

export function startCaptureServer({ port = 0, host = "127.0.0.1", onRequest = () => {} } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const cors = {
      "access-control-allow-origin": request.headers.origin ?? "*",
      "access-control-allow-credentials": "true",
      "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "*",
      "access-control-allow-methods": "GET, POST, OPTIONS",
    };
    let length = 0;
    request.on("data", (chunk) => (length += chunk.length));
    request.on("end", () => {
      if (request.method !== "OPTIONS") onRequest({ method: request.method, path: url.pathname, search: url.search, bytes: length });
      if (request.method === "OPTIONS") return response.writeHead(204, cors).end();
      if (url.pathname === "/static/array.js") {
        return response.writeHead(200, { ...cors, "content-type": "text/javascript" }).end(arrayJs);
      }
      if (url.pathname.endsWith("/config.js")) return response.writeHead(200, { ...cors, "content-type": "text/javascript" }).end("");
      const body = url.pathname.startsWith("/flags") ? { featureFlags: {}, flags: {} } : { status: 1 };
      response.writeHead(200, { ...cors, "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
