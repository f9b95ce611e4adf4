// The zh-Hant UI strings, importable as `consentry/locales/zh-Hant`. (Placeholder until the UI issue lands.)
export default {};
