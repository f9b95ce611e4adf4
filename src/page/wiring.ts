// Page conventions (DESIGN 3): any `[data-consent-open]` opens the dialog, by delegation so late links work too,
// `[data-consent-declaration]` elements get the cookie declaration once the document is parsed, and
// `[data-consent-preferences]` elements the inline preferences (issue 9).
import type { Integration } from "../api";

export const wirePage: Integration = ({ api, window: win, signal }) => {
  const doc = win?.document;
  if (!doc) return;
  doc.addEventListener(
    "click",
    (event) => {
      const opener = (event.target as Element | null)?.closest?.("[data-consent-open]");
      if (!opener) return;
      event.preventDefault();
      api.open();
    },
    { signal },
  );
  const fillDeclarations = () => {
    for (const element of doc.querySelectorAll("[data-consent-declaration]")) api.renderDeclaration(element);
    for (const element of doc.querySelectorAll("[data-consent-preferences]")) api.renderPreferences(element);
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", fillDeclarations, { once: true, signal });
  else queueMicrotask(() => signal.aborted || fillDeclarations());
};
