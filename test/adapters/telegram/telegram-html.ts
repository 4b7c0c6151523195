/**
 * A checker for Telegram's HTML parse mode, strict enough for tests: only the
 * tags Telegram supports, balanced and properly nested, no bare `<`, `>` or
 * `&`, only the entities Telegram knows, and no blockquote inside another.
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);
const TOKEN = /<(\/?)([a-zA-Z-]+)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>|&(?:#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]/g;

export interface HtmlCheck {
  problems: string[];
  /** Every tag name opened, in order. */
  tags: string[];
}

export function checkTelegramHtml(html: string): HtmlCheck {
  const problems: string[] = [];
  const tags: string[] = [];
  const stack: string[] = [];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, name] = match;
    if (name === undefined) {
      if (token.length === 1) problems.push(`bare ${JSON.stringify(token)} at ${match.index}`);
      continue;
    }
    const tag = name.toLowerCase();
    if (!ALLOWED.has(tag)) problems.push(`tag <${tag}> is not supported by Telegram`);
    if (closing === '/') {
      const open = stack.pop();
      if (open !== tag) problems.push(`</${tag}> closes <${open ?? 'nothing'}>`);
    } else {
      if (tag === 'blockquote' && stack.includes('blockquote')) problems.push('nested blockquote');
      stack.push(tag);
      tags.push(tag);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  return { problems, tags };
}

/** What the user sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
