/**
 * The search UI (dialog and /search/ page): Pagefind in the browser, results as you type
 * (Hangul composition included: we search on `input`, which fires while composing),
 * arrow keys and Enter to pick, a tag filter. The query goes through the same Korean
 * normalization the build used (src/lib/korean) before it reaches Pagefind.
 */
import { normalizeQuery } from '../lib/korean/query.ts';
import { PAGEFIND_RANKING } from '../lib/korean/search-config.ts';
import { PARTS_FILE, partFolders } from '../lib/korean/search-parts.ts';
import { clientStrings as s } from '../i18n/client.ts';
import { fillString } from '../lib/quiz/strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface Pagefind {
  init?: () => Promise<void>;
  options?: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, unknown> },
  ) => Promise<{ results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }> } | null>;
  debouncedSearch: (
    q: string,
    o?: { filters?: Record<string, unknown> },
    ms?: number,
  ) => Promise<{ results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }> } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | null = null;
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= openPagefind(`${base}pagefind/`);
  return pagefindPromise;
}

async function openPagefind(bundle: string): Promise<Pagefind> {
  // the list of the index's further parts is fetched beside the code, not after it
  const parts = fetch(bundle + PARTS_FILE)
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  const options = { excerptLength: 24, ranking: PAGEFIND_RANKING };
  await pf.options?.(options);
  await pf.init?.();
  await Promise.all(partFolders(await parts).map((part) => pf.mergeIndex(bundle + part, options)));
  // Pagefind's first search starts its search worker and decodes the page list (over a second on
  // a 10,000-note garden); a search that matches nothing, run as the box opens, pays for that
  // before the first keystroke.
  await pf.search('zzzzzz').catch(() => null);
  return pf;
}

/**
 * Keystrokes closer together than this share one search. Pagefind runs searches one after another,
 * so on a large garden, where a search takes a while, a search started for a half-typed word only
 * delays the next one: the pause follows how long searches take here (20–120 ms).
 */
let typingPauseMs = 35;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The text of the first <mark> of a Pagefind excerpt (HTML entities decoded), or ''. */
export function firstMarkText(excerpt: string): string {
  const m = /<mark>([\s\S]*?)<\/mark>/.exec(excerpt);
  if (!m) return '';
  const t = document.createElement('textarea');
  t.innerHTML = m[1].replace(/<[^>]*>/g, '');
  return t.value.trim();
}

/**
 * `#:~:text=` for the word as it appears on the page (the excerpt's first highlight, e.g. 노트북에서
 * for the query 노트북을), so the browser scrolls to and highlights it. '' when nothing is highlighted.
 */
export function textFragment(excerpt: string): string {
  const word = firstMarkText(excerpt);
  // `-`, `,` and `&` are syntax inside a text directive: percent-encode them too.
  return word
    ? `#:~:text=${encodeURIComponent(word).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26')}`
    : '';
}

/**
 * While a Hangul syllable is being composed, the box may end in a bare jamo (노트북ㅇ, 스토리ㅈ):
 * search without it, so the results of what is already typed stay on screen.
 */
export function withoutTrailingJamo(text: string): string {
  return text.replace(/([\uac00-\ud7a3])[\u3131-\u318e]+$/u, '$1');
}

