// Spanish UI strings: `import es from "consentry/locales/es"`, then `translations: { es }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const es: BundledLocale = {
  title: "Valoramos tu privacidad",
  description:
    "Con tu consentimiento usamos cookies de analítica y marketing. Puedes cambiar tu elección en cualquier momento con el enlace «Configuración de cookies» de cada página. Consulta nuestra {policy}.",
  policy: "política de cookies",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  manage: "Gestionar preferencias",
  saved: "Se han guardado tus elecciones.",
  dismiss: "Continuar sin aceptar",
  dialogTitle: "Preferencias de privacidad",
  save: "Guardar preferencias",
  close: "Cerrar",
  alwaysActive: "Siempre activas",
  allowed: "Permitidas",
  notAllowed: "No permitidas",
  cookies: "Cookies",
  noCookies: "Ninguna declarada.",
  name: "Nombre",
  provider: "Proveedor",
  purpose: "Finalidad",
  duration: "Duración",
  choice: "Tu elección",
  type: "Tipo",
  typeCookie: "Cookie",
  typeLocalStorage: "Almacenamiento local",
  typeSessionStorage: "Almacenamiento de sesión",
  typeIndexedDB: "IndexedDB",
  thirdParty: "De terceros",
  exempt: "Activas salvo que te opongas",
  otherTab: "Tus elecciones se han cambiado en otra pestaña.",
  blocked: "{name} está bloqueado hasta que permitas {categories}.",
  allow: "Permitir {categories}",
  consentId: "ID de consentimiento",
  gpc: "Se respeta la señal de exclusión: el marketing queda desactivado salvo que lo actives aquí.",
  change: "Cambiar la configuración de cookies",
  categories: {
    necessary: { label: "Necesarias", description: "Imprescindibles para que el sitio funcione y para recordar esta elección." },
    preferences: { label: "Preferencias", description: "Recuerdan ajustes como tu idioma." },
    analytics: { label: "Analítica", description: "Nos ayudan a ver cómo se usa el sitio, para mejorarlo." },
    marketing: { label: "Marketing", description: "Miden la publicidad y te muestran ofertas relevantes en otros sitios." },
  },
};

export default es;
