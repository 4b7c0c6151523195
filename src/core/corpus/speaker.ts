import { type Speaker } from '../reply.js';

/**
 * Words that end a title: the name follows them. Ordered longest first so
 * `副总裁` wins over `总裁`.
 */
const TITLE_ENDINGS = [
  '董事会主席', '联合创始人', '首席执行官', '总经理', '副总裁', '负责人', '董事长', '创始人', '合伙人',
  '总裁', '主席', '经理', '总监', '部长', '主任', '院长', '校长', '书记', '教授', '代表', '委员', '研究员',
  '工程师', '专家', '记者', 'CEO', 'CTO', 'COO', 'CFO',
];
/** Words that start a title: the organisation precedes them. */
const TITLE_STARTS = [
  '联合创始人', '创始人', '合伙人', '董事会', '董事长', '首席', '高级', '副总裁', '总裁', '总经理', '中国区', '全国',
  '党委', '党组', '副', '执行', '常务', 'CEO', '负责人', '主席', '部长',
];

/** Parses `星河科技创始人、董事长兼CEO张明：` into organisation, title and name. */
export function parseSpeaker(label: string): Speaker {
  const clean = label.replace(/[：:]\s*$/u, '').trim();
  let split = -1;
  for (const ending of TITLE_ENDINGS) {
    const at = clean.lastIndexOf(ending);
    if (at >= 0 && at + ending.length > split) split = at + ending.length;
  }
  // Chinese personal names are two to four characters; without a title word, take the last three.
  const nameStart = split > 0 && clean.length - split >= 2 && clean.length - split <= 4 ? split : Math.max(0, clean.length - 3);
  const name = clean.slice(nameStart);
  const role = clean.slice(0, nameStart);
  let orgEnd = role.length;
  for (const start of TITLE_STARTS) {
    const at = role.indexOf(start);
    if (at >= 0 && at < orgEnd) orgEnd = at;
  }
  return { label: clean, name, organisation: role.slice(0, orgEnd), title: role.slice(orgEnd) };
}
