// The UI's second layer: the preferences dialog and the cookie declaration. The drop-in loads it on demand
// (dist/consentry.dialog.mjs), since a first visit needs only the banner and a returning one nothing at all.
import { createDeclaration } from "./declaration";
import { createPreferences } from "./preferences";
import strings from "./strings-dialog";
import { DIALOG_CSS } from "./theme";

export interface SecondLayer {
  createPreferences: typeof createPreferences;
  createDeclaration: typeof createDeclaration;
  /** Adopted into the shadow root next to the banner's rules when the dialog first opens. */
  dialogCss: string;
  /** The English defaults of the dialog and declaration texts. */
  strings: typeof strings;
}

export const secondLayer: SecondLayer = { createPreferences, createDeclaration, dialogCss: DIALOG_CSS, strings };
