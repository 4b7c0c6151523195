/** What a credited caption (…李鑫摄) is, in the words people ask about it with: it never says "photo" itself. */
export const PHOTO_WORDS: readonly string[] = ['照片', '图片', '摄影', '拍摄'];
