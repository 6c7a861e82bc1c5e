// The static page an alias URL serves: it sends the reader on to the note, with no JavaScript
// (meta refresh), a visible link, `rel=canonical` to the note and `noindex`.

import { createHash } from 'node:crypto';
import { t } from '../../i18n/index.ts';

const STYLE =
  'body{font:17px/1.8 system-ui,"Apple SD Gothic Neo","Noto Sans KR","Malgun Gothic",sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem;word-break:keep-all}a{color:#1f5f8b}';
/** Nothing runs or loads on a redirect page: its one style by hash, no script, no base, no forms. */
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface AliasRedirectPage {
  alias: string;
  /** The note's title. */
  title: string;
  /** The note's URL on this site, base path included (`/garden/glue-sagemaker-vpc-integration/`). */
  target: string;
  /** Absolute URL of the note, for `rel=canonical`. */
  canonical: string;
  siteName: string;
}

export function aliasRedirectHtml(p: AliasRedirectPage): string {
  const title = esc(p.title);
  const target = esc(p.target);
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.alias)} → ${title} · ${esc(p.siteName)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${esc(p.canonical)}">
<meta http-equiv="refresh" content="0; url=${target}">
<style>${STYLE}</style>
</head>
<body>
<main>
<p>${esc(t.alias.notice(p.alias, p.title))}</p>
<p><a href="${target}">${esc(t.alias.link(p.title))}</a></p>
</main>
</body>
</html>
`;
}
