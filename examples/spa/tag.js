// A stand-in vendor tag for the SPA example: announces itself when the gate runs it.
const params = new URL(document.currentScript.src).searchParams;
window.dispatchEvent(new CustomEvent("spa-tag-ran", { detail: `${params.get("category")} tag for ${params.get("route")}` }));
