// An MDX note's tree → plain Markdown nodes the garden's pipeline already knows. Nothing is run:
//   <Callout type title fold>…</Callout>  → a blockquote `[!type]± title` (drawn by rehype-callouts,
//                                           the same markup as Obsidian's `> [!type]` callouts)
//   <Flow diagram="…"/>, <Flow>…</Flow>   → a `flow` code block, drawn by the ASCII flow converter
//                                           (src/markdown/remark-ascii-flow.ts), as a ```flow fence is
//   <Quiz>…</Quiz>                        → the question (the Markdown quiz syntax, src/lib/quiz) as
//                                           the same practice card a `## 연습 문제` section becomes
//   <div class="x">…</div> (lowercase)    → that HTML element, which the note sanitizer then checks
//                                           like any raw HTML of a note
//   <Other>…</Other>                      → its children, with a warning
//   `import`/`export`                     → left out, with a warning
//   `{expression}`                        → its text `{…}` as written, with a warning; `{/* … */}`
//                                           is a comment (left out, no warning)
// Attribute values must be literal: `"…"`, `'…'`, or `{…}` holding one string, number, boolean or
// template without `${}`; anything else is left out with a warning.
import type { Blockquote, Code, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { h } from 'hastscript';
import { parseFlow } from '../flow/index.ts';
import { parseQuiz } from '../quiz/parse-quiz.ts';
import type { Quiz } from '../quiz/types.ts';

/** The components every MDX note may use without importing them. */
export const GARDEN_COMPONENTS = {
  Callout: ['type', 'title', 'fold'],
  Flow: ['diagram'],
  Quiz: [],
} as const satisfies Record<string, readonly string[]>;

export type MdxFindingKind = 'mdx-unsupported' | 'mdx-component' | 'deep-nesting';

/** Elements and components nested deeper than this are shown as text (as lists and quotes past 32: src/lib/vault/limit-nesting.ts). */
export const MAX_ELEMENT_DEPTH = 32;

export interface MdxFinding {
  /** 1-based, in the parsed text. */
  line: number;
  column: number;
  kind: MdxFindingKind;
  message: string;
  hint: string;
}

export interface LowerHooks {
  /** The node a `<Quiz>` that parsed becomes (the renderer's card); without it the question is shown as text. */
  quiz?: (quiz: Quiz) => RootContent;
}

/**
 * Set on every HTML element a note writes in MDX. These are elements of the tree before the note
 * sanitizer runs (a Markdown note's raw HTML is still text then), so the steps that trust the
 * garden's own elements (src/markdown/rehype-hold-trusted.ts holds every `<pre>` as Shiki's) must
 * know them apart. Not in the sanitizer's allowlist: it never reaches the page.
 */
export const NOTE_HTML_MARK = 'dataGardenNoteHtml';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Value = string | number | boolean;

const HTML_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CALLOUT_TYPE = /^[\p{L}\p{N}_-]+$/u;

/**
 * Lowers every MDX node of `tree` in place and returns what a reader should hear about, with
 * positions in `source` (the text the tree was parsed from: `<Flow>` and `<Quiz>` read their
 * children as written there).
 */
export function lowerMdx(tree: Root, source: string, hooks: LowerHooks = {}): MdxFinding[] {
  const findings: MdxFinding[] = [];
  const report = (
    node: { position?: RootContent['position'] } | undefined,
    kind: MdxFindingKind,
    message: string,
    hint: string,
  ) => {
    findings.push({
      line: node?.position?.start.line ?? 1,
      column: node?.position?.start.column ?? 1,
      kind,
      message,
      hint,
    });
  };

  let tooDeep = false;
  /** `depth`: how many elements and components enclose `parent`'s children. */
  const lowerChildren = (parent: Parent, depth: number) => {
    const out: RootContent[] = [];
    // one push per node: a spread of a large list would overflow the argument stack
    for (const child of parent.children) for (const n of lowerNode(child, depth)) out.push(n);
    parent.children = out;
  };

  const lowerNode = (node: RootContent, depth: number): RootContent[] => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'mdx-unsupported',
          `expected Markdown, found an \`${node.value.trimStart().startsWith('export') ? 'export' : 'import'}\` statement; it is left out (a note's code is never run, and the garden's components need no import)`,
          'remove the line: <Callout>, <Flow> and <Quiz> are always available',
        );
        return [];
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (isComment(node)) return [];
        report(
          node,
          'mdx-unsupported',
          `expected text, found the expression {${short(node.value)}}; it is shown as written (a note's code is never run)`,
          'write \\{ for a literal brace, or {/* … */} for a comment',
        );
        const text: Text = { type: 'text', value: `{${node.value}}`, position: node.position };
        return node.type === 'mdxFlowExpression'
          ? [{ type: 'paragraph', children: [text], position: node.position }]
          : [text];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return depth >= MAX_ELEMENT_DEPTH ? asText(node) : lowerElement(node, depth + 1);
      default:
        if ('children' in node) lowerChildren(node, depth);
        if (node.type === 'paragraph') return unwrapBlockHtml(node);
        return [node];
    }
  };

  /** Literal attribute values by name; every other attribute is reported and left out. */
  const props = (node: JsxElement, known?: readonly string[]): Record<string, Value> => {
    const out: Record<string, Value> = {};
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxExpressionAttribute') {
        report(
          attributeAt(a, node),
          'mdx-unsupported',
          `expected attributes written as name="value", found {${short(a.value)}}; it is left out (a note's code is never run)`,
          'write each attribute as name="value"',
        );
        continue;
      }
      if (known && !known.includes(a.name)) {
        report(
          attributeAt(a, node),
          'mdx-component',
          `expected one of the attributes ${known.map((k) => `\`${k}\``).join(', ') || '(none)'} on <${node.name}>, found \`${a.name}\`; it is ignored`,
          `see "MDX notes" in the README for what <${node.name}> takes`,
        );
        continue;
      }
      if (/^on/i.test(a.name)) {
        report(
          attributeAt(a, node),
          'mdx-unsupported',
          `expected no event handler, found \`${a.name}\`; it is left out (a note's code is never run on the site)`,
          'remove the attribute',
        );
        continue;
      }
      const v = literalValue(a);
      if (v === undefined) {
        report(
          attributeAt(a, node),
          'mdx-unsupported',
          `expected a literal value for \`${a.name}\`, found the expression {${short(expressionText(a))}}; the attribute is left out (a note's code is never run)`,
          `write ${a.name}="…" (or ${a.name}={\`…\`} for text on several lines)`,
        );
        continue;
      }
      out[a.name] = v;
    }
    return out;
  };

  /** An element past MAX_ELEMENT_DEPTH: its source as text (reported once), so no step recurses into it. */
  const asText = (node: JsxElement): RootContent[] => {
    if (!tooDeep) {
      tooDeep = true;
      report(
        node,
        'deep-nesting',
        `expected HTML elements and components nested at most ${MAX_ELEMENT_DEPTH} deep, found more; the deeper levels are shown as text`,
        'flatten the nesting',
      );
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const text: Text = {
      type: 'text',
      value: start !== undefined && end !== undefined ? source.slice(start, end) : '',
    };
    return node.type === 'mdxJsxFlowElement' ? [{ type: 'paragraph', children: [text] }] : [text];
  };

  const lowerElement = (node: JsxElement, depth: number): RootContent[] => {
    const flow = node.type === 'mdxJsxFlowElement';
    const name = node.name;
    if (name === null) {
      lowerChildren(node, depth);
      return node.children;
    }
    if (name in GARDEN_COMPONENTS && !flow) {
      report(
        node,
        'mdx-component',
        `expected <${name}> on lines of its own, found it inside a paragraph; its content is shown without it`,
        `put <${name}> and </${name}> on their own lines, with a blank line before and after`,
      );
      lowerChildren(node, depth);
      return node.children;
    }
    if (name === 'Callout') return [callout(node as MdxJsxFlowElement, depth)];
    if (name === 'Flow') return flowBlock(node as MdxJsxFlowElement);
    if (name === 'Quiz') return quizBlock(node as MdxJsxFlowElement, depth);
    if (HTML_NAME.test(name)) {
      const attrs = props(node);
      let properties: ReturnType<typeof h>['properties'];
      try {
        properties = h(name, attrs as Record<string, string>).properties;
      } catch {
        properties = {};
      }
      lowerChildren(node, depth);
      return [
        {
          type: flow ? 'gardenHtmlBlock' : 'gardenHtmlInline',
          data: { hName: name, hProperties: { ...properties, [NOTE_HTML_MARK]: true } },
          children: node.children,
          position: node.position,
        } as unknown as RootContent,
      ];
    }
    report(
      node,
      'mdx-component',
      `expected one of the garden's components (${Object.keys(GARDEN_COMPONENTS)
        .map((c) => `<${c}>`)
        .join(', ')}) or an HTML element, found <${name}>; its content is shown without it`,
      'MDX notes cannot import components: use one of these, or plain Markdown',
    );
    lowerChildren(node, depth);
    return node.children;
  };

  const callout = (node: MdxJsxFlowElement, depth: number): Blockquote => {
    const p = props(node, GARDEN_COMPONENTS.Callout);
    let type = String(p.type ?? 'note')
      .trim()
      .toLowerCase();
    if (!CALLOUT_TYPE.test(type)) {
      report(
        attributeNamed(node, 'type'),
        'mdx-component',
        `expected a callout type such as "note", "tip" or "warning", found "${short(type)}"; it is drawn as a note`,
        'use a type Obsidian knows (note, tip, warning, danger, question…)',
      );
      type = 'note';
    }
    const fold = p.fold === 'open' ? '+' : p.fold === 'closed' || p.fold === true ? '-' : '';
    if (p.fold !== undefined && fold === '') {
      report(
        attributeNamed(node, 'fold'),
        'mdx-component',
        `expected fold="open" or fold="closed", found fold="${short(String(p.fold))}"; the callout does not fold`,
        'write fold="open" (folded open) or fold="closed"',
      );
    }
    const title =
      typeof p.title === 'string' ? p.title.replace(/\s+/g, ' ').trim() : p.title === undefined ? '' : String(p.title);
    lowerChildren(node, depth);
    const head: Text = { type: 'text', value: `[!${type}]${fold}${title ? ` ${title}` : ''}` };
    return {
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [head] }, ...asBlocks(node.children)],
      position: node.position,
    } as Blockquote;
  };

  const flowBlock = (node: MdxJsxFlowElement): RootContent[] => {
    const p = props(node, GARDEN_COMPONENTS.Flow);
    const text = typeof p.diagram === 'string' ? p.diagram : childrenText(node, source);
    if (text.trim() === '') {
      report(
        node,
        'mdx-component',
        'expected a diagram in <Flow> (diagram="A --> B" or the diagram between <Flow> and </Flow>), found none; nothing is drawn',
        'write the diagram as a ``` block between <Flow> and </Flow>',
      );
      return [];
    }
    let drawable: boolean;
    try {
      drawable = parseFlow(text) !== null;
    } catch {
      drawable = false;
    }
    if (!drawable) {
      report(
        node,
        'mdx-component',
        'expected a diagram the flow converter can draw (boxes and arrows: A --> B, ┌─┐ │ └─┘ with ──▶), found none in <Flow>; it is shown as text',
        'draw at least two boxes or names joined by an arrow',
      );
    }
    const code: Code = { type: 'code', lang: 'flow', meta: null, value: text, position: node.position };
    return [code];
  };

  const quizBlock = (node: MdxJsxFlowElement, depth: number): RootContent[] => {
    props(node, GARDEN_COMPONENTS.Quiz);
    const text = childrenText(node, source);
    const firstLine = node.children[0]?.position?.start.line ?? node.position?.start.line ?? 1;
    const parsed = parseQuiz(text);
    if (parsed.quiz && hooks.quiz) return [hooks.quiz(parsed.quiz)];
    if (parsed.quiz) {
      lowerChildren(node, depth);
      return asBlocks(node.children);
    }
    // the first reason is the one to fix: the others often follow from it
    const q = parsed.problems[0] ?? { line: 1, message: 'no question found' };
    findings.push({
      line: firstLine + q.line - 1,
      column: 1,
      kind: 'mdx-component',
      message: `expected a question in <Quiz> (the Markdown quiz syntax: question, A) B) … options, 정답: line), found: ${q.message}; it is shown as text`,
      hint: 'write the question as a `## 연습 문제` section would be written (see "MDX notes" in the README)',
    });
    lowerChildren(node, depth);
    return asBlocks(node.children);
  };

  lowerChildren(tree, 0);
  return findings;
}

