// dist/consentry.sdk.mjs: the drop-in's SDK, fetched by consentry.js when something needs more than its first layer.
export { startSdk as default } from "../page/sdk";
