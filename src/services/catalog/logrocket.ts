// LogRocket. Install: https://docs.logrocket.com/docs/quickstart (https://cdn.lr-ingest.com/LogRocket.min.js, its
// `crossorigin="anonymous"` left out: it only serves error stack traces and needs CORS headers; then
// `LogRocket.init('<org>/<app>')` once it has run: there is no queue, so `init` waits for the script's load event).
// LogRocket documents no call that stops a running recording: `reload`. Storage:
// LogRocket's privacy documentation, https://docs.logrocket.com/ (first-party `_lr_*` cookies and storage keys for the session and tabs).
// The Open Cookie Database has no LogRocket row.
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "logrocket",
  title: "LogRocket",
  category: "analytics",
  params: { appId: [/^[a-z0-9-]+\/[a-z0-9-]+$/, "a LogRocket app id (org/app)"] },
  src: () => "https://cdn.lr-ingest.com/LogRocket.min.js",
  setup(win, { appId }) {
    // On the document: a load event at an element never reaches the window (DOM event path).
    win.document.addEventListener("load", function ready() {
      if (!win.LogRocket?.init) return;
      win.document.removeEventListener("load", ready, true);
      win.LogRocket.init(appId);
    }, true);
  },
  reload: true,
  provider: ["LogRocket", "https://logrocket.com/privacy", "US"],
  cookies: [["_lr_*", "Keeps the LogRocket session, tab and user ids for the recording", "up to 1 year"]],
  storage: [["_lr_*", "The same LogRocket ids and the recording's pending data", "persistent"]],
  sessionStorage: [["_lr_*", "The recording's state for this tab", "session"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["cdn.lr-ingest.com", "r.lr-ingest.com", "cdn.logrocket.io", "r.logrocket.io", "*.lr-ingest.io", "*.lr-in-prod.com"],
  docs: ["https://docs.logrocket.com/docs/quickstart"],
};
