"""CMRC 2018 loading, the project's fixed split, and sentence splitting.

The split must match src/cli/cmrc/split.ts: a context's part comes from the
first 8 hex digits of sha1(context_id) modulo 4. Trial contexts and dev
buckets 0-1 train the reader; dev bucket 2 fits the fusion ("fit" part);
dev bucket 3 is only ever measured ("measure" part).
"""
import hashlib
import json
import os
import re

SENTENCE = re.compile(r"(?:[^。！？!?；;：:\n]|[：:](?!第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]是))+(?:[。！？!?；;]+[”’」』）)]*|[：:]|\n|$)")


def split_sentences(text):
    """Mirrors src/core/corpus/sentences.ts (the serving side's splitter)."""
    out = []
    for m in SENTENCE.finditer(text):
        raw = m.group(0)
        trimmed = raw.strip()
        if trimmed:
            out.append(trimmed)
    return out


def part_of(context_id):
    if context_id.startswith("TRIAL"):
        return "train"
    bucket = int(hashlib.sha1(context_id.encode("utf-8")).hexdigest()[:8], 16) % 4
    return {0: "train", 1: "train", 2: "fit", 3: "measure"}[bucket]


def load(dataset_dir):
    contexts = []
    for name in ("cmrc2018_trial.json", "cmrc2018_dev_part.json"):
        with open(os.path.join(dataset_dir, name), encoding="utf-8") as f:
            contexts.extend(json.load(f))
    for c in contexts:
        c["part"] = part_of(c["context_id"])
        for q in c["qas"]:
            # Some answers are numbers in the JSON.
            q["answers"] = sorted({str(a).strip() for a in q["answers"] if str(a).strip()}, key=len)
    return contexts
