/**
 * Sentence embeddings with Transformers.js (ONNX runtime, CPU). With
 * EMBEDDING_MODEL_DIR set the model is read from that folder and the hub is
 * never contacted; without it the library downloads and caches as usual.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AutoTokenizer, env, type FeatureExtractionPipeline, pipeline } from '@xenova/transformers';
import ort from 'onnxruntime-node';

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
  const instruction = queryInstruction(options.model);
  // The pipeline (and its two-thread session) is loaded when passages are first embedded: a bot serving an index
  // already on disk embeds questions only, through the query session, and never pays for a second session.
  let extractor: Promise<FeatureExtractionPipeline> | undefined;
  const loadPipeline = (): Promise<FeatureExtractionPipeline> =>
    (extractor ??= pipeline('feature-extraction', options.model, { quantized: true }).catch((error: unknown) => {
      extractor = undefined; // a failed load is tried again by the next build, not remembered
      throw error;
    }));

  async function embed(texts: string[]): Promise<Float32Array[]> {
    // BGE uses the [CLS] vector, normalised, as the sentence embedding.
    const output = await (await loadPipeline())(texts, { pooling: 'cls', normalize: true });
    const [rows, dimension] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => data.slice(i * dimension, (i + 1) * dimension));
  }

  const embedOne = (await loadQuerySession(options)) ?? (async (text: string) => (await embed([text]))[0] as Float32Array);
  const dimension = (await embedOne('维度')).length;

  return {
    model: options.model,
    dimension,
    async embedQuery(text) {
      return embedOne(instruction + text);
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

/** The pipeline's tokenizer output, as far as a query session needs it. */
interface TokenizedTensor {
  data: BigInt64Array;
  dims: number[];
}

/**
 * Questions are embedded through a session of their own with one intra-op thread. ONNX Runtime gives every
 * session its own thread pool, and two 2-thread pools taking turns on 2 cores (the query embedding, then the
 * answer reader) slow each other down: measured with both at the default, the reader's run took 22 ms against
 * 12 ms alone. A one-thread query session costs a short question ~1 ms and lets the reader run at full speed.
 * Passages keep the pipeline's default pool, where batches gain from both cores (8 passages of 60 tokens: 19 ms
 * against 33 ms on one thread). Only a model read from
 * EMBEDDING_MODEL_DIR has a file to open; otherwise questions go through the pipeline as well.
 */
async function loadQuerySession(options: EmbedderOptions): Promise<((text: string) => Promise<Float32Array>) | undefined> {
  if (options.modelDir === undefined) return undefined;
  const file = path.join(options.modelDir, options.model, 'onnx', 'model_quantized.onnx');
  if (!fs.existsSync(file)) return undefined;
  const [session, tokenizer] = await Promise.all([
    ort.InferenceSession.create(file, { intraOpNumThreads: 1, graphOptimizationLevel: 'all' }),
    AutoTokenizer.from_pretrained(options.model),
  ]);
  return async (text) => {
    const encoded = tokenizer(text, { padding: true, truncation: true }) as Record<string, TokenizedTensor>;
    const feeds: Record<string, ort.Tensor> = {};
    for (const name of session.inputNames) {
      const input = encoded[name] ?? (name === 'token_type_ids' ? zerosLike(encoded.input_ids as TokenizedTensor) : undefined);
      if (!input) throw new Error(`The embedding model expects an input named ${name} that its tokenizer does not give`);
      feeds[name] = new ort.Tensor('int64', input.data, input.dims);
    }
    const output = await session.run(feeds);
    const hidden = output.last_hidden_state ?? Object.values(output)[0];
    if (!hidden) throw new Error('The embedding model gave no output');
    const dimension = hidden.dims[2] as number;
    // BGE's sentence embedding: the [CLS] vector, L2-normalised (as the pipeline's pooling: 'cls', normalize: true).
    const cls = (hidden.data as Float32Array).slice(0, dimension);
    const norm = Math.hypot(...cls) || 1;
    return cls.map((x) => x / norm);
  };
}

function zerosLike(tensor: TokenizedTensor): TokenizedTensor {
  return { data: new BigInt64Array(tensor.data.length), dims: tensor.dims };
}
