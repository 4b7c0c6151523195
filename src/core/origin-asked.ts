/**
 * Questions asking where someone comes from (哪里人, 籍贯, 祖籍, 出生地): answered only by a sentence that tells it — a
 * place closed by 人 (太原晋阳人, 吴郡钱塘（今浙江省杭州市）人) or a word of origin (籍贯, 出生, 生于). "黄昆岩是哪里人？"
 * was answered with a sentence on his work once the one saying where he was from was gone. In CMRC's train and fit parts
 * all 32 such questions' gold sentences tell it so, against 24 of their passages' 424 other sentences. 哪国人 asks a
 * country (country-asked.ts).
 */
const ORIGIN_ASKED = /哪里人|哪儿人|何处人|何地人|什么地方人|籍贯|祖籍|出生地|出生在哪|出生于哪|生于哪|哪里出生/u;

/**
 * A place closed by 人 at a clause's end (or before a bracket), or a word of origin. A count of people (号百万人, 共三人)
 * is no place: without it "李成栋是哪里人？" quoted "李成栋集结洞蛮土著，号百万人。".
 */
const ORIGIN_TOLD = /(?![〇零一二两三四五六七八九十百千万亿多余数几众个])\p{Script=Han}人(?=[，。；、）)（(]|$)|[）)]人|籍贯|祖籍|出生|生于|出身|原籍|人氏/u;

export const asksOrigin = (question: string): boolean => ORIGIN_ASKED.test(question);

export const tellsOrigin = (sentence: string): boolean => ORIGIN_TOLD.test(sentence);
