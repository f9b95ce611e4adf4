// English for the first layer: what every first visit needs, so it ships in the drop-in itself.
// Button names are part of the public contract (L-03): change them only in a major version.
export default {
  title: "We value your privacy",
  description:
    "With your consent we use cookies for analytics and marketing. You can change your choice at any time with the Cookie settings link on every page. Read our {policy}.",
  policy: "cookie policy",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  manage: "Manage preferences",
  saved: "Your choices were saved.",
  /** L-05, CNIL: the optional close control of the first layer (`closeButton: true`); it records a refusal. */
  dismiss: "Continue without accepting",
};
