// The report's charts as inline SVG text: no script, no font, no request. Each chart scales to its container
// (viewBox, width 100%); the words stay in HTML beside it (a label drawn inside an SVG shrinks with it and is
// unreadable at 360 px). Colours come from classes in the page's one <style>, never a style attribute, so the page's
// CSP can allow exactly that <style> by its hash.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const WIDTH = 640;
const fmt = (value: number) => (Math.round(value * 10) / 10).toString();

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Vertical bars (decisions per day), scaled to the largest; each bar's value is in its tooltip. */
export function columnChart(title: string, bars: readonly Bar[]): string {
  const height = 160;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const step = WIDTH / Math.max(1, bars.length);
  const rects = bars
    .map((bar, index) => {
      const h = (height * bar.value) / max;
      return `<rect class="bar" x="${fmt(index * step + step * 0.1)}" y="${fmt(height - h)}" width="${fmt(step * 0.8)}" height="${fmt(h)}"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`;
    })
    .join("");
  return svg(title, height, `${rects}<line class="rule" x1="0" x2="${WIDTH}" y1="${height}" y2="${height}"/>`);
}

export interface Stack {
  readonly label: string;
  /** Parts in a fixed order, each with the class that colours it. */
  readonly parts: readonly { readonly key: string; readonly value: number }[];
}

/** 100% stacked columns (the share of each method per day). */
export function shareChart(title: string, stacks: readonly Stack[]): string {
  const height = 160;
  const step = WIDTH / Math.max(1, stacks.length);
  const columns = stacks
    .map((stack, index) => {
      const total = stack.parts.reduce((sum, part) => sum + part.value, 0);
      let y = height;
      return stack.parts
        .filter((part) => part.value > 0)
        .map((part) => {
          const h = (height * part.value) / total;
          y -= h;
          const share = `${fmt((100 * part.value) / total)}%`;
          return `<rect class="s-${part.key}" x="${fmt(index * step + step * 0.05)}" y="${fmt(y)}" width="${fmt(step * 0.9)}" height="${fmt(h)}"><title>${escapeHtml(`${stack.label} ${part.key}: ${share}`)}</title></rect>`;
        })
        .join("");
    })
    .join("");
  return svg(title, height, columns);
}

/** One horizontal bar, 0 to 1 of its width (acceptance of a category, an opt-in rate): the words around it are HTML. */
export function meter(title: string, share: number): string {
  return `<svg class="meter" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(title)}"><rect class="track" x="0" y="0" width="100" height="8"/><rect class="bar" x="0" y="0" width="${fmt(100 * Math.min(1, Math.max(0, share)))}" height="8"/></svg>`;
}

function svg(title: string, height: number, body: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" preserveAspectRatio="xMinYMin meet"><title>${escapeHtml(title)}</title>${body}</svg>`;
}
