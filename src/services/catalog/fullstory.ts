// Fullstory (Browser API v2). Snippet: https://developer.fullstory.com/browser/getting-started/ (`_fs_host`, `_fs_script`, `_fs_org`, `_fs_namespace`,
// the `FS(operation, options)` function queuing in `FS.q` until https://edge.fullstory.com/s/fs.js sets `FS._api`).
// Stop and resume: https://developer.fullstory.com/browser/fullcapture/capture-data/ (`FS('shutdown')` ends capture,
// `FS('restart')` starts it again). Cookies: Fullstory's help centre on its first-party cookies,
// https://help.fullstory.com/ (fs_uid, fs_lua, fs_cid). The Open Cookie Database has no Fullstory row.
import type { ServiceAbout, ServiceDefinition } from "../types";

let stopped = false;

export default {
  name: "fullstory",
  title: "Fullstory",
  category: "analytics",
  params: { org: [/^[A-Za-z0-9-]{4,24}$/, "a Fullstory org id (as in window['_fs_org'])"] },
  src: () => "https://edge.fullstory.com/s/fs.js",
  setup(win, { org }) {
    Object.assign(win, { _fs_host: "fullstory.com", _fs_script: "edge.fullstory.com/s/fs.js", _fs_org: org, _fs_namespace: "FS" });
    const FS = (win.FS ||= Object.assign(
      (operation: string, options?: unknown, source?: string) => (FS._api ? FS._api(operation, options, source) : void FS.q.push([operation, options, source, undefined, undefined, 2])),
      { q: [], _v: "2.0.0", _w: { fetch: win.fetch, XMLHttpRequest: win.XMLHttpRequest } },
    ));
  },
  // A re-grant on the same page restarts what the withdrawal shut down.
  grant: (win) => stopped && win.FS("restart"),
  revoke(win) {
    stopped = true;
    win.FS("shutdown");
  },
  provider: ["Fullstory", "https://www.fullstory.com/legal/privacy-policy/", "US"],
  cookies: [
    ["fs_uid", "Keeps the Fullstory user and session ids", "1 year"],
    ["fs_lua", "Keeps the time of the last user action, to end a session", "30 minutes"],
    ["fs_cid", "Keeps the capture consent state", "1 year"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["edge.fullstory.com", "rs.fullstory.com", "*.fullstory.com"],
  docs: [
    "https://developer.fullstory.com/browser/getting-started/",
    "https://developer.fullstory.com/browser/fullcapture/capture-data/",
  ],
};
