/** What a credited caption (…李鑫摄) is, in the words people ask about it with: it never says "photo" itself. */
export const PHOTO_WORDS: readonly string[] = ['照片', '图片', '摄影', '拍摄'];

/** A photo caption that ends with its credit (clean.ts appends the credit line to the caption's text). */
export function isCreditedCaption(paragraph: { kind: string; text: string; body: string }): boolean {
  return paragraph.kind === 'caption' && paragraph.text !== paragraph.body;
}
