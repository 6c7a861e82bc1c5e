import { mountSearch } from './search-ui.ts';
import { clientStrings as s } from '../i18n/client.ts';

let dialog: HTMLDialogElement | null = null;

/** Opens the search dialog (created on first use). */
export function openSearchDialog(_fallbackHref: string): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-label', s.dialogLabel);
    dialog.innerHTML = `<div class="search-dialog-inner" id="search-dialog-ui"></div><button type="button" class="search-close">${s.close} <kbd class="shortcut-hint">Esc</kbd></button>`;
    document.body.append(dialog);
    const d = dialog;
    d.querySelector('.search-close')?.addEventListener('click', () => d.close());
    d.addEventListener('click', (e) => {
      if (e.target === d) d.close();
    });
    mountSearch(d.querySelector<HTMLElement>('#search-dialog-ui')!, { onNavigate: () => d.close() });
  }
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('.search-input');
  input?.focus();
  input?.select(); // reopening keeps the last query and its results, ready to be replaced
}
