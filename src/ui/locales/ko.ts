// Korean UI strings: `import ko from "consentry/locales/ko"`, then `translations: { ko }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const ko: BundledLocale = {
  title: "개인정보를 소중히 여깁니다",
  description:
    "동의하신 경우에만 분석 및 마케팅을 위해 쿠키를 사용합니다. 모든 페이지의 '쿠키 설정' 링크에서 언제든지 선택을 변경할 수 있습니다. 자세한 내용은 {policy}을 확인하세요.",
  policy: "쿠키 정책",
  acceptAll: "모두 허용",
  rejectAll: "모두 거부",
  manage: "설정 관리",
  saved: "선택 사항이 저장되었습니다.",
  dismiss: "동의하지 않고 계속",
  dialogTitle: "개인정보 보호 설정",
  save: "설정 저장",
  close: "닫기",
  alwaysActive: "항상 사용",
  allowed: "허용됨",
  notAllowed: "허용 안 됨",
  cookies: "쿠키",
  noCookies: "명시된 항목이 없습니다.",
  name: "이름",
  provider: "제공자",
  purpose: "목적",
  duration: "보관 기간",
  choice: "선택",
  type: "유형",
  typeCookie: "쿠키",
  typeLocalStorage: "로컬 스토리지",
  typeSessionStorage: "세션 스토리지",
  typeIndexedDB: "IndexedDB",
  thirdParty: "제3자",
  exempt: "거부하지 않으면 사용",
  otherTab: "다른 탭에서 선택 사항이 변경되었습니다.",
  blocked: "'{categories}'을(를) 허용할 때까지 {name}이(가) 차단됩니다.",
  allow: "'{categories}' 허용",
  consentId: "동의 ID",
  gpc: "옵트아웃 선호 신호를 존중합니다. 여기에서 켜지 않는 한 마케팅은 꺼진 상태로 유지됩니다.",
  change: "쿠키 설정 변경",
  categories: {
    necessary: { label: "필수", description: "사이트 작동과 이 선택을 기억하는 데 필요합니다." },
    preferences: { label: "기본 설정", description: "언어 등의 설정을 기억합니다." },
    analytics: { label: "분석", description: "사이트 이용 방식을 파악하여 개선하는 데 도움이 됩니다." },
    marketing: { label: "마케팅", description: "광고 효과를 측정하고 다른 사이트에서 관련 혜택을 보여 줍니다." },
  },
};

export default ko;
