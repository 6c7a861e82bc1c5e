/** ASCII flow → graph → Mermaid → SVG. */
export type { FlowDirection, FlowEdge, FlowGraph, FlowGroup, FlowNode, ParseFlowOptions } from './types.ts';
export { parseFlow } from './parse-flow.ts';
export { findProseFlow } from './prose-flow.ts';
export { isFlowCandidateLang } from './candidate-lang.ts';
export { toMermaid, escapeMermaidText } from './mermaid.ts';
export { findFlowsInMarkdown, type FoundFlow } from './markdown-flows.ts';
export {
  displayWidth,
  codePointWidth,
  isAmbiguousWidth,
  hasAmbiguousWidth,
  expandTabs,
  layoutLine,
} from './display-width.ts';
export { looksLikeCode } from './code-guard.ts';
export { renderFlowSvg, type RenderFlowSvgOptions } from './svg.ts';
export {
  flowFigureHtml,
  mermaidClientFigureHtml,
  flowCaption,
  outlineOfGraph,
  outlineOfSvg,
  type FlowFigureInput,
  type FlowFigureKind,
} from './figure.ts';
