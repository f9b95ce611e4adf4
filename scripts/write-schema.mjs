// Writes dist/consentry.schema.json (the config's JSON Schema, for editors and a `$schema` key) from the zod schema
// the Node wing validates with (src/node/schema.ts, built to dist/node/schema.mjs).
import { writeFileSync } from "node:fs";
import { configJsonSchema } from "../dist/node/schema.mjs";

writeFileSync(new URL("../dist/consentry.schema.json", import.meta.url), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
