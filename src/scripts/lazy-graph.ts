// Graphs are shipped as inert <template> SVG and put in the page only when scrolled into view.
export function initLazyGraphs(): void {
  const frames = document.querySelectorAll<HTMLElement>('[data-lazy-graph]');
  const show = (el: Element) => {
    const tpl = el.querySelector('template');
    if (!tpl) return;
    el.querySelector('.graph-placeholder')?.remove();
    el.appendChild(tpl.content.cloneNode(true));
    tpl.remove();
  };
  if (!('IntersectionObserver' in window)) {
    frames.forEach(show);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        show(e.target);
      }
    },
    { rootMargin: '200px' },
  );
  frames.forEach((f) => io.observe(f));
}
