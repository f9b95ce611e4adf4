// Traditional Chinese UI strings: `import zhHant from "consentry/locales/zh-Hant"`, then `translations: { "zh-Hant": zhHant }`.
import type { Locale } from "../i18n";

const zhHant: Locale = {
  title: "我們重視您的隱私",
  description: "經您同意後，我們才會使用分析及行銷 Cookie。您隨時可以透過每頁底部的「Cookie 設定」連結變更選擇。請閱讀我們的{policy}。",
  policy: "Cookie 政策",
  acceptAll: "全部接受",
  rejectAll: "全部拒絕",
  manage: "管理偏好設定",
  dialogTitle: "隱私偏好設定",
  save: "儲存偏好設定",
  close: "關閉",
  alwaysActive: "一律啟用",
  allowed: "允許",
  notAllowed: "不允許",
  cookies: "Cookie",
  noCookies: "未宣告任何 Cookie。",
  name: "名稱",
  provider: "提供者",
  purpose: "用途",
  duration: "期限",
  choice: "您的選擇",
  gpc: "已遵循退出偏好訊號（Global Privacy Control）：除非您在此開啟，否則行銷功能保持關閉。",
  saved: "已儲存您的選擇。",
  change: "變更 Cookie 設定",
  categories: {
    necessary: { label: "必要", description: "網站運作所必需，例如安全性及記住此選擇。" },
    preferences: { label: "偏好", description: "記住語言或地區等設定。" },
    analytics: { label: "分析", description: "協助我們了解網站的使用情況，以便改進。" },
    marketing: { label: "行銷", description: "衡量廣告成效，並在其他網站上向您顯示相關優惠。" },
  },
};

export default zhHant;
