// What is wrong with one config: errors (the format, from the zod schema: what the drop-in would refuse) and
// warnings (a valid config that cannot do what its owner meant). Used by `consentry check`.
import bannerStrings from "../ui/strings-banner";
import dialogStrings from "../ui/strings-dialog";
import embedStrings from "../ui/strings-embed";
import placeholderStrings from "../ui/strings-placeholder";
import regionStrings from "../ui/strings-regions";

const BUILT_IN = ["necessary", "preferences", "analytics", "marketing"];
const STRING_KEYS = new Set([...Object.keys(bannerStrings), ...Object.keys(dialogStrings), ...Object.keys(placeholderStrings), ...Object.keys(embedStrings), ...Object.keys(regionStrings)]);

export interface ConfigProblems {
  readonly errors: string[];
  readonly warnings: string[];
}

export async function configProblems(input: unknown): Promise<ConfigProblems> {
  const { configSchema, describeIssues } = await import("./schema");
  // `null` is "no config" to the drop-in too: it runs on the defaults.
  const parsed = configSchema.safeParse(input ?? {});
  if (!parsed.success) return { errors: describeIssues(parsed.error), warnings: [] };
  return { errors: [], warnings: warningsFor(parsed.data) };
}

type Config = import("./schema").NodeConfig;

function warningsFor(config: Config): string[] {
  const warnings: string[] = [];
  const categories = [...new Set([...BUILT_IN, ...Object.keys(config.categories ?? {})])];
  const known = (id: string) => categories.includes(id);
  const unknownCategory = (path: string, id: string) =>
    warnings.push(`${path}: "${id}" is not a category of this config (${categories.join(", ")}), so it is never granted`);

  for (const [id, category] of Object.entries(config.categories ?? {})) {
    // L-07: consent is informed only when the visitor can read what a category is for.
    if (!BUILT_IN.includes(id) && (!category.label || !category.description))
      warnings.push(`categories.${id}: a custom category needs a label and a description (L-07)`);
  }

  if (config.posthog) {
    const category = config.posthog.category ?? "analytics";
    if (category === "necessary") warnings.push(`posthog.category: PostHog cannot be strictly necessary (L-09); the drop-in refuses it`);
    else if (!known(category)) unknownCategory("posthog.category", category);
  }
  if (config.googleConsentMode) {
    const { category = "analytics", mapping = {} } = config.googleConsentMode;
    if (!known(category)) unknownCategory("googleConsentMode.category", category);
    for (const id of Object.keys(mapping)) if (!known(id)) unknownCategory(`googleConsentMode.mapping.${id}`, id);
  }

  for (const [lang, strings] of Object.entries(config.translations ?? {})) {
    for (const key of Object.keys(strings))
      if (key !== "categories" && !STRING_KEYS.has(key)) warnings.push(`translations.${lang}.${key}: not a UI string key, so it is never shown`);
    for (const id of Object.keys(strings.categories ?? {}))
      if (!known(id)) unknownCategory(`translations.${lang}.categories.${id}`, id);
  }
  // Issue 29: a region's texts are translations too.
  for (const [key, rule] of Object.entries(config.regions ?? {}))
    for (const [lang, strings] of Object.entries(rule.texts ?? {}))
      for (const name of Object.keys(strings))
        if (!STRING_KEYS.has(name)) warnings.push(`regions.${key}.texts.${lang}.${name}: not a UI string key, so it is never shown`);
  return warnings;
}
