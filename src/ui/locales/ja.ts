// Japanese UI strings: `import ja from "consentry/locales/ja"`, then `translations: { ja }` (the drop-in loads them itself).
import type { BundledLocale } from "../i18n";

const ja: BundledLocale = {
  title: "お客様のプライバシーを尊重します",
  description:
    "お客様の同意をいただいた場合に限り、分析とマーケティングのために Cookie を使用します。選択内容は、各ページの「Cookie 設定」リンクからいつでも変更できます。詳しくは{policy}をご覧ください。",
  policy: "Cookie ポリシー",
  acceptAll: "すべて同意",
  rejectAll: "すべて拒否",
  manage: "設定を管理",
  saved: "選択内容を保存しました。",
  dismiss: "同意せずに続行",
  dialogTitle: "プライバシー設定",
  save: "設定を保存",
  close: "閉じる",
  alwaysActive: "常に有効",
  allowed: "許可",
  notAllowed: "許可しない",
  cookies: "Cookie",
  noCookies: "記載された項目はありません。",
  name: "名前",
  provider: "提供元",
  purpose: "目的",
  duration: "保存期間",
  choice: "お客様の選択",
  type: "種類",
  typeCookie: "Cookie",
  typeLocalStorage: "ローカルストレージ",
  typeSessionStorage: "セッションストレージ",
  typeIndexedDB: "IndexedDB",
  thirdParty: "サードパーティ",
  exempt: "拒否しない限り有効",
  otherTab: "別のタブで選択内容が変更されました。",
  blocked: "「{categories}」を許可するまで、{name} はブロックされています。",
  allow: "「{categories}」を許可",
  consentId: "同意 ID",
  gpc: "オプトアウトの意思表示シグナルを尊重しています。ここでオンにしない限り、マーケティングはオフのままです。",
  change: "Cookie 設定を変更",
  categories: {
    necessary: { label: "必須", description: "サイトの動作と、この選択を記憶するために必要です。" },
    preferences: { label: "機能", description: "言語などの設定を記憶します。" },
    analytics: { label: "分析", description: "サイトの利用状況を把握し、改善に役立てます。" },
    marketing: { label: "マーケティング", description: "広告の効果を測定し、他のサイトで関連性の高いおすすめを表示します。" },
  },
};

export default ja;
