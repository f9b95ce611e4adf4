// The UI's second layer: the preferences dialog and the cookie declaration. The drop-in loads it on demand
// (dist/consentry.dialog.mjs), since a first visit needs only the banner and a returning one nothing at all.
import { createDeclaration } from "./declaration";
import { createPreferences } from "./preferences";

export interface SecondLayer {
  createPreferences: typeof createPreferences;
  createDeclaration: typeof createDeclaration;
}

export const secondLayer: SecondLayer = { createPreferences, createDeclaration };
