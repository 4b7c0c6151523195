/**
 * The lexical side of the index on disk, beside the dense index: the
 * paragraph BM25 index and the sentence table (offsets, flags, terms, the
 * sentence-level BM25 index, headline terms), for one corpus hash. Start-up
 * reads it instead of segmenting the corpus again (jieba over 20,000
 * paragraphs and 40,000 sentences takes tens of seconds).
 *
 * One binary file, `lexical.bin`: a u32 header length, a JSON header (format,
 * corpus hash, counts, section offsets), then 8-byte-aligned sections of typed
 * arrays and NUL-separated UTF-8 string lists. Sections are views on the one
 * buffer read from disk (no per-record parsing); a sentence's terms and its
 * matching form are decoded only when the sentence is looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Corpus } from '../corpus/load.js';
import { type Passages, type SentenceRecord } from '../passages.js';
import { normaliseForMatch } from '../text/normalise.js';
import { type Bm25Data, Bm25Index, type Bm25Options } from './bm25.js';

/** Bump when the layout or what goes into it (segmentation, sentence rules) changes. */
export const LEXICAL_FORMAT = 4;

const FILE = 'lexical.bin';
const SEPARATOR = '\u0000';

type ArrayKind = 'u32' | 'u16' | 'u8';
type Typed = Uint32Array | Uint16Array | Uint8Array;
interface Section {
  name: string;
  kind: ArrayKind | 'strings';
  offset: number;
  bytes: number;
}
interface Header {
  format: number;
  corpusHash: string;
  paragraphs: number;
  sentences: number;
  paragraphIndex: { options: Bm25Options; size: number };
  sentenceIndex: { options: Bm25Options; size: number };
  sections: Section[];
}

const FLAG_PERSON = 1;
const FLAG_LABEL = 2;

function stringsBytes(list: readonly string[]): Buffer {
  return Buffer.from(list.join(SEPARATOR), 'utf8');
}

function readStrings(buffer: Buffer, section: Section): string[] {
  if (section.bytes === 0) return [];
  return buffer.toString('utf8', section.offset, section.offset + section.bytes).split(SEPARATOR);
}

function view(buffer: Buffer, section: Section): Typed {
  const { offset, bytes } = section;
  const at = buffer.byteOffset + offset;
  switch (section.kind) {
    case 'u32':
      return new Uint32Array(buffer.buffer, at, bytes / 4);
    case 'u16':
      return new Uint16Array(buffer.buffer, at, bytes / 2);
    default:
      return new Uint8Array(buffer.buffer, at, bytes);
  }
}

