import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/index.ts';
import { taskChecked, taskClass, taskMarker } from '../lib/obsidian/tasks.ts';

/**
 * Task states (src/lib/obsidian/tasks.ts). GFM's `[ ]`/`[x]` items get `data-task=" "`/`"x"`; an item
 * starting with any other `[c] ` (`[?]`, `[-]`, `[/]`, `[>]`, `[!]`…) keeps its character:
 *   <li class="task-list-item task-question" data-task="?"><span class="task-state" role="img"
 *   aria-label="질문" title="질문">?</span> text</li>
 * and the stylesheet (src/styles/obsidian.css) draws each state; `[-]` is struck through.
 */
export function rehypeTaskStates() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName !== 'li') return;
      const classes = node.properties.className ?? [];
      if (classes.includes('task-list-item')) {
        const box = findCheckbox(node);
        const state = box?.properties.checked ? 'x' : ' ';
        node.properties.dataTask = state;
        node.properties.className = [...classes, taskClass(state)];
        return;
      }
      // The item's first text: directly in the <li> (tight list) or in its first <p> (loose list).
      let holder: Element = node;
      let first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
      if (first?.type === 'element' && first.tagName === 'p') {
        holder = first;
        first = first.children[0];
      }
      if (!first || first.type !== 'text') return;
      const lead = first.value.trimStart();
      const marker = taskMarker(lead);
      if (!marker) return;
      first.value = lead.slice(marker.length);
      const name = taskClass(marker.state);
      const label = t.taskStates[name.slice('task-'.length)] ?? t.taskStates.other;
      holder.children.splice(
        holder.children.indexOf(first),
        0,
        h(
          'span',
          {
            className: ['task-state', name],
            role: 'img',
            ariaLabel: label,
            title: label,
            dataChecked: taskChecked(marker.state) ? 'true' : undefined,
          },
          marker.state,
        ),
        { type: 'text', value: ' ' },
      );
      node.properties.className = [...classes, 'task-list-item', name];
      node.properties.dataTask = marker.state;
      if (parent && parent.type === 'element') {
        const pc = parent.properties.className ?? [];
        if (!pc.includes('contains-task-list')) parent.properties.className = [...pc, 'contains-task-list'];
      }
    });
  };
}

function findCheckbox(li: Element): Element | undefined {
  for (const c of li.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === 'input') return c;
    if (c.tagName === 'p') {
      const inner = c.children.find((x) => x.type === 'element' && x.tagName === 'input');
      if (inner) return inner as Element;
    }
  }
  return undefined;
}
