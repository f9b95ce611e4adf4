// The UI's second layer: the preferences dialog and the cookie declaration, and the code that drives them
// (src/ui/layer.ts, which also brings the English of their texts). The drop-in loads it on demand
// (dist/consentry.dialog.mjs), since a first visit needs only the banner and a returning one nothing at all.
import { attachLayer } from "./layer";

export interface SecondLayer {
  attachLayer: typeof attachLayer;
}

export const secondLayer: SecondLayer = { attachLayer };
