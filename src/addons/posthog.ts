// The drop-in's PostHog part, loaded next to consentry.js only on pages whose config has `posthog`.
export { posthogIntegration as default } from "../integrations/posthog";
