/**
 * Ctrl+K, ⌘K and `/` open search from any page. The search UI itself is loaded only then,
 * so pages that never search pay nothing for it.
 */
export function initSearchShortcut(): void {
  const open = () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
    if (!link) return;
    import('./search-dialog.ts').then((m) => m.openSearchDialog(link.href)).catch(() => (location.href = link.href));
  };
  document.querySelector('[data-search-open]')?.addEventListener('click', (e) => {
    const me = e as MouseEvent;
    if (me.metaKey || me.ctrlKey || me.shiftKey || me.button !== 0) return;
    e.preventDefault();
    open();
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      open();
    } else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
}
