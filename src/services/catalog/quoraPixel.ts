// Quora Pixel. Base code: https://quoraadsupport.zendesk.com/hc/en-us/articles/115010466208 (the `qp` stub queueing
// `arguments` until qevents.js sets `qp.qp`, https://a.quora.com/qevents.js, `qp('init', '<pixel id>')`,
// `qp('track', 'ViewContent')`).
// Consent: Quora documents no consent or stop call for the pixel (the site must gate it): so `reload` on withdrawal.
// Cookies: Quora publishes no cookie list for the pixel and the Open Cookie Database has no Quora rows; its `m-b`
// browser cookies are on quora.com (https://www.quora.com/about/cookies), their durations undocumented. Nothing is
// declared rather than something guessed: the audit reports whatever the pixel is seen to store.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "quoraPixel",
  title: "Quora Pixel",
  category: "marketing",
  params: { pixelId: [/^[0-9a-f]{32}$/, "a Quora Pixel id (32 hexadecimal characters)"] },
  src: () => "https://a.quora.com/qevents.js",
  setup(win, { pixelId }) {
    if (!win.qp) {
      const qp: VendorFunction = function (...args) {
        // eslint-disable-next-line prefer-rest-params
        qp.qp ? qp.qp(...args) : qp.queue.push(arguments);
      };
      qp.queue = [];
      win.qp = qp;
    }
    win.qp("init", pixelId);
    win.qp("track", "ViewContent");
  },
  reload: true,
  provider: ["Quora, Inc.", "https://www.quora.com/about/privacy", "US"],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["a.quora.com", "q.quora.com", "*.quora.com"],
  docs: ["https://quoraadsupport.zendesk.com/hc/en-us/articles/115010466208", "https://www.quora.com/about/cookies"],
};
