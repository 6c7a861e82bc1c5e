// Hover or focus an internal link: a popover with the target's title and first lines,
// fetched from one small static JSON chunk (src/lib/garden/preview.ts). Escape closes it.
// Without JS the links are plain links.
import { previewChunkOf } from '../lib/garden/preview.ts';

type Chunk = Record<string, [string, string]>;

export function initLinkPreviews(): void {
  const host = document.querySelector<HTMLElement>('[data-preview-chunks]');
  if (!host) return;
  const chunks = Number(host.dataset.previewChunks) || 1;
  const base = (document.documentElement.dataset.base || '/').replace(/\/?$/, '/');
  const cache = new Map<number, Promise<Chunk>>();
  const load = (k: number) => {
    let p = cache.get(k);
    if (!p) {
      p = fetch(`${base}graph/previews/${k}.json`)
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}));
      cache.set(k, p);
    }
    return p;
  };

  const pop = document.createElement('div');
  pop.id = 'link-preview';
  pop.className = 'link-preview';
  pop.setAttribute('role', 'tooltip');
  pop.hidden = true;
  document.body.appendChild(pop);
  let current: Element | null = null;
  let timer = 0;

  const hide = () => {
    clearTimeout(timer);
    current?.removeAttribute('aria-describedby');
    current = null;
    pop.hidden = true;
  };
  const show = async (a: Element) => {
    const slug = a.getAttribute('data-slug');
    if (!slug) return;
    current = a;
    const data = await load(previewChunkOf(slug, chunks));
    const entry = data[slug];
    if (current !== a || !entry) return;
    pop.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = entry[0];
    const body = document.createElement('p');
    body.textContent = entry[1];
    pop.append(title, body);
    pop.hidden = false;
    const r = a.getBoundingClientRect();
    const w = Math.min(340, window.innerWidth - 16);
    pop.style.width = `${w}px`;
    pop.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - w - 8))}px`;
    const below = r.bottom + 8 + pop.offsetHeight < window.innerHeight;
    pop.style.top = `${window.scrollY + (below ? r.bottom + 6 : r.top - pop.offsetHeight - 6)}px`;
    a.setAttribute('aria-describedby', pop.id);
  };
  const target = (e: Event) => (e.target instanceof Element ? e.target.closest('a[data-slug]') : null);
  const enter = (e: Event) => {
    const a = target(e);
    if (!a || a === current) return;
    clearTimeout(timer);
    timer = window.setTimeout(() => void show(a), e.type === 'focusin' ? 0 : 250);
  };
  const leave = (e: Event) => {
    if (target(e)) hide();
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('mouseout', leave);
  document.addEventListener('focusout', leave);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !pop.hidden) hide();
  });
}
