// Same site or third party: hosts compared by registrable domain (a short list of two-level suffixes stands in for
// the Public Suffix List); IP addresses and single labels compare whole.

const TWO_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or|go|gv)$/;

export function siteOf(host: string): string {
  const name = host.replace(/^\./, "").replace(/:\d+$/, "").toLowerCase();
  if (/^[\d.]+$/.test(name) || name.includes(":") || !name.includes(".")) return name;
  const labels = name.split(".");
  const keep = labels.length > 2 && labels.at(-1)!.length === 2 && TWO_LEVEL.test(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

export const isThirdParty = (host: string, pageHost: string): boolean => siteOf(host) !== siteOf(pageHost);