/** Writes the lexical store (temp file, then rename: readers see the old file or the new, never half). */
export function writeLexical(dir: string, corpus: Corpus, bm25: Bm25Index, passages: Passages): void {
  const paragraphData = bm25.data();
  const sentenceData = passages.sentenceIndex.data();
  const termId = new Map(sentenceData.terms.map((t, i) => [t, i]));
  const { sentences } = passages;

  const sentenceParagraph = new Uint32Array(sentences.length);
  const sentenceStart = new Uint32Array(sentences.length);
  const sentenceLength = new Uint32Array(sentences.length);
  const sentenceFlags = new Uint8Array(sentences.length);
  const termStarts = new Uint32Array(sentences.length + 1);
  const sentenceTerms: number[] = [];
  sentences.forEach((s, i) => {
    sentenceParagraph[i] = s.paragraph;
    sentenceStart[i] = s.start;
    sentenceLength[i] = s.text.length;
    sentenceFlags[i] = (s.namesPerson ? FLAG_PERSON : 0) | (s.isLabel ? FLAG_LABEL : 0);
    termStarts[i] = sentenceTerms.length;
    for (const term of s.terms) sentenceTerms.push(termId.get(term) as number);
  });
  termStarts[sentences.length] = sentenceTerms.length;

  // Headline terms: one list per distinct headline, a group number per paragraph.
  const groups = new Map<ReadonlySet<string>, number>();
  const headlineGroup = new Uint32Array(passages.headlineTerms.length);
  passages.headlineTerms.forEach((set, i) => {
    let group = groups.get(set);
    if (group === undefined) groups.set(set, (group = groups.size));
    headlineGroup[i] = group;
  });
  const headlineLists = [...groups.keys()].map((set) => [...set].join('\u0001'));

  const parts: { name: string; kind: Section['kind']; data: Typed | Buffer }[] = [
    { name: 'p.terms', kind: 'strings', data: stringsBytes(paragraphData.terms) },
    { name: 'p.starts', kind: 'u32', data: paragraphData.starts },
    { name: 'p.docs', kind: 'u32', data: paragraphData.docs },
    { name: 'p.tfs', kind: 'u16', data: paragraphData.tfs },
    { name: 'p.lengths', kind: 'u32', data: paragraphData.lengths },
    { name: 's.terms', kind: 'strings', data: stringsBytes(sentenceData.terms) },
    { name: 's.starts', kind: 'u32', data: sentenceData.starts },
    { name: 's.docs', kind: 'u32', data: sentenceData.docs },
    { name: 's.tfs', kind: 'u16', data: sentenceData.tfs },
    { name: 's.lengths', kind: 'u32', data: sentenceData.lengths },
    { name: 'sentence.paragraph', kind: 'u32', data: sentenceParagraph },
    { name: 'sentence.start', kind: 'u32', data: sentenceStart },
    { name: 'sentence.length', kind: 'u32', data: sentenceLength },
    { name: 'sentence.flags', kind: 'u8', data: sentenceFlags },
    { name: 'sentence.termStarts', kind: 'u32', data: termStarts },
    { name: 'sentence.terms', kind: 'u32', data: Uint32Array.from(sentenceTerms) },
    { name: 'headline.group', kind: 'u32', data: headlineGroup },
    { name: 'headline.terms', kind: 'strings', data: stringsBytes(headlineLists) },
    { name: 'p.normalised', kind: 'strings', data: stringsBytes(passages.normalised) },
  ];
  const sections: Section[] = [];
  let offset = 0;
  for (const part of parts) {
    sections.push({ name: part.name, kind: part.kind, offset, bytes: part.data.byteLength });
    offset += Math.ceil(part.data.byteLength / 8) * 8;
  }
  const header: Header = {
    format: LEXICAL_FORMAT,
    corpusHash: corpus.hash,
    paragraphs: corpus.paragraphs.length,
    sentences: sentences.length,
    paragraphIndex: { options: paragraphData.options, size: paragraphData.size },
    sentenceIndex: { options: sentenceData.options, size: sentenceData.size },
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const bodyStart = Math.ceil((4 + headerBytes.length) / 8) * 8;
  const out = Buffer.alloc(bodyStart + offset);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  parts.forEach((part, i) => {
    const bytes = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
    bytes.copy(out, bodyStart + (sections[i] as Section).offset);
  });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, FILE);
  fs.writeFileSync(`${file}.tmp`, out);
  fs.renameSync(`${file}.tmp`, file);
}

/** A sentence read from the store: its terms and matching form are decoded on first use. */
class StoredSentence implements SentenceRecord {
  private termSet: ReadonlySet<string> | undefined;
  private matching: string | undefined;

  constructor(
    readonly paragraph: number,
    readonly text: string,
    readonly start: number,
    readonly id: number,
    readonly namesPerson: boolean,
    readonly isLabel: boolean,
    private readonly decodeTerms: (id: number) => ReadonlySet<string>,
  ) {}

  get terms(): ReadonlySet<string> {
    this.termSet ??= this.decodeTerms(this.id);
    return this.termSet;
  }

  get normalised(): string {
    this.matching ??= normaliseForMatch(this.text);
    return this.matching;
  }
}

