// The crawl (issue 11 items 1, 2): same-origin pages from the start URL, its links and sitemap.xml, up to `pages`;
// four visits per page with consentry (one without), at most `parallel` browser contexts at a time.
import type { Browser } from "playwright-core";
import type { PageResult, VisitKind } from "./types";
import { visitPage } from "./visit";

export interface CrawlOptions {
  pages: number;
  parallel: number;
  /** The --config declarations, for the UI's translated button names. */
  config?: unknown;
  /** --region (issue 29): every visit carries this `consentry-region` cookie. */
  region?: string;
  progress?: (done: number, started: number, phase: string, url: string) => void;
}

const PHASE: Record<VisitKind, string> = {
  none: "no interaction",
  reject: "Reject all",
  accept: "Accept all",
  withdraw: "Accept all, then withdraw",
};

/** Same-origin page URLs from `/sitemap.xml`; none when there is no sitemap. */
export async function sitemapUrls(start: URL): Promise<string[]> {
  try {
    const response = await fetch(new URL("/sitemap.xml", start), { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return [];
    const text = await response.text();
    return [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)]
      .map((match) => match[1]!.replace(/&amp;/g, "&"))
      .filter((url) => URL.canParse(url) && new URL(url).origin === start.origin);
  } catch {
    return [];
  }
}

function semaphore(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((done) => waiting.push(done));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

export async function crawl(browser: Browser, startUrl: string, options: CrawlOptions): Promise<PageResult[]> {
  const start = new URL(startUrl);
  start.hash = "";
  const queue = [start.href, ...(await sitemapUrls(start))];
  const queued = new Set<string>();
  const results: PageResult[] = [];
  const tasks: Promise<void>[] = [];
  const slot = semaphore(Math.max(1, options.parallel));
  let done = 0;

  const visit = (url: string, kind: VisitKind, config: unknown) =>
    slot(() => {
      options.progress?.(done, tasks.length, PHASE[kind], url);
      return visitPage(browser, url, kind, options.config ?? config, options.region);
    });

  const auditPage = async (url: string, index: number) => {
    const first = await visit(url, "none", undefined);
    const page: PageResult = {
      url,
      consentry: first.consentry,
      visits: [first.result],
      links: first.links,
      config: first.config,
      screenshot: first.screenshot,
      error: first.result.error,
    };
    results[index] = page;
    for (const link of first.links) queue.push(link);
    pump();
    // Without consentry there is nothing to click: visit (a) alone is the inventory (the onboarding path).
    if (first.consentry) {
      const rest = await Promise.all((["reject", "accept", "withdraw"] as const).map((kind) => visit(url, kind, first.config)));
      page.visits.push(...rest.map((outcome) => outcome.result));
    }
    done++;
    options.progress?.(done, tasks.length, "done", url);
  };

  const pump = () => {
    while (tasks.length < options.pages && queue.length) {
      const url = queue.shift()!;
      if (queued.has(url)) continue;
      queued.add(url);
      tasks.push(auditPage(url, tasks.length));
    }
  };
  pump();
  // Pages found while crawling join `tasks` as it is walked.
  for (let i = 0; i < tasks.length; i++) await tasks[i];
  return results;
}
