// The Node wing's packages are optional peers (a browser app's `npm i consentry` installs none of them): a verb that
// needs one asks here first, and a missing one is one clear line and exit code 2, not a stack trace.

/** `undefined` when every package can be imported, else the exit code 2 after saying what to install. */
export async function missingPeer(packages: string | readonly string[], verb: string): Promise<2 | undefined> {
  const missing: string[] = [];
  for (const name of typeof packages === "string" ? [packages] : packages) {
    try {
      await import(name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      missing.push(name);
    }
  }
  if (!missing.length) return undefined;
  console.error(`${verb} needs ${missing.join(", ")}: run \`npm i -D ${missing.join(" ")}\` (optional peers of consentry)`);
  return 2;
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}
