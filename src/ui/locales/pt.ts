// European Portuguese UI strings: `import pt from "consentry/locales/pt"`, then `translations: { pt }` (the drop-in loads
// them itself; Brazil has its own, pt-BR).
import type { BundledLocale } from "../i18n";

const pt: BundledLocale = {
  title: "Valorizamos a sua privacidade",
  description:
    "Com o seu consentimento, utilizamos cookies para análise e marketing. Pode alterar a sua escolha a qualquer momento através da ligação «Definições de cookies» em todas as páginas. Leia a nossa {policy}.",
  policy: "política de cookies",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  manage: "Gerir preferências",
  saved: "As suas escolhas foram guardadas.",
  dismiss: "Continuar sem aceitar",
  dialogTitle: "Preferências de privacidade",
  save: "Guardar preferências",
  close: "Fechar",
  alwaysActive: "Sempre ativos",
  allowed: "Permitidos",
  notAllowed: "Não permitidos",
  cookies: "Cookies",
  noCookies: "Nenhum declarado.",
  name: "Nome",
  provider: "Fornecedor",
  purpose: "Finalidade",
  duration: "Duração",
  choice: "A sua escolha",
  type: "Tipo",
  typeCookie: "Cookie",
  typeLocalStorage: "Armazenamento local",
  typeSessionStorage: "Armazenamento de sessão",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Terceiros",
  exempt: "Ativos, salvo oposição sua",
  otherTab: "As suas escolhas foram alteradas noutro separador.",
  blocked: "{name} está bloqueado até permitir: {categories}.",
  allow: "Permitir {categories}",
  embedBlocked: "{name} é alojado por {service}, que pode definir cookies e saber que visitou esta página.",
  embedOnce: "Carregar uma vez",
  embedAlways: "Permitir sempre {service}",
  consentId: "ID de consentimento",
  gpc: "Sinal de oposição respeitado: o marketing permanece desativado, a menos que o ative aqui.",
  change: "Alterar definições de cookies",
  recordProvider: "Este site",
  recordPurpose: "Memoriza a sua escolha sobre cookies",
  categories: {
    necessary: { label: "Necessários", description: "Necessários para o funcionamento do site e para memorizar esta escolha." },
    preferences: { label: "Preferências", description: "Memorizam definições como o seu idioma." },
    analytics: { label: "Análise", description: "Ajudam-nos a perceber como o site é utilizado, para o melhorar." },
    marketing: { label: "Marketing", description: "Medem a publicidade e mostram-lhe ofertas relevantes noutros sites." },
  },
};

export default pt;
