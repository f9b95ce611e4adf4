// Real-ish pages for storage tests: happy-dom pages that share one browser's cookie jar, so Domain=, Path= and
// Secure behave as a browser applies them (a cookie set on www.example.com with Domain=example.com is seen on shop).
import { Browser } from "happy-dom";
import { afterEach } from "vitest";
import { parseConfig, type ConsentConfig } from "../../src/integrations/config";
import { createBrowserStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";

const browsers: Browser[] = [];

afterEach(async () => {
  for (const browser of browsers.splice(0)) await browser.close();
});

/** A browser whose pages share cookies; `open(url)` is a new page (a tab, or a reload) at that address. */
export function browser() {
  const instance = new Browser({ settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  browsers.push(instance);
  return {
    open(url: string): PageWindow {
      const page = instance.defaultContext.newPage();
      page.url = url;
      return page.mainFrame.window as unknown as PageWindow;
    },
  };
}

/** The SDK's store on `win` with the browser storage, as the drop-in builds it. */
export function storeOn(win: PageWindow, config: ConsentConfig = {}) {
  const parsed = parseConfig(config);
  const storage = createBrowserStorage({ cookie: parsed.cookie, window: win });
  return createStore(parsed, { storage });
}

/** The values of every cookie called `name` the page sees (a name set on two paths shows twice). */
export function cookieValues(win: PageWindow, name: string): string[] {
  return win.document.cookie
    .split("; ")
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => decodeURIComponent(pair.slice(name.length + 1)));
}
