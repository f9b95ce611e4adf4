// The fr UI strings, importable as `consentry/locales/fr`. (Placeholder until the UI issue lands.)
export default {};
