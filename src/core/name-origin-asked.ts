/**
 * Questions asking why something bears its name (增城挂绿为什么叫挂绿？, 百老汇剧院是因何得名的？, 四加亭名字的由来是什么？):
 * the answer is the sentence that gives the name its cause (…每个果实都环绕有一圈绿线，故名挂绿。), which often shares
 * fewer of the question's words than a sentence that merely repeats the name, and no other sentence answers it: once
 * the sentence giving the cause is gone, "伯尔尼条约的名字如何得来？" quoted one on the treaty's date. Asking what
 * something is named after (以什么为名, 为了纪念谁) is the same question. Over the questions of these shapes in CMRC
 * 2018's train part, 17 of 18 gold sentences give the cause in one of the words below, against 9 of 192 other
 * sentences of their passages (two of those also answer). 使它获得…的绰号 was added on the fit part.
 */

/**
 * Why with a naming verb (为什么叫, 为何被称为, 因何得名, 怎么命名), the name's origin asked of the name (名字的由来,
 * 笔名有什么由来, 名称怎么来的), or what it is named after (以什么为名, 以谁命名, 名字来自, 为了纪念谁) — not 以什么闻名
 * (famous for) nor 以什么罪名, nor 为什么能称为最繁盛的街道, which asks why something deserves a description.
 */
const NAME_ORIGIN_ASKED =
  /(?:为什么|为何|因何|怎么|怎样|如何)(?:会|要)?被?(?:叫|称|命名|取名|得名|名为)|(?:名|称|号)[^，。？]{0,5}(?:由来|来历|来源|起源|得来|如何确定|怎么来|怎样来)|以(?:什么|谁|何|哪)[^，。？]{0,4}(?:为名|命名)|名字?来自|为了纪念谁/u;

/**
 * A name given its cause: 得名, 故名, 故称, 故被揶揄为, 因此被称为, 由此, 以…命名, 为名, 纪念, the name's source (名称来源于,
 * 取自, 取义, 来自), 之所以, 因为, or what earned it (使它获得…的绰号, 才获得数珠丸的名).
 */
const NAME_ORIGIN_TOLD = /得名|故名|故被|取自|取义|纪念|为名|来自|源自|源于|获得[^，。；]{0,12}(?:绰号|称号|名号|美誉|美称|之名|的名)|[故因以此而](?:被|又|也)?[^，。；]{0,3}(?:称|叫|名)|由此|(?:名|称)[^，。；]{0,3}(?:来源|源自|源于|起源|由来)|来源于|之所以|赐名|命名|因为/u;

export const asksNameOrigin = (question: string): boolean => NAME_ORIGIN_ASKED.test(question);

export const tellsNameOrigin = (sentence: string): boolean => NAME_ORIGIN_TOLD.test(sentence);
