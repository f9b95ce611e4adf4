// Reading an embed's URL (issue 26): which host it is on and the id in its path, so a service loads only its own
// vendor's player, in the vendor's privacy mode, whatever form of the URL a site pasted.

/** The host without `www.`/`m.`, when it is one of `hosts` (exactly, or a subdomain of it). */
export function vendorHost(url: URL, hosts: readonly string[]): string | undefined {
  const host = url.hostname.replace(/^(www|m)\./, "");
  return url.protocol == "https:" ? hosts.find((each) => host == each || host.endsWith(`.${each}`)) : undefined;
}

/** `url`'s query parameters onto `embed`, but those in `drop`. */
export function withQuery(embed: URL, url: URL, ...drop: string[]): URL {
  url.searchParams.forEach((value, key) => drop.includes(key) || embed.searchParams.set(key, value));
  return embed;
}
