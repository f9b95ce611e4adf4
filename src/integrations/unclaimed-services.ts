// `services` in `createConsent(config)` of `consentry` without `services(...)` from consentry/services would configure
// vendors that never run: a config error that says how to pass them, rather than silence (issue 26). `services: {}`
// is fine. (Headless `consentry/core` keeps every vendor section inert, as it does `posthog`: nothing is wired there.)
import type { Integration } from "../api";
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

const expected = "a service passed as integrations: [services(...)] from consentry/services";

export const unclaimedServices: ConfigSection = {
  key: "services",
  schema: s.record({ expected, run: (_, path, issues) => void issues.push({ path, expected }) } as s.Schema<string>, s.unknown()),
};

export const unclaimedServicesIntegration: Integration = Object.assign(() => {}, { configSection: unclaimedServices });
