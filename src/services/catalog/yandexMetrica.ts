// Yandex Metrica. Tag: https://yandex.com/support/metrica/code/counter-initialize.html (the `ym` queue in `ym.a`,
// `ym.l`, https://mc.yandex.ru/metrika/tag.js, then `ym(<id>, "init", {...})`). Yandex documents no call that stops
// a tag that started: `reload`. Cookies: https://yandex.com/support/metrica/general/cookie-usage.html
// and the Open Cookie Database (Yandex.Metrica rows: _ym_uid, _ym_d, _ym_isad, _ym_visorc, _ym_metrika_enabled,
// _ym_hostIndex; provider and policy link).
import type { ServiceAbout, ServiceDefinition } from "../types";

export default {
  name: "yandexMetrica",
  title: "Yandex Metrica",
  category: "analytics",
  params: { id: [/^\d{5,12}$/, "a Yandex Metrica tag number (digits)"] },
  src: () => "https://mc.yandex.ru/metrika/tag.js",
  setup(win, { id }) {
    win.ym ||= Object.assign(
      function ym() {
        // eslint-disable-next-line prefer-rest-params
        (win.ym.a ||= []).push(arguments);
      },
      { l: Date.now() },
    );
    win.ym(Number(id), "init", { clickmap: true, trackLinks: true, accurateTrackBounce: true });
  },
  reload: true,
  provider: ["Yandex", "https://yandex.com/support/metrica/general/gdpr.html", "RU"],
  cookies: [
    ["_ym_uid", "Identifies the visitor to Yandex Metrica", "1 year"],
    ["_ym_d", "Keeps the date of the visitor's first session", "1 year"],
    ["_ym_isad", "Whether the visitor has an ad blocker", "2 days"],
    ["_ym_visorc*", "Lets Session Replay record the visit", "30 minutes"],
    ["_ym_metrika_enabled", "Checks that the other Metrica cookies are set", "60 minutes"],
    ["_ym_hostIndex", "Limits the number of requests", "1 day"],
  ],
  storage: [["_ym*", "The same Metrica ids and pending requests", "persistent"]],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["mc.yandex.ru", "mc.yandex.com", "mc.webvisor.org", "mc.webvisor.com"],
  docs: [
    "https://yandex.com/support/metrica/code/counter-initialize.html",
    "https://yandex.com/support/metrica/general/cookie-usage.html",
  ],
};
