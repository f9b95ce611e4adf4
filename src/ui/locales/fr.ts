// French UI strings: `import fr from "consentry/locales/fr"`, then `translations: { fr }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const fr: BundledLocale = {
  title: "Votre vie privée compte",
  description:
    "Avec votre accord, nous utilisons des cookies pour la mesure d’audience et le marketing. Vous pouvez modifier votre choix à tout moment grâce au lien « Paramètres des cookies » présent sur chaque page. Consultez notre {policy}.",
  policy: "politique relative aux cookies",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  manage: "Gérer les préférences",
  saved: "Vos choix ont été enregistrés.",
  dismiss: "Continuer sans accepter",
  dialogTitle: "Préférences de confidentialité",
  save: "Enregistrer les préférences",
  close: "Fermer",
  alwaysActive: "Toujours actif",
  allowed: "Autorisé",
  notAllowed: "Non autorisé",
  cookies: "Cookies",
  noCookies: "Aucun déclaré.",
  name: "Nom",
  provider: "Fournisseur",
  purpose: "Finalité",
  duration: "Durée",
  choice: "Votre choix",
  type: "Type",
  typeCookie: "Cookie",
  typeLocalStorage: "Stockage local",
  typeSessionStorage: "Stockage de session",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Tiers",
  exempt: "Actif sauf opposition de votre part",
  otherTab: "Vos choix ont été modifiés dans un autre onglet.",
  blocked: "{name} est bloqué tant que vous n’autorisez pas : {categories}.",
  allow: "Autoriser {categories}",
  consentId: "Identifiant de consentement",
  gpc: "Signal de refus respecté : le marketing reste désactivé, sauf si vous l’activez ici.",
  change: "Modifier les paramètres des cookies",
  categories: {
    necessary: { label: "Nécessaires", description: "Indispensables au fonctionnement du site et à la mémorisation de ce choix." },
    preferences: { label: "Préférences", description: "Mémorisent des réglages comme votre langue." },
    analytics: { label: "Mesure d’audience", description: "Nous aident à comprendre comment le site est utilisé, pour l’améliorer." },
    marketing: { label: "Marketing", description: "Mesurent l’efficacité des publicités et vous montrent des offres pertinentes ailleurs." },
  },
};

export default fr;
