/*
 * The layout check the responsive test runs inside each page (passed to page.evaluate, so it uses nothing from
 * outside its own body).
 */

/** Runs in the page: the elements sticking out of the viewport, and text under the minimum size. */
export function measure(minFont: number): { scrollWidth: number; innerWidth: number; sticking: string[]; cut: string[]; scrolling: string[]; small: string[] } {
  const describeEl = (el: Element) => {
    const cls = typeof el.className === "string" ? el.className : (el.getAttribute("class") ?? "");
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls.trim().slice(0, 60)}"` : ""}> »${text}«`;
  };
  // The nearest ancestor that clips or scrolls sideways (body's overflow-x: hidden, from dkfds, is the viewport's).
  // Remembered per element: the walk up is shared by every descendant (large tables have thousands of cells).
  const clippers = new Map<Element, { el: Element; scrolls: boolean } | null>();
  const clipper = (el: Element): { el: Element; scrolls: boolean } | null => {
    const a = el.parentElement;
    if (!a || a === document.body || a === document.documentElement) return null;
    if (clippers.has(a)) return clippers.get(a) ?? null;
    const ox = getComputedStyle(a).overflowX;
    const found = ox === "auto" || ox === "scroll" ? { el: a, scrolls: true } : ox === "hidden" || ox === "clip" ? { el: a, scrolls: false } : clipper(a);
    clippers.set(a, found);
    return found;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== "hidden" && s.display !== "none" && !el.closest("[aria-hidden=true].sr-only, .sr-only");
  };
  const innerWidth = window.innerWidth;
  const sticking: Array<{ right: number; label: string }> = [];
  const small: string[] = [];
  const cut: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    const r = el.getBoundingClientRect();
    // Screen-reader-only text is 1 px and invisible, but widens the page all the same when it escapes its box.
    if (r.width === 0 && r.height === 0) continue;
    const clip = clipper(el);
    if (r.right > innerWidth + 1 && !clip) {
      // Only the outermost element sticking out: its children would repeat it.
      const parent = el.parentElement;
      if (!parent || parent === document.body || parent.getBoundingClientRect().right <= innerWidth + 1)
        sticking.push({ right: r.right, label: describeEl(el) });
    }
    // Cut off: content running past an ancestor that hides what does not fit (not a scroll region, not .sr-only).
    if (clip && !clip.scrolls && clip.el.getBoundingClientRect().width > 2 && r.right > clip.el.getBoundingClientRect().right + 1) {
      const parent = el.parentElement;
      if (parent === clip.el || (parent && parent.getBoundingClientRect().right <= clip.el.getBoundingClientRect().right + 1))
        cut.push(`${Math.round(r.right - clip.el.getBoundingClientRect().right)} px ${describeEl(el)}`);
    }
    if (!visible(el)) continue;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
    if (!ownText) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
    if (svg) {
      const box = svg.viewBox.baseVal;
      const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
      size *= scale;
    }
    if (size < minFont - 0.05) small.push(`${size.toFixed(1)} px ${describeEl(el)}`);
  }
  // A scroll region whose content does not fit: at a laptop's width that is a column the user does not see.
  const scrolling = Array.from(document.querySelectorAll("[role=region]"))
    .filter((el) => visible(el) && el.scrollWidth > el.clientWidth + 1)
    .map(
      (el) =>
        `${el.scrollWidth - el.clientWidth} px skjult i »${el.getAttribute("aria-label") ?? document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ?? "?"}«`,
    );
  sticking.sort((a, b) => b.right - a.right);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    sticking: sticking.slice(0, 4).map((s) => `${Math.round(s.right)} px ${s.label}`),
    cut: [...new Set(cut)].slice(0, 4),
    scrolling,
    small: [...new Set(small)].slice(0, 6),
  };
}
