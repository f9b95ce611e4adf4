// Bulgarian UI strings: `import bg from "consentry/locales/bg"`, then `translations: { bg }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const bg: BundledLocale = {
  title: "Ценим вашата поверителност",
  description:
    "С ваше съгласие използваме бисквитки за анализ и маркетинг. Можете да промените избора си по всяко време чрез връзката „Настройки за бисквитки“ на всяка страница. Прочетете нашата {policy}.",
  policy: "политика за бисквитките",
  acceptAll: "Приемане на всички",
  rejectAll: "Отхвърляне на всички",
  manage: "Управление на предпочитанията",
  saved: "Изборът ви е запазен.",
  dismiss: "Продължаване без приемане",
  dialogTitle: "Настройки за поверителност",
  save: "Запазване на предпочитанията",
  close: "Затваряне",
  alwaysActive: "Винаги активни",
  allowed: "Разрешени",
  notAllowed: "Неразрешени",
  cookies: "Бисквитки",
  noCookies: "Няма декларирани.",
  name: "Име",
  provider: "Доставчик",
  purpose: "Цел",
  duration: "Срок",
  choice: "Вашият избор",
  type: "Вид",
  typeCookie: "Бисквитка",
  typeLocalStorage: "Локално хранилище",
  typeSessionStorage: "Сесийно хранилище",
  typeIndexedDB: "IndexedDB",
  thirdParty: "Трета страна",
  exempt: "Активни, освен ако не възразите",
  otherTab: "Изборът ви беше променен в друг раздел.",
  blocked: "Съдържанието от {name} е блокирано, докато не разрешите: {categories}.",
  allow: "Разрешаване: {categories}",
  consentId: "ID на съгласието",
  gpc: "Сигналът за отказ се зачита: маркетингът остава изключен, освен ако не го включите тук.",
  change: "Промяна на настройките за бисквитки",
  categories: {
    necessary: { label: "Необходими", description: "Нужни са за работата на сайта и за запомняне на този избор." },
    preferences: { label: "Предпочитания", description: "Запомнят настройки като вашия език." },
    analytics: { label: "Анализ", description: "Помагат ни да видим как се използва сайтът, за да го подобрим." },
    marketing: { label: "Маркетинг", description: "Измерват рекламите и ви показват подходящи оферти другаде." },
  },
};

export default bg;
