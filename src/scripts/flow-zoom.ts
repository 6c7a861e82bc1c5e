/**
 * 크게 보기 for flow diagrams (src/lib/flow/figure.ts). A diagram wider than its column is scaled
 * down by CSS to fit; its `button[data-flow-zoom]` (hidden in the HTML) is shown while that is so,
 * and opens the page's `dialog[data-flow-dialog]` (src/components/FlowZoom.astro) with a copy of the
 * SVG at its own size, scrollable. Escape, the 닫기 button or a click outside closes it; focus goes
 * back to the button. The copy's ids get a suffix, so the page never holds one id twice.
 */

/** True when the SVG is drawn narrower than its own width (CSS scaled it down). */
function isScaled(svg: SVGSVGElement): boolean {
  const own = Number(svg.getAttribute('width'));
  return own > 0 && svg.getBoundingClientRect().width < own - 1;
}

function copyOf(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const rename = (id: string) => `${id}-zoom`;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) if (el.id) el.id = rename(el.id);
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['marker-start', 'marker-end', 'aria-labelledby']) {
      const v = el.getAttribute(name);
      if (!v) continue;
      el.setAttribute(
        name,
        name === 'aria-labelledby'
          ? v.split(/\s+/).map(rename).join(' ')
          : v.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`),
      );
    }
  }
  return copy;
}

export function initFlowZoom(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-flow-dialog]');
  const body = dialog?.querySelector<HTMLElement>('[data-flow-dialog-body]');
  if (!dialog || !body || typeof dialog.showModal !== 'function') return;
  const figures = [...document.querySelectorAll<HTMLElement>('figure.flow-figure')];
  const update = () => {
    for (const fig of figures) {
      const svg = fig.querySelector<SVGSVGElement>('.flow-scroll > svg');
      const button = fig.querySelector<HTMLButtonElement>('button[data-flow-zoom]');
      if (svg && button) button.hidden = !isScaled(svg);
    }
  };
  update();
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(update);
    for (const fig of figures) ro.observe(fig);
  } else window.addEventListener('resize', update);

  for (const fig of figures) {
    fig.querySelector('button[data-flow-zoom]')?.addEventListener('click', () => {
      const svg = fig.querySelector<SVGSVGElement>('.flow-scroll > svg');
      if (!svg) return;
      body.replaceChildren(copyOf(svg));
      dialog.showModal();
      body.focus();
    });
  }
  dialog.querySelector('[data-flow-dialog-close]')?.addEventListener('click', () => dialog.close());
  // a click on the backdrop (outside the dialog's box) closes it
  dialog.addEventListener('click', (ev) => {
    const r = dialog.getBoundingClientRect();
    const inside = ev.clientX >= r.left && ev.clientX <= r.right && ev.clientY >= r.top && ev.clientY <= r.bottom;
    if (ev.target === dialog && !inside) dialog.close();
  });
  dialog.addEventListener('close', () => body.replaceChildren());
}
