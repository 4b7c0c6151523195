/**
 * Sentence embeddings with Transformers.js (ONNX runtime, CPU). With
 * EMBEDDING_MODEL_DIR set the model is read from that folder and the hub is
 * never contacted; without it the library downloads and caches as usual.
 */
import { env, pipeline } from '@xenova/transformers';

export interface Embedder {
  readonly model: string;
  readonly dimension: number;
  /** A question: BGE models expect their retrieval instruction in front. */
  embedQuery(text: string): Promise<Float32Array>;
  /** Passages, bucketed by length so a batch pads little. */
  embedPassages(texts: readonly string[], onProgress?: (done: number) => void): Promise<Float32Array[]>;
}

export interface EmbedderOptions {
  model: string;
  modelDir: string | undefined;
}

/** BGE Chinese models were trained with this query instruction (see the model card). */
const BGE_ZH_QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';
const BATCH = 8;

function queryInstruction(model: string): string {
  return /bge-.*zh/i.test(model) ? BGE_ZH_QUERY_INSTRUCTION : '';
}

export async function loadEmbedder(options: EmbedderOptions): Promise<Embedder> {
  if (options.modelDir !== undefined) {
    env.localModelPath = options.modelDir;
    env.allowRemoteModels = false;
  }
  const extractor = await pipeline('feature-extraction', options.model, { quantized: true });
  const instruction = queryInstruction(options.model);

  async function embed(texts: string[]): Promise<Float32Array[]> {
    // BGE uses the [CLS] vector, normalised, as the sentence embedding.
    const output = await extractor(texts, { pooling: 'cls', normalize: true });
    const [rows, dimension] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => data.slice(i * dimension, (i + 1) * dimension));
  }

  const probe = await embed(['维度']);
  const dimension = probe[0]?.length ?? 0;

  return {
    model: options.model,
    dimension,
    async embedQuery(text) {
      const [vector] = await embed([instruction + text]);
      return vector as Float32Array;
    },
    async embedPassages(texts, onProgress) {
      const order = texts.map((text, i) => ({ text, i })).sort((a, b) => a.text.length - b.text.length);
      const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += BATCH) {
        const batch = order.slice(start, start + BATCH);
        const embedded = await embed(batch.map((item) => item.text));
        batch.forEach((item, j) => (vectors[item.i] = embedded[j] as Float32Array));
        onProgress?.(Math.min(order.length, start + BATCH));
      }
      return vectors;
    },
  };
}
