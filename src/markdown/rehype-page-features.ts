import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { factsOf, type PageFeatures } from './render-context.ts';

/** The garden's components by the class of their outermost element. */
const FEATURE_OF_CLASS: Record<string, keyof PageFeatures> = {
  'quiz-card': 'quiz',
  'flow-figure': 'flowFigure',
  'mermaid-figure': 'clientMermaid',
};

/**
 * Records which of the garden's components the rendered note holds (practice cards, drawn flows,
 * Mermaid diagrams left to the browser), so the page loads their scripts only when needed. Runs on
 * the final tree, embeds included.
 */
export function rehypePageFeatures() {
  return (tree: Root, file: VFile) => {
    const features: PageFeatures = {};
    visit(tree, 'element', (el) => {
      const cls = el.properties?.className;
      if (!Array.isArray(cls)) return undefined;
      for (const c of cls) {
        const feature = FEATURE_OF_CLASS[String(c)];
        if (feature) {
          features[feature] = true;
          return SKIP;
        }
      }
      return undefined;
    });
    factsOf(file).features = features;
  };
}
