// The built-in English strings, whole: the defaults every other language falls back to, key by key.
// The UI ships them in two halves (strings-banner.ts, strings-dialog.ts) so the drop-in carries only the first.
import banner from "../strings-banner";
import dialog from "../strings-dialog";

export default /* @__PURE__ */ Object.assign({}, banner, dialog);
