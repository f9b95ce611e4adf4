// The drop-in's services part (issue 26), loaded beside consentry.js only on pages whose config has `services`. It
// fetches each named service's own part (consentry.service.<name>.mjs, at most 1 KB gzip), checks its settings with
// that service's schema and starts it; a bad entry is a config error naming its path, and that service never runs.
import type { ConsentContext, PartLoader } from "../api";
import { ConfigError, sectionOf } from "../core/config";
import * as s from "../core/schema";
import { report } from "../gate/report";
import { serviceSchema, startService } from "../services/runtime";
import { servicesShape } from "../services/section";
import { embedTexts, pickEmbedLanguage } from "../services/texts";
import type { ServiceDefinition } from "../services/types";
import { BUNDLED_LANGUAGES } from "../ui/bundled-languages";

export default function startServices(context: ConsentContext, loadPart: PartLoader): () => void {
  const { store, config, signal } = context;
  const stops: (void | (() => void))[] = [];
  const lang = pickEmbedLanguage(context, BUNDLED_LANGUAGES);
  // The embed placeholders speak the visitor's language: its locale file, unless the banner already brought it.
  const texts =
    lang == "en" || config.translations[lang]
      ? Promise.resolve()
      : loadPart(`locale.${lang}`).then(
          (module) => void (config.translations[lang] ??= (module as { default: never }).default),
          () => {},
        );
  for (const [name, settings] of Object.entries(sectionOf(context.config, servicesShape) ?? {})) {
    const refuse = (issues: string[]) => report(store, "config", new ConfigError(issues));
    loadPart(`service.${name}`).then(
      (module) => {
        const service = (module as { default: ServiceDefinition }).default;
        if (signal.aborted) return;
        const checked = s.safeParse(serviceSchema(service), settings);
        if (!checked.ok) return refuse(checked.issues.map((issue) => s.formatIssue({ ...issue, path: ["services", name, ...issue.path] })));
        stops.push(startService(context, service, checked.value, texts.then(() => embedTexts(context, lang))));
      },
      () => refuse([`services.${name}: a catalog service (docs/services.md); or consentry.service.${name}.mjs is not served beside consentry.js`]),
    );
  }
  return () => stops.forEach((stop) => stop?.());
}