/** Phrasing children of a flow element (one-line `<Callout>text</Callout>`) wrapped in paragraphs. */
function asBlocks(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length) out.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const c of children) {
    if (isPhrasing(c)) run.push(c as PhrasingContent);
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return out;
}

/** HTML elements that may sit inside a paragraph; any other element is a block of its own. */
const PHRASING_HTML = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ruby',
  'rt',
  'rp',
]);

/**
 * A line holding only block HTML (`<summary>…</summary>` inside `<details>`) is read by MDX as a
 * paragraph around the element; HTML allows no such element in a `<p>`, so the element stands alone.
 */
function unwrapBlockHtml(p: Extract<RootContent, { type: 'paragraph' }>): RootContent[] {
  const kids = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = kids.length === 1 ? (kids[0] as unknown as { type: string; data?: { hName?: string } }) : undefined;
  if (only?.type !== 'gardenHtmlInline' || PHRASING_HTML.has(only.data?.hName ?? '')) return [p];
  return [{ ...(only as object), type: 'gardenHtmlBlock' } as unknown as RootContent];
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'inlineMath',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'gardenHtmlInline',
  'html',
]);
function isPhrasing(node: RootContent): boolean {
  return PHRASING.has(node.type);
}

/**
 * The text between an element's tags, as written: a single fenced block's content, else the
 * source from the first child to the last (Markdown inside a component is not re-read as text).
 */
