/**
 * A summary as plain text (console, logs): one quote per line, each with its document's title, ¶N and its article's
 * headline where the document has several.
 * Platform adapters render their own formats from the same Summary.
 */
import { type Summary, type SummaryItem } from '../app/contracts.js';

function line(item: SummaryItem): string {
  const times = item.asked !== undefined && item.asked > 1 ? `（${item.asked} 次）` : '';
  // A declined question: there is no answer to quote.
  if (item.paragraph === undefined) return `· 问：${item.question ?? item.text}${times}`;
  const headline = item.headline !== undefined ? ` · ${item.headline}` : '';
  const quote = `「${item.text}」${item.title ?? ''} ¶${item.paragraph}${headline}`;
  if (item.question !== undefined) {
    const down = item.votesDown !== undefined ? `（👎 ${item.votesDown}）` : '';
    return `· 问：${item.question}${times}${down}\n  答：${quote}`;
  }
  return `· ${quote}`;
}

export function formatSummaryText(summary: Summary): string {
  const blocks = [`每日摘要 · ${summary.date}`];
  for (const section of summary.sections) {
    const items = section.items.length > 0 ? section.items.map(line) : ['（暂无）'];
    blocks.push([`【${section.title}】`, ...items].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
