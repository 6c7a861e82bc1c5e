// HTML escaping for the string-built quiz markup.

export { escapeHtml } from '../html/escape.ts';
