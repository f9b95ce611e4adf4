// The drop-in's first layer (the banner, and what fetches the dialog): loaded beside consentry.js only when a banner
// is needed (no decision yet, `show()`, `open()`, a declaration). A returning visitor's page never fetches it.
export { createUi as default } from "../ui/index";
