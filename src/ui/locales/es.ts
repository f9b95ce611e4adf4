// Spanish UI strings: `import es from "consentry/locales/es"`, then `translations: { es }`.
import type { Locale } from "../i18n";

const es: Locale = {
  title: "Valoramos tu privacidad",
  description:
    "Con tu consentimiento usamos cookies de analítica y marketing. Puedes cambiar tu elección en cualquier momento con el enlace «Configuración de cookies» al pie de cada página. Lee nuestra {policy}.",
  policy: "política de cookies",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  manage: "Gestionar preferencias",
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
  gpc: "Se respeta la señal de exclusión (Global Privacy Control): el marketing queda desactivado salvo que lo actives aquí.",
  saved: "Tus elecciones se han guardado.",
  change: "Cambiar la configuración de cookies",
  categories: {
    necessary: { label: "Necesarias", description: "Imprescindibles para que el sitio funcione, por ejemplo la seguridad y recordar esta elección." },
    preferences: { label: "Preferencias", description: "Recuerdan ajustes como el idioma o la región." },
    analytics: { label: "Analítica", description: "Nos ayudan a entender cómo se usa el sitio para mejorarlo." },
    marketing: { label: "Marketing", description: "Miden la publicidad y te muestran ofertas relevantes en otros sitios." },
  },
};

export default es;
