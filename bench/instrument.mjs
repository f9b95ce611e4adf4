// The in-page probe, added as an init script so it runs before any script of the page: when a consent banner is
// first drawn, how many drawn frames show one, layout shifts, long tasks, the first click and the gated script's run.
// It is serialised with `toString()`, so it must not close over anything: `findBanner` arrives as source text.

/**
 * @param {() => Element | null | undefined} findBanner the subject's banner element (may be inside a shadow root)
 * @param {boolean} watchFrames check every frame for a banner. This costs main-thread script time in every frame
 *   (measured: 5-30 ms over 700 ms on a loaded 2-core machine), so visits that measure script time leave it off.
 */
export function instrument(findBanner, watchFrames) {
  const bench = (window.__bench = window.__bench || {});
  Object.assign(bench, { bannerAt: null, bannerFrames: 0, frames: 0, cls: 0, longTasks: [], clickAt: null, gatedAt: null, fcp: null });

  const shown = () => {
    let element;
    try {
      element = findBanner();
    } catch {
      return false;
    }
    if (!element || !element.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    // Some part of it inside the viewport: a banner sliding in from below the fold is not seen until it enters.
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };

  // One check per drawn frame, at the last moment script can see before paint: a ResizeObserver's first notice
  // comes after the frame's requestAnimationFrame callbacks, style and layout. Re-observing in each rAF callback
  // asks for that notice in every frame, so a banner shown by the page's own rAF callbacks is still caught.
  const observer = new ResizeObserver(() => {
    bench.frames += 1;
    if (!shown()) return;
    bench.bannerFrames += 1;
    if (bench.bannerAt === null) {
      bench.bannerAt = performance.now();
      console.debug("bench:banner");
    }
  });
  const tick = () => {
    const root = document.documentElement;
    if (root) {
      observer.unobserve(root);
      observer.observe(root);
    }
    requestAnimationFrame(tick);
  };
  if (watchFrames) requestAnimationFrame(tick);
  bench.shown = shown;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") bench.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  // The page's largest contentful paint so far: a consent banner must never be it (it would then be what a visitor
  // waits for, and Lighthouse would score the page on it). An entry for content inside a shadow root names no element
  // (Chromium hides shadow trees from it, measured): the bench pages have no shadow root but the banner's, so there an
  // entry without an element is the banner.
  let largest;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) largest = entry;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  bench.lcpIsBanner = () => {
    let banner;
    try {
      banner = findBanner();
    } catch {
      return false;
    }
    if (!banner || !largest) return false;
    const element = largest.element;
    if (!element) return banner.getRootNode() instanceof ShadowRoot;
    return banner === element || banner.contains(element);
  };

  // Capture phase on window: runs before the banner's own handler, and sees clicks inside shadow roots.
  addEventListener("click", (event) => void (bench.clickAt ??= event.timeStamp), { capture: true });
}
