/**
 * Client Mermaid for the diagrams the build cannot draw: `<figure data-mermaid>` holding
 * the source in `<pre class="mermaid-source">`. Nothing is fetched until a figure comes within
 * 200px of the viewport; then `mermaid` is imported once and every figure is drawn, in the
 * current theme, and redrawn when the theme toggle flips `<html data-theme>`.
 */
import { clientStrings as s } from '../i18n/client.ts';

type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | null = null;
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  // Mermaid's own prebuilt bundle, published by src/integrations/mermaid-runtime.ts (not re-bundled by Vite).
  const base = document.documentElement.dataset.base ?? '/';
  loading ??= import(/* @vite-ignore */ `${base}_mermaid/mermaid.esm.min.mjs`).then(
    (m: { default: Mermaid }) => m.default,
  );
  return loading;
}

function currentTheme(): 'dark' | 'default' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default';
}

async function draw(figure: HTMLElement): Promise<void> {
  const source = figure.dataset.mermaidSource ?? figure.querySelector('.mermaid-source')?.textContent ?? '';
  if (!source.trim()) return;
  figure.dataset.mermaidSource = source;
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: currentTheme(),
    fontFamily: getComputedStyle(document.body).fontFamily,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    // A diagram's own `%%{init: …}%%` directive may not change these (labels as SVG text, no
    // HTML, no CSS of its own, no script-capable links): the note is untrusted.
    secure: [
      'secure',
      'securityLevel',
      'startOnLoad',
      'maxTextSize',
      'maxEdges',
      'htmlLabels',
      'flowchart',
      'themeCSS',
      'themeVariables',
      'dompurifyConfig',
      'fontFamily',
    ],
  });
  try {
    const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
    const pre = figure.querySelector('.mermaid-source');
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    const el = holder.firstElementChild;
    if (!(el instanceof SVGElement)) return;
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', s.diagram);
    figure.querySelector(':scope > svg')?.remove();
    pre?.setAttribute('hidden', '');
    figure.append(el);
    figure.dataset.mermaidRendered = currentTheme();
  } catch {
    // leave the source readable
  }
}

export function initMermaidLazy(root: ParentNode = document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-mermaid]')];
  if (figures.length === 0) return;
  const seen = new Set<HTMLElement>();
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        seen.add(e.target as HTMLElement);
        void draw(e.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const f of figures) io.observe(f);
  new MutationObserver(() => {
    for (const f of seen) if (f.dataset.mermaidRendered && f.dataset.mermaidRendered !== currentTheme()) void draw(f);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
