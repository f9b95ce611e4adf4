// A stand-in for PostHog's hosts on 127.0.0.1: serves the real `posthog-js` bundles under `/static/` (what the loader
// fetches as `${api_host}/static/array.js`) and answers and records every API call (P-08).
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolve } from "node:path";
import { startServer, type LoggedRequest, type TestServer } from "./server";

const POSTHOG_DIST = resolve(import.meta.dirname, "../../node_modules/posthog-js/dist");

export interface CaptureServer extends TestServer {
  /** Every request except the static bundles: what PostHog sent about the visitor. */
  apiCalls(): LoggedRequest[];
  /** Requests that carry events (`/e/`, `/i/v0/e/`, `/batch/`, `/s/`). */
  captures(): LoggedRequest[];
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const server = await startServer(POSTHOG_DIST);
  server.route((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const cors = {
      "access-control-allow-origin": String(request.headers.origin ?? "*"),
      "access-control-allow-credentials": "true",
      "access-control-allow-headers": String(request.headers["access-control-request-headers"] ?? "*"),
      "access-control-allow-methods": "GET, POST, OPTIONS",
    };
    if (path.startsWith("/static/")) {
      // Let the file server answer from posthog-js/dist.
      request.url = request.url!.replace("/static/", "/");
      return false;
    }
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors);
      response.end();
      return true;
    }
    const token = /^\/array\/([^/]+)\/config\.js/.exec(path)?.[1];
    if (token) {
      // What PostHog's CDN serves: the project's remote config, so PostHog does not fall back to a JSON request.
      const config = { token, hasFeatureFlags: true, sessionRecording: false, heatmaps: false, surveys: false, siteApps: [] };
      response.writeHead(200, { ...cors, "content-type": "text/javascript" });
      response.end(
        `window._POSTHOG_REMOTE_CONFIG = window._POSTHOG_REMOTE_CONFIG || {};` +
          `window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token)}] = { config: ${JSON.stringify(config)}, siteApps: [] };`,
      );
      return true;
    }
    const body = path.startsWith("/flags") || path.startsWith("/decide") || path.startsWith("/array/")
      ? { featureFlags: {}, featureFlagPayloads: {}, flags: {}, errorsWhileComputingFlags: false, sessionRecording: false }
      : { status: 1 };
    response.writeHead(200, { ...cors, "content-type": "application/json" });
    response.end(JSON.stringify(body));
    return true;
  });
  return Object.assign(server, {
    apiCalls: () => server.requests.filter((request) => !request.url.startsWith("/static/") && request.method !== "OPTIONS"),
    captures: () =>
      server.requests.filter((request) => request.method !== "OPTIONS" && /^\/(e|i\/v0\/e|batch|s|capture)\b/.test(request.url)),
  });
}
