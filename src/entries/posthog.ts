// `consentry/posthog`: the PostHog loader for the npm package. (Placeholder until the gating issue lands.)
export {};