export function childrenText(node: MdxJsxFlowElement, source: string): string {
  const kids = node.children;
  if (kids.length === 0) return '';
  if (kids.length === 1 && kids[0].type === 'code') return kids[0].value;
  const start = kids[0].position?.start.offset;
  const end = kids[kids.length - 1].position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return source.slice(start, end);
}

/** `{/* … *\/}` (or `{}`): a program with no statements. */
function isComment(node: { value: string; data?: { estree?: { body: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  const v = node.value.trim();
  return v === '' || (v.startsWith('/*') && v.indexOf('*/') === v.length - 2);
}

/** A literal attribute value: a string, no value (`fold` = true), or `{…}` holding one literal. */
function literalValue(a: MdxJsxAttribute): Value | undefined {
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === 'string') return a.value;
  const program = a.value.data?.estree as { body?: Array<{ type: string; expression?: EstreeNode }> } | undefined;
  const stmt = program?.body?.length === 1 ? program.body[0] : undefined;
  const expr = stmt?.type === 'ExpressionStatement' ? stmt.expression : undefined;
  if (!expr) return undefined;
  if (
    expr.type === 'Literal' &&
    (typeof expr.value === 'string' || typeof expr.value === 'number' || typeof expr.value === 'boolean')
  )
    return expr.value;
  if (expr.type === 'TemplateLiteral' && expr.expressions?.length === 0 && expr.quasis?.length === 1) {
    const cooked = expr.quasis[0].value.cooked;
    return typeof cooked === 'string' ? cooked : undefined;
  }
  return undefined;
}

interface EstreeNode {
  type: string;
  value?: unknown;
  expressions?: unknown[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
}

function expressionText(a: MdxJsxAttribute): string {
  return typeof a.value === 'object' && a.value ? a.value.value : '';
}

function attributeAt(
  a: MdxJsxAttribute | MdxJsxExpressionAttribute,
  node: JsxElement,
): { position?: RootContent['position'] } {
  return (a as { position?: RootContent['position'] }).position ? a : node;
}

function attributeNamed(node: JsxElement, name: string): { position?: RootContent['position'] } {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a ? attributeAt(a, node) : node;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
