/**
 * Questions asking why something bears its name (增城挂绿为什么叫挂绿？, 百老汇剧院是因何得名的？, 四加亭名字的由来是什么？):
 * the answer is the sentence that gives the name its cause (…每个果实都环绕有一圈绿线，故名挂绿。), which often shares
 * fewer of the question's words than a sentence that merely repeats the name. Over the questions of this shape in
 * CMRC 2018's train part, 9 of 11 gold sentences give the cause in one of the words below, against 3 of 141 other
 * sentences of their passages (two of those also answer). Only a preference: the sentence is weighed up, never required.
 */

/** Why with a naming verb (为什么叫, 为何被称为, 因何得名, 怎么命名), or the name's origin asked as a noun (名字的由来). */
const NAME_ORIGIN_ASKED = /(?:为什么|为何|因何|怎么|怎样|如何)(?:会|要)?被?(?:叫|称|命名|取名|得名|名为)|名[字称]?的?(?:由来|来源|来历|起源)/u;

/**
 * A name given its cause: 得名, 故名, 故称, 因此被称为, 由此, 以…命名, the name's source (名称来源于), 之所以, 因为.
 * "能称为" (为什么能称为最繁盛的街道) asks why something deserves a description, not its name: no 能 before the verb.
 */
const NAME_ORIGIN_TOLD = /得名|故名|[故因以此而](?:被|又|也)?[^，。；]{0,3}(?:称|叫|名)|由此|(?:名|称)[^，。；]{0,3}(?:来源|源自|源于|起源|由来)|来源于|之所以|赐名|命名|因为/u;

export const asksNameOrigin = (question: string): boolean => NAME_ORIGIN_ASKED.test(question);

export const tellsNameOrigin = (sentence: string): boolean => NAME_ORIGIN_TOLD.test(sentence);
