"""Pairs from the serving side's own candidates, for train.py --extra.

    npx tsx scripts/reader/dump-candidates.ts train /tmp/cands.jsonl
    python scripts/reader/candidate-pairs.py /tmp/cands.jsonl > /tmp/extra.jsonl

For every question of the CMRC benchmark's train part (in-corpus, near-topic and off-corpus, each over its own
corpus), the three sentences the core ranks first, which the reader reads: a sentence holding a gold answer is a positive, any other a negative.
Near-topic questions meet their passage with the answer removed, as the bot does; their candidates are all negatives.
"""
import json
import sys

from cmrc import load, split_sentences

# The reader reads the core's first three candidates (src/core/answerability-model.ts READER_CANDIDATES).
READ = 3


def main():
    dump, dataset = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "../shared/datasets/cmrc2018"
    contexts = load(dataset)
    answers, titles = {}, {}
    for c in contexts:
        for q in c["qas"]:
            answers[q["query_id"]] = [str(a).strip() for a in q["answers"] if str(a).strip()]
        for s in split_sentences(c["context_text"]):
            titles.setdefault(s, c["title"])
    seen = set()
    with open(dump, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            gold = answers.get(row["id"], [])
            for sentence in row["cands"][:READ]:
                key = (row["q"], sentence)
                if key in seen or sentence not in titles:
                    continue
                seen.add(key)
                held = [a for a in sorted(gold, key=len, reverse=True) if a in sentence]
                label = 1 if held and row["set"] == "in-corpus" else 0
                out = {"question": row["q"], "title": titles[sentence], "sentence": sentence, "label": label}
                if label:
                    out["answer"] = held[0]
                print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
