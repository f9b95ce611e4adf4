// under `require-trusted-types-for 'script'`, a script's text and URL need a policy; pages allow ours with
// `trusted-types consentry`. It passes values through: they come from the page's own markup and config, and the
// policy object never leaves the SDK.
import type { PageWindow } from "../core/storage";

export interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } };

const pass = (value: string) => value;
// One per window: a second policy with the same name would throw where duplicates are not allowed.
const policies = new WeakMap<object, ScriptPolicy>();

export function scriptPolicy(win: PageWindow): ScriptPolicy {
  if (!policies.has(win)) {
    let policy: ScriptPolicy = { createScript: pass, createScriptURL: pass };
    try {
      // Where the browser has no Trusted Types, `trustedTypes` is absent and this throws: plain strings, as below.
      policy = (win as TrustedTypesWindow).trustedTypes!.createPolicy("consentry", policy) ?? policy;
    } catch {
      // The page's CSP does not list `consentry`: plain strings, which work wherever Trusted Types are not enforced.
    }
    policies.set(win, policy);
  }
  return policies.get(win)!;
}