/** The stored lexical index for `corpus`, or undefined when it is missing, damaged or for other documents. */
export function readLexical(dir: string, corpus: Corpus): { bm25: Bm25Index; passages: Passages } | undefined {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(path.join(dir, FILE));
  } catch {
    return undefined;
  }
  try {
    if (buffer.byteOffset % 8 !== 0) buffer = Buffer.from(buffer); // typed-array views need aligned offsets
    const headerLength = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.toString('utf8', 4, 4 + headerLength)) as Header;
    if (header.format !== LEXICAL_FORMAT || header.corpusHash !== corpus.hash || header.paragraphs !== corpus.paragraphs.length) return undefined;
    const bodyStart = Math.ceil((4 + headerLength) / 8) * 8;
    const body = buffer.subarray(bodyStart);
    const byName = new Map(header.sections.map((s) => [s.name, s]));
    const section = (name: string): Section => {
      const found = byName.get(name);
      if (!found || found.offset + found.bytes > body.length) throw new Error(`lexical store: section ${name} missing or cut short`);
      return found;
    };
    const u32 = (name: string): Uint32Array => view(body, section(name)) as Uint32Array;
    const index = (prefix: 'p' | 's', meta: Header['paragraphIndex']): Bm25Index => {
      const data: Bm25Data = {
        options: meta.options,
        terms: readStrings(body, section(`${prefix}.terms`)),
        starts: u32(`${prefix}.starts`),
        docs: u32(`${prefix}.docs`),
        tfs: view(body, section(`${prefix}.tfs`)) as Uint16Array,
        lengths: u32(`${prefix}.lengths`),
        size: meta.size,
      };
      if (data.starts.length !== data.terms.length + 1) throw new Error(`lexical store: ${prefix} index terms and postings disagree`);
      return Bm25Index.fromData(data);
    };
    const bm25 = index('p', header.paragraphIndex);
    const sentenceIndex = index('s', header.sentenceIndex);
    const sentenceTermList = readStrings(body, section('s.terms'));

    const paragraphOf = u32('sentence.paragraph');
    const startOf = u32('sentence.start');
    const lengthOf = u32('sentence.length');
    const flags = view(body, section('sentence.flags')) as Uint8Array;
    const termStarts = u32('sentence.termStarts');
    const termIds = u32('sentence.terms');
    const decodeTerms = (id: number): ReadonlySet<string> => {
      const set = new Set<string>();
      for (let k = termStarts[id] as number; k < (termStarts[id + 1] as number); k++) set.add(sentenceTermList[termIds[k] as number] as string);
      return set;
    };

    const { paragraphs } = corpus;
    const sentences: SentenceRecord[] = new Array<SentenceRecord>(header.sentences);
    const sentencesOf: SentenceRecord[][] = paragraphs.map(() => []);
    for (let i = 0; i < header.sentences; i++) {
      const p = paragraphOf[i] as number;
      const start = startOf[i] as number;
      const paragraph = paragraphs[p];
      if (!paragraph) throw new Error('lexical store: a sentence points past the last paragraph');
      const flag = flags[i] as number;
      const record = new StoredSentence(p, paragraph.text.slice(start, start + (lengthOf[i] as number)), start, i, (flag & FLAG_PERSON) !== 0, (flag & FLAG_LABEL) !== 0, decodeTerms);
      sentences[i] = record;
      sentencesOf[p]?.push(record);
    }

    const groupOf = u32('headline.group');
    const groups = readStrings(body, section('headline.terms')).map((list) => new Set(list === '' ? [] : list.split('\u0001')) as ReadonlySet<string>);
    const headlineTerms = paragraphs.map((_, i) => groups[groupOf[i] as number] ?? new Set<string>());

    const normalised = readStrings(body, section('p.normalised'));
    if (normalised.length !== paragraphs.length && paragraphs.length > 0) throw new Error('lexical store: paragraph texts and their matching forms disagree');
    const passages: Passages = {
      paragraphs,
      headlineTerms,
      normalised,
      sentencesOf,
      sentences,
      sentenceIndex,
    };
    return { bm25, passages };
  } catch {
    return undefined; // damaged: rebuild
  }
}
