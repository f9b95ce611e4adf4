// Injects a vendor script with the SDK's nonce and optional SRI; resolves on load, rejects on failure.
export interface ScriptOptions {
  nonce?: string | undefined;
  integrity?: string | undefined;
}

export function injectScript(doc: Document, src: string, { nonce, integrity }: ScriptOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = src;
    if (nonce) script.nonce = nonce;
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = "anonymous";
    }
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`consentry: ${src} failed to load`));
    doc.head.append(script);
  });
}
