// The es UI strings, importable as `consentry/locales/es`. (Placeholder until the UI issue lands.)
export default {};
