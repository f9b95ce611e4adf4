// Writes docs/services.md and the README's catalog count from the built catalog (dist/services/<name>.mjs, after
// `npm run build`): every figure and line there comes from the catalog's own data and code, never typed by hand
// (issue 26 item 7). `--check` writes nothing and fails when either file is out of date (test/node/services-doc.test.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
const names = readdirSync(resolve(ROOT, "src/services/catalog")).map((file) => file.replace(/\.ts$/, "")).sort((a, b) => a.localeCompare(b));
const catalog = await Promise.all(
  names.map(async (name) => {
    const module = await import(pathToFileURL(resolve(ROOT, `dist/services/${name}.mjs`)).href);
    return { service: module.default, about: module.about };
  }),
);

const GROUPS = [
  ["necessary", "Usually strictly necessary"],
  ["analytics", "Analytics and session replay"],
  ["marketing", "Advertising, tag managers and marketing embeds"],
  ["preferences", "Embeds, chat and support"],
];

/** A function's body as one line: what consentry calls, straight from the catalog's code. */
function calls(fn) {
  if (!fn) return "";
  let body = String(fn).trim();
  const arrow = /^(async\s*)?(\([^)]*\)|\w+)\s*=>\s*/.exec(body);
  // An arrow's body, or a method's (`revoke(win) { ... }`).
  body = arrow ? body.slice(arrow[0].length) : body.replace(/^[^(]*\([^)]*\)\s*/, "");
  if (body.startsWith("{") && body.endsWith("}")) body = body.slice(1, -1);
  body = body.replace(/\/\/[^\n]*/g, "").replace(/\s+/g, " ").trim();
  return body.length > 160 ? `${body.slice(0, 157)}…` : body;
}

const code = (text) => (text ? `\`${text.replaceAll("`", "'").replaceAll("|", "\\|")}\`` : "");
const items = (service) =>
  ["cookies", "storage", "sessionStorage"].flatMap((kind) => (service[kind] ?? []).map(([name, , duration]) => `${code(name)} (${kind == "cookies" ? "" : `${kind}, `}${duration})`));
const configLine = (service) => {
  const params = Object.entries(service.params ?? {})
    .filter(([, [, expected]]) => !expected.endsWith("(optional)"))
    .map(([key, [, expected]]) => `${key}: "<${expected.replace(/"/g, "'")}>"`);
  return `services: { ${service.name}: { ${params.join(", ")} } }`.replace("{  }", "{}");
};

const lines = [
  "# Services catalog",
  "",
  `Written by \`npm run docs:services\` from the catalog itself (\`src/services/catalog/\`, built): ${catalog.length} services. Every`,
  "cell below comes from the service's definition; the consent calls are the catalog's own code. How a service runs, in",
  "short: its script loads only after its category is granted, with the vendor told through its own consent API where it",
  "has one; on withdrawal the vendor's revoke call is made, every declared cookie and storage key is erased, and where",
  "the vendor documents no way to stop a script that has run, the page reloads once the withdrawal is saved. Embeds show",
  "a placeholder with **Load once** (this embed, nothing granted) and **Always allow** (the service's category), and",
  "load the vendor's privacy mode where it has one. Each service's source file cites the vendor documentation it follows.",
  "",
  "**Before consent, only where the site turns it on.** A service marked *may load before consent* documents a",
  "\"load with consent denied, then update\" mode (Google's tags, Microsoft Clarity). With `beforeConsent: true` in its",
  "settings consentry loads it at once, told `denied`: **this sends a request to the vendor before consent** (the",
  "visitor's address, the page, a cookieless ping). It is off unless the site sets it. A withdrawal then tells the",
  "vendor `denied` again and leaves it in that mode (no reload): the site chose to run it before consent.",
  "",
  "**What the drop-in fetches.** With `services` in the config, `consentry.services.mjs` and each named service's",
  "own `consentry.service.<name>.mjs` (your files, beside consentry.js) load at start, so their declarations are",
  "known to the banner, the policy table and the cleanup; the vendor's own script waits for the grant.",
  "",
  "**Audience measurement exemptions.** Services marked *exempt-eligible* are cookieless tools that may qualify for an",
  "audience-measurement exemption (CNIL, UK DUAA) under the conditions given; they still stay off until consent unless",
  "the site moves them to a category it marked `exempt` and meets those conditions.",
  "",
  "Every service also takes `category` (move it), `src` (its script from your own host or a first-party proxy).",
  "",
];

for (const [category, title] of GROUPS) {
  const group = catalog.filter(({ service }) => service.category == category);
  if (!group.length) continue;
  lines.push(`## ${title} (${group.length})`, "", "| service | config | stores | told on grant | told on withdrawal | before consent | follows |", "|---|---|---|---|---|---|---|");
  for (const { service, about } of group) {
    const withdrawal = [calls(service.revoke ?? service.deny), service.reload ? "then the page reloads" : ""].filter(Boolean);
    lines.push(
      `| **${service.title}**${about.exempt ? " (exempt-eligible)" : ""} | ${code(configLine(service))} | ${items(service).join(", ") || "nothing on the site"} | ${service.embed ? "the embed loads" : code(calls(service.grant)) || "its script loads"} | ${withdrawal.map((part, index) => (index == 0 && !part.startsWith("then") ? code(part) : part)).join("; ") || (service.embed ? "the embed unloads" : "")} | ${service.deny ? "may (`beforeConsent`)" : "no"} | ${about.docs.map((doc, index) => `[${index + 1}](${doc})`).join(" ")} |`,
    );
  }
  lines.push("");
}

const exempt = catalog.filter(({ about }) => about.exempt);
if (exempt.length) {
  lines.push("## Exemption conditions", "");
  for (const { service, about } of exempt) lines.push(`- **${service.title}**: ${about.exempt}`);
  lines.push("");
}

lines.push(
  "## Providers",
  "",
  "| service | provider | privacy policy | data goes to |",
  "|---|---|---|---|",
  ...catalog.map(({ service }) => `| ${service.title} | ${service.provider[0]} | ${service.provider[1]} | ${service.provider[2] ?? "not stated"} |`),
  "",
);

const doc = `${lines.join("\n")}`;
const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
const count = `<!-- services:count -->${catalog.length}<!-- /services:count -->`;
const newReadme = readme.replace(/<!-- services:count -->\d*<!-- \/services:count -->/g, count);

if (process.argv.includes("--check")) {
  const stale = [];
  if (readFileSync(resolve(ROOT, "docs/services.md"), "utf8") != doc) stale.push("docs/services.md");
  if (newReadme != readme || !readme.includes(count)) stale.push("README.md (the services count)");
  if (stale.length) {
    console.error(`out of date: ${stale.join(", ")}; run npm run build && npm run docs:services`);
    process.exit(1);
  }
} else {
  writeFileSync(resolve(ROOT, "docs/services.md"), doc);
  writeFileSync(resolve(ROOT, "README.md"), newReadme);
  console.log(`docs/services.md: ${catalog.length} services`);
}
