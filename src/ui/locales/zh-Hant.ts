// Traditional Chinese UI strings: `import zhHant from "consentry/locales/zh-Hant"`, then `translations: { "zh-Hant": zhHant }`
// (the drop-in loads them itself, also for zh-TW, zh-HK and zh-MO).
import type { BundledLocale } from "../i18n";

const zhHant: BundledLocale = {
  title: "我們重視您的隱私",
  description: "經您同意後，我們會使用 Cookie 進行分析及行銷。您隨時可以透過每一頁上的「Cookie 設定」連結變更選擇。請閱讀我們的{policy}。",
  policy: "Cookie 政策",
  acceptAll: "全部接受",
  rejectAll: "全部拒絕",
  manage: "管理偏好設定",
  saved: "已儲存您的選擇。",
  dismiss: "不接受並繼續",
  dialogTitle: "隱私偏好設定",
  save: "儲存偏好設定",
  close: "關閉",
  alwaysActive: "一律啟用",
  allowed: "允許",
  notAllowed: "不允許",
  cookies: "Cookie",
  noCookies: "未宣告任何項目。",
  name: "名稱",
  provider: "提供者",
  purpose: "用途",
  duration: "期限",
  choice: "您的選擇",
  type: "類型",
  typeCookie: "Cookie",
  typeLocalStorage: "本機儲存空間",
  typeSessionStorage: "工作階段儲存空間",
  typeIndexedDB: "IndexedDB",
  thirdParty: "第三方",
  exempt: "除非您反對，否則啟用",
  otherTab: "您的選擇已在另一個分頁中變更。",
  blocked: "{name} 已封鎖，直到您允許「{categories}」。",
  allow: "允許「{categories}」",
  consentId: "同意 ID",
  gpc: "已遵循退出偏好訊號：除非您在此開啟，否則行銷功能保持關閉。",
  change: "變更 Cookie 設定",
  categories: {
    necessary: { label: "必要", description: "網站運作及記住此選擇所必需。" },
    preferences: { label: "偏好", description: "記住您的語言等設定。" },
    analytics: { label: "分析", description: "協助我們了解網站的使用情況，以便改進。" },
    marketing: { label: "行銷", description: "衡量廣告成效，並在其他網站向您顯示相關優惠。" },
  },
};

export default zhHant;
