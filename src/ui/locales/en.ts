// The built-in English strings, whole: the defaults every other language falls back to, key by key.
// The UI ships them in parts (strings-banner.ts, strings-dialog.ts, strings-placeholder.ts, strings-embed.ts, strings-regions.ts) so each file carries what it draws.
import banner from "../strings-banner";
import dialog from "../strings-dialog";
import embed from "../strings-embed";
import placeholder from "../strings-placeholder";
import regions from "../strings-regions";

export default { ...banner, ...dialog, ...placeholder, ...embed, ...regions };
