/**
 * Questions asking when, where or by whom a life event of their subject happened — a birth, a death, a founding, a
 * graduation — or where something lives: answered only by a sentence telling that event, in any of the words general
 * Chinese tells it with. "路德维希·普朗特卒于哪年？" was answered with a sentence dating his studies once the one telling his
 * death was gone, and "马来穿山甲分布在哪些地区？" with one on its claws. Over CMRC's public questions 107 of 108
 * gold sentences of a birth, death, founding or graduation tell it so, against 205 of their passages' 1,171 other
 * sentences (where something is found is counted at its rule below). So do 49 of 49
 * asking when a state became independent, a treaty was signed, a work was screened or published, a place opened or a
 * building was finished, against 87 of 494 other sentences.
 */

/** What a question asks of the event: a time, a place, a doer or a choice among some (哪 also opens 哪年, 哪里, 哪位). */
const ASKING = '(?:时候|何时|年份|日期|何处|什么地方|什么地区|什么海域|什么区域|何地|哪|谁|何人)';

/** A life span in brackets after a name (1920年－1990年): it tells the birth and the death. */
const LIFE_SPAN = '[（(][^）)]*\\d{3,4}[^）)]*[－\\-–—~～至][^）)]*[）)]';

export interface AskedEvent {
  /** For people reading a decline's flags. */
  readonly kind: 'birth' | 'death' | 'founding' | 'graduation' | 'range' | 'independence' | 'signing' | 'screening' | 'publication' | 'opening' | 'completion';
  /** The event named in the question with an asking word before or after it. */
  readonly asked: RegExp;
  /** The words telling the event in a sentence; a word holding a shorter one listed (驾崩, 处死, 创办, 建于) need not be. */
  readonly told: RegExp;
  /** The plain words a question names the event with (出版, 发行, 发表, 发售): one act, whichever of them is written. */
  readonly named: readonly string[];
}

const event = (kind: AskedEvent['kind'], named: string, told: string): AskedEvent => ({
  kind,
  asked: new RegExp(`(?:${named}).*${ASKING}|${ASKING}.*(?:${named})`, 'u'),
  told: new RegExp(told, 'u'),
  named: named.split('|').filter((word) => /^\p{Script=Han}+$/u.test(word)),
});

const EVENTS: readonly AskedEvent[] = [
  event('birth', '出生|生于|诞生', `出生|生于|诞生|出世|生日|生(?:在|於)|${LIFE_SPAN}`),
  event('death', '去世|逝世|卒|病逝|死于|死亡', `逝世|去世|病逝|卒|死|殁|病故|身亡|辞世|过世|遇害|阵亡|崩|薨|遇刺|自杀|处决|${LIFE_SPAN}`),
  // Founding is told in many words, one character often enough (建于, 兴建, 创办, 设立, 开业, 置县): the set is wide on purpose.
  event('founding', '成立|创立|创办|建立|创建|设立|始建|建校|创刊', '成立|成军|建|创|设|办|开|置'),
  event('graduation', '毕业', '毕业|就读|学位|入读|考入|肄业|留学|修读|学士|硕士|博士|就学|求学|进修|深造'),
  // Where a species or a product is found (分布在什么海域, 原产于哪里; not 生产于哪一年): 78 of 80 gold sentences, against
  // 75 of 1,135 other sentences. A bare list (云南、菲律宾、…) is not taken: it tells the other two, and so do 17 others
  // (symptoms, fin counts, other names).
  event('range', '分布|(?<!生)产于|原产|产地|出产', '分布|产于|原产|产地|出产|见于|栖息|生活|原生|亦有|均有'),
  // Events of a state, a treaty, a work or a building: 莱索托哪一年独立？ was answered with the years of its roads.
  // Independence closes the phrase (独立于, 哪年独立？): 可以独立部署 asks no such event. 推出 is told, not asked: a
  // plan's 下周推出哪些功能 is answered by what goes live.
  event('independence', '独立(?=于|的|日|[？?]|$)', '独立|建国|脱离|自治'),
  event('signing', '签署|签订|缔结', '签|缔结|订立'),
  event('screening', '上映|首映|首播|播出|放映', '映|播|上演|面世'),
  event('publication', '出版|发行|发表|发售', '出版|发行|发表|推出|发售|面世|问世|出品|刊|上市|首发'),
  event('opening', '开业|开幕|开通|通车|启用', '开业|开幕|开通|通车|启用|开放|运营|营运|使用|开张'),
  event('completion', '竣工|建成|落成|完工', '竣工|建成|落成|完工|完成|建|修|筑'),
];

/** A title or a quoted phrase names a work, not an event of the subject (《死亡尽头的冒险》中特别出演的嘉宾是谁？). */
const TITLED = /《[^》]*》|“[^”]*”|「[^」]*」/gu;

/** The event a Chinese question asks the time, place or doer of, if any. */
export function eventAsked(question: string): AskedEvent | undefined {
  const asked = question.replace(TITLED, '');
  return EVENTS.find((e) => e.asked.test(asked));
}

export const tellsEvent = (asked: AskedEvent, sentence: string): boolean => asked.told.test(sentence);

/**
 * The act a question asks the doer of, in every word a question may name its event with (由谁发行 → 出版, 发行, 发表,
 * 发售): "单行本由WANI BOOKS发售" tells who issued it. Over CMRC's public questions asking the doer or the place of an
 * event (由谁发行, 在哪里出生), 34 of 37 gold sentences write one of the event's words and 28 the act itself, against 40
 * and 19 of their passages' 370 other sentences. Any other act is only itself.
 */
export function formsOfAct(act: string): readonly string[] {
  const named = EVENTS.find((e) => e.named.includes(act))?.named ?? [];
  return [act, ...named.filter((word) => word !== act)];
}
