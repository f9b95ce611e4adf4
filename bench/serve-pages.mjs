// The bench pages and the files they load, served on 127.0.0.1 the way a site would serve them to a returning visitor:
// pages never cached, the tools' own files (dist/, bench/pages/, node_modules/) cacheable for an hour, so a returning
// visit takes them from the HTTP cache (bench/floor.mjs, bench/lighthouse.mjs).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
const SERVED = ["dist", "bench/pages", "node_modules"];

/** Starts the server on a free port; resolves with its origin and a `close`. */
export async function servePages(root) {
  const server = createServer((request, response) => {
    const file = normalize(join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    const allowed = SERVED.some((dir) => file.startsWith(join(root, dir) + "/"));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type, "cache-control": type.startsWith("text/html") ? "no-store" : "max-age=3600" });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
