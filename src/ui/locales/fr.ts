// French UI strings: `import fr from "consentry/locales/fr"`, then `translations: { fr }`.
import type { Locale } from "../i18n";

const fr: Locale = {
  title: "Votre vie privée compte",
  description:
    "Avec votre accord, nous utilisons des cookies pour la mesure d’audience et le marketing. Vous pouvez changer d’avis à tout moment grâce au lien « Paramètres des cookies » en bas de chaque page. Lisez notre {policy}.",
  policy: "politique relative aux cookies",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  manage: "Gérer les préférences",
  dialogTitle: "Préférences de confidentialité",
  save: "Enregistrer les préférences",
  close: "Fermer",
  alwaysActive: "Toujours actif",
  allowed: "Autorisé",
  notAllowed: "Non autorisé",
  cookies: "Cookies",
  noCookies: "Aucun cookie déclaré.",
  name: "Nom",
  provider: "Fournisseur",
  purpose: "Finalité",
  duration: "Durée",
  choice: "Votre choix",
  gpc: "Signal de refus respecté (Global Privacy Control) : le marketing reste désactivé, sauf si vous l’activez ici.",
  saved: "Vos choix ont été enregistrés.",
  change: "Modifier les paramètres des cookies",
  categories: {
    necessary: { label: "Nécessaires", description: "Indispensables au fonctionnement du site, par exemple la sécurité et la mémorisation de ce choix." },
    preferences: { label: "Préférences", description: "Mémorisent des réglages comme la langue ou la région." },
    analytics: { label: "Mesure d’audience", description: "Nous aident à comprendre l’utilisation du site pour l’améliorer." },
    marketing: { label: "Marketing", description: "Mesurent la publicité et vous montrent des offres pertinentes sur d’autres sites." },
  },
};

export default fr;
