// Brazilian Portuguese UI strings: `import ptBR from "consentry/locales/pt-BR"`, then `translations: { "pt-BR": ptBR }`
// (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const ptBR: BundledLocale = {
  title: "Valorizamos sua privacidade",
  description:
    "Com o seu consentimento, usamos cookies para análise e marketing. Você pode alterar sua escolha a qualquer momento pelo link “Configurações de cookies” em todas as páginas. Leia nossa {policy}.",
  policy: "política de cookies",
  acceptAll: "Aceitar todos",
  rejectAll: "Rejeitar todos",
  manage: "Gerenciar preferências",
  saved: "Suas escolhas foram salvas.",
  dismiss: "Continuar sem aceitar",
  dialogTitle: "Preferências de privacidade",
  save: "Salvar preferências",
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
  choice: "Sua escolha",
  type: "Tipo",
  typeCookie: "Cookie",
  typeLocalStorage: "Armazenamento local",
  typeSessionStorage: "Armazenamento de sessão",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Terceiros",
  exempt: "Ativos, a menos que você se oponha",
  otherTab: "Suas escolhas foram alteradas em outra aba.",
  blocked: "{name} está bloqueado até você permitir: {categories}.",
  allow: "Permitir {categories}",
  embedBlocked: "{name} é hospedado por {service}, que pode definir cookies e saber que você visitou esta página.",
  embedOnce: "Carregar uma vez",
  embedAlways: "Sempre permitir {service}",
  consentId: "ID de consentimento",
  gpc: "Sinal de exclusão respeitado: o marketing fica desativado, a menos que você o ative aqui.",
  change: "Alterar configurações de cookies",
  recordProvider: "Este site",
  recordPurpose: "Lembra sua escolha sobre cookies",
  categories: {
    necessary: { label: "Necessários", description: "Necessários para o site funcionar e para lembrar esta escolha." },
    preferences: { label: "Preferências", description: "Lembram configurações como o seu idioma." },
    analytics: { label: "Análise", description: "Ajudam a entender como o site é usado, para melhorá-lo." },
    marketing: { label: "Marketing", description: "Medem anúncios e mostram ofertas relevantes para você em outros sites." },
  },
};

export default ptBR;
