// Embeds of a catalog service (issue 26 item 3): `<iframe data-consent-service="youtube" data-src="...">` loads
// nothing until the visitor chooses. The placeholder offers "Load once" (this embed, no category granted) beside
// "Always allow <service>" (the service's category); it takes the embed's size, so loading it shifts nothing (CLS 0),
// and shows a preview image only from the site itself (`data-consent-thumbnail`, a same-origin URL).
import type { ConsentContext } from "../api";
import { needConsent } from "../gate/demand";
import { report } from "../gate/report";
import { sizeLikeEmbed } from "../ui/placeholder";
import english from "../ui/strings-embed";
import type { ServiceDefinition } from "./types";

/** The placeholder's words, in the visitor's language: {service} is the vendor, {name} the embed's title. */
export type EmbedTexts = Pick<typeof english, "embedBlocked" | "embedOnce" | "embedAlways">;

interface Embed {
  readonly frame: HTMLIFrameElement;
  readonly url: string;
  readonly note: HTMLElement;
  once?: boolean;
}

export function watchEmbeds(context: ConsentContext, service: ServiceDefinition, category: string, texts: EmbedTexts | Promise<EmbedTexts> = english): () => void {
  const { store, api, signal } = context;
  const doc = context.window!.document;
  const embeds = new Map<HTMLIFrameElement, Embed>();
  const source = `service:${service.name}`;

  const show = (embed: Embed, on: boolean) => {
    embed.frame.hidden = !on;
    embed.note.hidden = on;
    // about:blank stops a playing video and the vendor's scripts in the frame (L-11).
    embed.frame.src = on ? embed.url : "about:blank";
  };
  const sync = () => {
    for (const embed of embeds.values()) {
      const on = store.granted(category) || !!embed.once;
      if (on != !embed.frame.hidden || (on && embed.frame.getAttribute("src") != embed.url)) show(embed, on);
    }
  };

  const adopt = (frame: HTMLIFrameElement) => {
    if (embeds.has(frame)) return;
    let url: URL | undefined;
    try {
      url = service.embed!(new URL(frame.dataset.src ?? "", doc.baseURI));
    } catch {
      // An unparseable URL is not the vendor's either.
    }
    if (!url) return report(store, source, `data-src is not a ${service.title} embed URL: ${frame.dataset.src}`);
    const note = placeholder(frame, texts, service.title, {
      once: () => ((embed.once = true), sync(), embed.frame.focus()),
      always: () => api.set({ [category]: true }),
    });
    const embed: Embed = { frame, url: url.href, note };
    embeds.set(frame, embed);
    frame.hidden = true;
    frame.before(note);
    if (category != "necessary") needConsent(store);
  };

  const scan = () => doc.querySelectorAll<HTMLIFrameElement>(`iframe[data-consent-service="${service.name}"]`).forEach(adopt);
  scan();
  // Embeds added later (an SPA route, a CMS block) are found as gated tags are.
  const observer = new MutationObserver(() => (scan(), sync()));
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  sync();
  // Withdrawal unloads every embed, "once" ones too: a refusal is the visitor's latest word (L-11).
  const off = store.bus.on("change", ({ revoked }) => {
    if (revoked.includes(category)) for (const embed of embeds.values()) embed.once = false;
    sync();
  });
  const stop = () => {
    observer.disconnect();
    off();
    for (const embed of embeds.values()) embed.note.remove();
  };
  signal.addEventListener("abort", stop, { once: true });
  return stop;
}

function placeholder(
  frame: HTMLIFrameElement,
  texts: EmbedTexts | Promise<EmbedTexts>,
  service: string,
  actions: { once: () => void; always: () => void },
): HTMLElement {
  const doc = frame.ownerDocument;
  const note = doc.createElement("div");
  note.className = "consentry-placeholder";
  const name = frame.title || service;
  const fill = (text: string) => text.replace("{service}", service).replace("{name}", name);
  // The preview is the site's own image: a vendor thumbnail would be a request to the vendor before consent.
  const thumbnail = frame.dataset.consentThumbnail;
  if (thumbnail && new URL(thumbnail, doc.baseURI).origin == doc.location.origin) {
    const image = doc.createElement("img");
    image.src = thumbnail;
    image.alt = "";
    note.append(image);
  }
  const text = doc.createElement("p");
  const group = doc.createElement("div");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", name);
  const buttons = [actions.once, actions.always].map((run) => {
    const button = doc.createElement("button");
    button.type = "button";
    button.onclick = run;
    return button;
  });
  group.append(...buttons);
  note.append(text, group);
  // Words once the visitor's language is here (a locale file may be on its way): never English first.
  void Promise.resolve(texts).then((words) => {
    text.textContent = fill(words.embedBlocked);
    buttons[0]!.textContent = fill(words.embedOnce);
    buttons[1]!.textContent = fill(words.embedAlways);
    note.lang = (words as { lang?: string }).lang ?? "en";
    note.dir = "auto";
  });
  sizeLikeEmbed(note, frame);
  return note;
}
