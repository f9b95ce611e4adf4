// Heap (web SDK v5). Snippet: https://developers.heap.io/docs/web (`heap.load(<environment id>)` sets `heap.envId`
// and queues every call in `heapReadyCb` until https://cdn.us.heap-api.com/config/<id>/heap_config.js runs them).
// Stop and resume: the Web SDK API reference https://developers.heap.io/reference (`heap.stopTracking()`
// ends capture and sends nothing more; `heap.startTracking()` resumes). Cookies:
// https://help.heap.io/data-management/data-privacy/heap-cookies/ and the Open Cookie Database (Heap Analytics rows
// _hp2_id, _hp2_ses_props; provider and policy link).
import type { ServiceAbout, ServiceDefinition } from "../types";

const METHODS = "init startTracking stopTracking track resetIdentity identify addUserProperties addEventProperties trackPageview".split(" ");

export default {
  name: "heap",
  title: "Heap",
  category: "analytics",
  params: { envId: [/^\d{6,12}$/, "a Heap environment id (digits)"] },
  src: ({ envId }) => `https://cdn.us.heap-api.com/config/${envId}/heap_config.js`,
  setup(win, { envId }) {
    const ready: unknown[] = (win.heapReadyCb ||= []);
    const heap = (win.heap ||= []);
    // What the snippet's `heap.load` does but inserting the script, which the runtime does.
    heap.envId = envId;
    heap.clientConfig = { shouldFetchServerConfig: false };
    for (const name of METHODS) heap[name] ||= (...args: unknown[]) => void ready.push({ name, fn: () => heap[name]?.(...args) });
  },
  grant: (win) => win.heap.startTracking(),
  revoke: (win) => win.heap.stopTracking(),
  provider: ["Heap (Contentsquare)", "https://www.heap.io/privacy", "US"],
  cookies: [
    ["_hp2_id.*", "Keeps the Heap user id and session", "13 months"],
    ["_hp2_ses_props.*", "Keeps the properties of the current Heap session", "30 minutes"],
    ["_hp2_props.*", "Keeps event properties set by the site", "13 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.us.heap-api.com", "c.us.heap-api.com", "heapanalytics.com", "cdn.heapanalytics.com"],
  docs: [
    "https://developers.heap.io/docs/web",
    "https://developers.heap.io/reference",
    "https://help.heap.io/data-management/data-privacy/heap-cookies/",
  ],
  idFromUrl: ["envId", /heap-api\.com\/config\/(\d+)\/heap_config\.js/],
};
