// The de UI strings, importable as `consentry/locales/de`. (Placeholder until the UI issue lands.)
export default {};
