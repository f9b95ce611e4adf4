// Proof of consent (L-12, GDPR 7(1)): every decision record goes to `log.endpoint`; what fails stays queued in
// localStorage and is sent again on the next page.
import type { Integration } from "../api";
import { report } from "../gate/report";

/** Where records wait to be sent again (read by the drop-in's returning path too). */
export const QUEUE_KEY = "consentry-log";
/** Enough for every decision of a long offline spell; older ones are dropped first. */
const QUEUE_LIMIT = 20;

export const consentLogIntegration: Integration = ({ config, store, window: win }) => {
  const endpoint = config.log?.endpoint;
  if (!endpoint || !win) return;

  const queued = (): string[] => {
    try {
      const items: unknown = JSON.parse(win.localStorage.getItem(QUEUE_KEY) || "[]");
      return Array.isArray(items) ? items.filter((item): item is string => typeof item == "string") : [];
    } catch {
      return [];
    }
  };
  const keep = (items: string[]) => {
    try {
      if (items.length) win.localStorage.setItem(QUEUE_KEY, JSON.stringify(items.slice(-QUEUE_LIMIT)));
      else win.localStorage.removeItem(QUEUE_KEY);
    } catch {
      // S-04: no storage, no queue; the send itself still happens.
    }
  };

  // `fetch` with keepalive rather than `sendBeacon`: both outlive the page, but only fetch says whether the
  // endpoint took the record, and an unconfirmed record must stay queued.
  const send = (body: string) =>
    win
      // Same-origin credentials (S-06): an endpoint on the site's own origin may answer with the consent cookie as a
      // server-set cookie, which WebKit does not cap at 7 days; a cookie-less ("omit") response would be dropped. An
      // endpoint elsewhere still gets no cookie. The receiver stores none (L-12: no personal data).
      .fetch(endpoint, { method: "POST", body, keepalive: true, credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(`consentry: ${endpoint} answered ${response.status}`);
        keep(queued().filter((item) => item != body));
      })
      .catch((error) => report(store, "log", error));

  queued().forEach(send);
  store.bus.on("change", ({ record, remote }) => {
    // The tab that decided sends it; the others only follow (S-05). The record holds no personal data.
    if (!record || remote) return;
    const body = JSON.stringify(record);
    keep([...queued(), body]);
    void send(body);
  });
};
