#!/usr/bin/env bash
# Every question set over its own documents, then both CMRC parts: the figures of README's "Measured figures".
# Usage: EMBEDDING_MODEL_DIR=../shared/models bash scripts/eval-every-set.sh [WORK_DIR] > every-set.log
# Each document folder gets a fresh index under WORK_DIR (default: a new temp folder), so no cached index is read.
set -euo pipefail
# Without the model the bot falls back to keyword search: every figure would differ from README's.
: "${EMBEDDING_MODEL_DIR:?set EMBEDDING_MODEL_DIR to the folder holding Xenova/bge-small-zh-v1.5, e.g. ../shared/models}"
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
fixtures=test/fixtures

# The policy-and-news set asks two documents of the formats folder, which holds others too.
mkdir -p "$work/policy-news"
cp "$fixtures/formats/travel-policy.md" "$fixtures/formats/news.html" "$work/policy-news/"

# run DATA_DIR SET...: one eval per set, each headed by its name.
run() {
  local data=$1; shift
  local index="$work/index-$(echo "$data" | tr '/' '_')"
  for set in "$@"; do
    echo "=== $set ($data)"
    DATA_DIR=$data INDEX_DIR=$index npm run --silent eval -- "$set" --verbose
  done
}

run data ../shared/eval/dev-questions.jsonl $fixtures/{calibration,holdout,english,english-own,english-person-topic,english-phrasal,english-short,probe-english,probe-followup,probe-new-user,probe-question-styles}.jsonl
run $fixtures/weekly $fixtures/{weekly-chinese,weekly-english,probe-weekly,probe-english-terse-weekly}.jsonl
run $fixtures/english-doc $fixtures/{probe-english-doc,probe-english-doc-zh}.jsonl
for report in app clinic construction facilities finance hr itops logistics marketing media minutes plant procurement project retail rnd sales school success support; do
  run $fixtures/$report $fixtures/probe-$report.jsonl $fixtures/probe-english-$report.jsonl
done
run "$work/policy-news" $fixtures/probe-policy-news.jsonl
run $fixtures/hr $fixtures/probe-english-terse-hr.jsonl
echo "=== CMRC"
INDEX_DIR="$work/index-cmrc" npm run --silent eval -- --cmrc both --verbose