export function mountSearch(root: HTMLElement, opts: { autofocus?: boolean; onNavigate?: () => void } = {}): void {
  const base = document.documentElement.dataset.base ?? '/';
  root.innerHTML = `
    <form class="search-form" role="search" action="${esc(base)}search/">
      <label class="visually-hidden" for="search-input-${root.id}">${esc(s.searchLabel)}</label>
      <input id="search-input-${root.id}" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false"
        placeholder="${esc(s.searchPlaceholder)}" role="combobox" aria-expanded="false" aria-controls="search-results-${root.id}" aria-autocomplete="list" />
      <label class="visually-hidden" for="search-tag-${root.id}">${esc(s.tagFilterLabel)}</label>
      <select id="search-tag-${root.id}" class="search-tag"><option value="">${esc(s.allTags)}</option></select>
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol id="search-results-${root.id}" class="search-results" role="listbox" aria-label="${esc(s.results)}"></ol>`;
  const input = root.querySelector<HTMLInputElement>('.search-input')!;
  const select = root.querySelector<HTMLSelectElement>('.search-tag')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const status = root.querySelector<HTMLParagraphElement>('.search-status')!;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial && root.dataset.readQuery !== undefined) input.value = initial;
  let active = -1;
  let seq = 0;
  let composing = false;

  loadPagefind(base).catch(() => {
    status.textContent = s.loadFailed;
  });
  // The tag list is Pagefind's filter index, as large as the rest of what a first search fetches
  // on a big garden: it is loaded when the tag box is first reached, not with the search box.
  let tagsLoading: Promise<void> | null = null;
  const loadTags = () => {
    tagsLoading ??= loadPagefind(base)
      .then(async (pf) => {
        const filters = await pf.filters();
        const tags = Object.entries(filters.tag ?? {}).sort(([a], [b]) => a.localeCompare(b, s.intl));
        for (const [tag, n] of tags) select.add(new Option(`${tag} (${n})`, tag));
      })
      .catch(() => {});
  };
  select.addEventListener('focus', loadTags);
  select.addEventListener('pointerdown', loadTags);

  const setActive = (i: number) => {
    const items = [...list.querySelectorAll<HTMLLIElement>('[role=option]')];
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach((el, j) => el.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', items[active].id);
    items[active].scrollIntoView({ block: 'nearest' });
  };

  const run = async () => {
    const my = ++seq;
    const raw = withoutTrailingJamo(input.value.trim());
    const tag = select.value;
    if (!raw && !tag) {
      list.innerHTML = '';
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    // One letter (`노` on the way to `노트북`) matches nearly every note: noise, and the most
    // expensive search there is. Wait for the second letter.
    if (raw && [...raw].length < 2 && !tag) {
      status.textContent = s.tooShort;
      return;
    }
    const pf = await loadPagefind(base);
    // Typing fast: let the keystrokes of one burst share one search (Pagefind runs searches one at a time).
    await new Promise((r) => setTimeout(r, typingPauseMs));
    if (my !== seq) return;
    const query = raw ? normalizeQuery(raw) || raw : null;
    const started = performance.now();
    const search = await pf.search(query, tag ? { filters: { tag } } : {});
    typingPauseMs = Math.min(120, Math.max(20, (performance.now() - started) / 2));
    if (my !== seq || !search) return;
    // Mid-syllable (노트부 on the way to 노트북) nothing may match yet: keep the previous results.
    if (composing && search.results.length === 0 && list.childElementCount > 0) return;
    const top = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    if (my !== seq) return;
    active = -1;
    list.innerHTML = top
      .map((d, i) => {
        const tags = (d.filters?.tag ?? [])
          .slice(0, 4)
          .map((x) => `<span class="tag">${esc(x)}</span>`)
          .join(' ');
        const date = d.meta.date ? `<time class="result-date">${esc(d.meta.date)}</time>` : '';
        return `<li id="r-${root.id}-${i}" role="option" aria-selected="false"><a href="${esc(d.url)}${textFragment(d.excerpt)}">
          <span class="result-title">${esc(d.meta.title ?? d.url)}</span>
          <span class="result-meta">${date} ${tags}</span>
          <span class="result-excerpt">${d.excerpt}</span></a></li>`;
      })
      .join('');
    status.textContent = top.length
      ? fillString(s.resultCount, { n: search.results.length })
      : fillString(s.noResults, { query: raw });
    input.setAttribute('aria-expanded', String(top.length > 0));
  };

  // `input` fires for every keystroke, also while a Hangul syllable is being composed.
  input.addEventListener('input', () => void run());
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    void run();
  });
  select.addEventListener('change', () => void run());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter' && !e.isComposing) {
      const link = list.querySelectorAll<HTMLAnchorElement>('[role=option] a')[Math.max(active, 0)];
      if (link) {
        e.preventDefault();
        opts.onNavigate?.();
        location.href = link.href;
      }
    }
  });
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  if (opts.autofocus) input.focus();
  if (input.value) void run();
}
