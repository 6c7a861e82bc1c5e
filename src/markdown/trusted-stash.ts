import type { VFile } from 'vfile';
import type { TrustedStash } from '../lib/html/sanitize-tree.ts';

/** The note's stash of trusted HTML (src/lib/html/trusted.ts), passed by renderNote as `frontmatter.gardenTrusted`. */
export function trustedStash(file: VFile): TrustedStash | undefined {
  return (file.data as { astro?: { frontmatter?: { gardenTrusted?: TrustedStash } } }).astro?.frontmatter
    ?.gardenTrusted;
}
