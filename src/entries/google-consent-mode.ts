// `consentry/google-consent-mode`: Google Consent Mode v2 for the npm package. (Placeholder until the gating issue lands.)
export {};
