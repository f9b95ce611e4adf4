// The drop-in's proof-of-consent part, loaded next to consentry.js only on pages whose config has `log`.
export { consentLogIntegration as default } from "../integrations/consent-log";
