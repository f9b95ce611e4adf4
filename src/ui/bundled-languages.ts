// The languages that ship as files beside the drop-in (dist/consentry.locale.<code>.mjs): every file in
// src/ui/locales/ but en (test/dom/i18n-locales.test.ts holds the two together).
export const BUNDLED_LANGUAGES = "bg cs da de el es et fi fr ga hr hu it ja ko lt lv mt nl pl pt pt-BR ro sk sl sv zh-Hans zh-Hant".split(" ");
