// Loaded into the `consentry audit` process under test (NODE_OPTIONS=--import): every browser context the audit opens
// answers https:// requests from CONSENTRY_TEST_VENDORS (a JSON file: { "<vendor URL>": "<script>" }) through
// Playwright's request routing, so a fixture page can load a vendor's script from its real, documented URL and
// nothing leaves the machine. Any other https:// request (a vendor's beacon) gets an empty 204.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const scripts = JSON.parse(readFileSync(process.env.CONSENTRY_TEST_VENDORS, "utf8"));
const launch = chromium.launch.bind(chromium);

chromium.launch = async (...options) => {
  const browser = await launch(...options);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...contextOptions) => {
    const context = await newContext(...contextOptions);
    await context.route(
      (url) => url.protocol === "https:",
      (route) => {
        const body = scripts[route.request().url()];
        return body === undefined ? route.fulfill({ status: 204 }) : route.fulfill({ status: 200, contentType: "text/javascript", body });
      },
    );
    return context;
  };
  return browser;
};
