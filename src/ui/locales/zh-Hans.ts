// Simplified Chinese UI strings: `import zhHans from "consentry/locales/zh-Hans"`, then `translations: { "zh-Hans": zhHans }`
// (the drop-in loads them itself, also for zh, zh-CN and zh-SG).
import type { BundledLocale } from "../i18n";

const zhHans: BundledLocale = {
  title: "我们重视您的隐私",
  description: "征得您的同意后，我们会使用 Cookie 进行分析和营销。您可以随时通过每个页面上的“Cookie 设置”链接更改您的选择。请阅读我们的{policy}。",
  policy: "Cookie 政策",
  acceptAll: "全部接受",
  rejectAll: "全部拒绝",
  manage: "管理偏好设置",
  saved: "您的选择已保存。",
  dismiss: "不接受并继续",
  dialogTitle: "隐私偏好设置",
  save: "保存偏好设置",
  close: "关闭",
  alwaysActive: "始终启用",
  allowed: "允许",
  notAllowed: "不允许",
  cookies: "Cookie",
  noCookies: "未声明任何项目。",
  name: "名称",
  provider: "提供方",
  purpose: "用途",
  duration: "期限",
  choice: "您的选择",
  type: "类型",
  typeCookie: "Cookie",
  typeLocalStorage: "本地存储",
  typeSessionStorage: "会话存储",
  typeIndexedDB: "IndexedDB",
  thirdParty: "第三方",
  exempt: "除非您反对，否则启用",
  otherTab: "您的选择已在另一个标签页中更改。",
  blocked: "{name} 已被屏蔽，直到您允许“{categories}”。",
  allow: "允许“{categories}”",
  consentId: "同意 ID",
  gpc: "已遵循退出偏好信号：除非您在此处开启，否则营销功能保持关闭。",
  change: "更改 Cookie 设置",
  categories: {
    necessary: { label: "必要", description: "网站运行及记住此选择所必需。" },
    preferences: { label: "偏好", description: "记住您的语言等设置。" },
    analytics: { label: "分析", description: "帮助我们了解网站的使用情况，以便加以改进。" },
    marketing: { label: "营销", description: "衡量广告效果，并在其他网站上向您展示相关优惠。" },
  },
};

export default zhHans;
