/** The theme toggle: flips light/dark, remembers the choice, follows the system until chosen. */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => button?.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  sync();
  button?.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('garden:theme', root.dataset.theme);
    } catch {
      // storage refused (private mode): the choice lasts for this page only
    }
    sync();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem('garden:theme');
    } catch {
      // storage refused: follow the system setting
    }
    if (!saved) {
      root.dataset.theme = e.matches ? 'dark' : 'light';
      sync();
    }
  });
}
