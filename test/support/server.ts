// A static file server on 127.0.0.1 for the e2e layer: serves the repository (dist/, examples/, node_modules/)
// plus pages registered by a test, with per-page headers (CSP) and a log of every request.
import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface LoggedRequest {
  method: string;
  url: string;
  body: string;
  headers: IncomingMessage["headers"];
}

export type Route = (request: IncomingMessage, response: ServerResponse, body: string) => boolean | void;

export interface TestServer {
  readonly origin: string;
  readonly requests: LoggedRequest[];
  /** Serve `html` at `path` with optional extra headers (for example a Content-Security-Policy). */
  page(path: string, html: string, headers?: Record<string, string>): string;
  /** A handler tried before files; return true when it answered. */
  route(handler: Route): void;
  close(): Promise<void>;
}

export async function startServer(root: string = ROOT): Promise<TestServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const routes: Route[] = [];
  const requests: LoggedRequest[] = [];

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: request.method ?? "GET", url: request.url ?? "/", body, headers: request.headers });
      for (const handle of routes) if (handle(request, response, body)) return;
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      // Browsers ask for it on every page; a 404 would show up as a console error.
      if (path === "/favicon.ico") return void response.writeHead(204).end();
      const page = pages.get(path);
      if (page) {
        response.writeHead(200, { "content-type": TYPES[".html"]!, "cache-control": "no-store", ...page.headers });
        response.end(page.html);
        return;
      }
      serveFile(root, path, response);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return origin + path;
    },
    route: (handler) => void routes.push(handler),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function serveFile(root: string, path: string, response: ServerResponse): void {
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return notFound(response);
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
  } catch {
    return notFound(response);
  }
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    "access-control-allow-origin": "*",
  });
  createReadStream(file).pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain" });
  response.end("not found");
}
