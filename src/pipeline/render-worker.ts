// A render thread: the Markdown processor (Shiki, plugins) is created once per thread, and the
// vault-wide facts every note resolves against (link index, image sizes) arrive once, as workerData.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { ImageSize } from '../lib/garden/image-size.ts';
import type { LinkIndex } from '../lib/garden/links.ts';
import { getRenderer, renderNote, type RenderedNote } from '../markdown/render-note.ts';

export interface RenderShared {
  base: string;
  links: LinkIndex;
  /** Published sizes of the vault's images, by vault path. */
  imageSizes: Map<string, ImageSize | null>;
  /** Sizes in bytes of the vault's PDFs, by vault path. */
  fileSizes?: Map<string, number | null>;
}

export interface RenderTask {
  slug: string;
  file: string;
  body: string;
  tags: string[];
  /** File line of the body's first line (after front matter), for positions of problems. */
  bodyStartLine?: number;
  /** The note itself and the notes it embeds (nested), whose text its page shows. */
  sources?: Array<{ slug: string; body: string; tags: string[] }>;
}

const shared = workerData as RenderShared;
const attachmentSize = (file: string) => shared.imageSizes.get(file) ?? null;
const attachmentBytes = (file: string) => shared.fileSizes?.get(file) ?? null;

// Shiki and the plugins start before the first task, so a note's time budget is its own.
await getRenderer();

/** Renders one note; `started` is told first, so the pool times the note and not the queue. */
export default function render({ task, started }: { task: RenderTask; started: MessagePort }): Promise<RenderedNote> {
  started.postMessage('started');
  started.close();
  const sources = new Map((task.sources ?? []).map((s) => [s.slug, { body: s.body, tags: s.tags }]));
  return renderNote(task.body, {
    slug: task.slug,
    file: task.file,
    bodyStartLine: task.bodyStartLine,
    base: shared.base,
    links: shared.links,
    tags: task.tags,
    attachmentSize,
    attachmentBytes,
    noteSource: (slug) => sources.get(slug),
  });
}
