// `npm run screenshots`: builds the drop-in, then takes the README's screenshots of the banner and the dialog
// (light and dark, 1280, 360 and 320 px) in real Chromium through test/e2e/ui-screenshots.test.ts, into docs/.
import { spawnSync } from "node:child_process";

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run("npm", ["run", "build"]);
run("npx", ["vitest", "run", "--project", "e2e", "test/e2e/ui-screenshots.test.ts"], { CONSENTRY_SCREENSHOTS: "docs" });
console.log("screenshots written to docs/*.png");
