// The drop-in's second layer (preferences dialog, cookie declaration), loaded beside consentry.js when first needed.
export { secondLayer as default } from "../ui/second-layer";
