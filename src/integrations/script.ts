// Injects a vendor script with the SDK's nonce, Trusted Types policy and optional SRI; resolves on
// load, rejects on failure.
import type { PageWindow } from "../core/storage";
import { scriptPolicy } from "../gate/trusted";

export interface ScriptOptions {
  nonce?: string | undefined;
  integrity?: string | undefined;
}

export function injectScript(win: PageWindow, src: string, { nonce, integrity }: ScriptOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement("script");
    script.src = scriptPolicy(win).createScriptURL(src);
    if (nonce) script.nonce = nonce;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = "anonymous";
    }
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`consentry: ${src} failed to load`));
    win.document.head.append(script);
  });
}
