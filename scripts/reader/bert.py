"""A BERT encoder in plain torch, with weights read from the bge-small-zh ONNX export.

The fp32 export names its bias and LayerNorm initializers after the Hugging Face
parameters, but its MatMul weights are anonymous (onnx::MatMul_N); each is named
here by the bias its MatMul's output is added to.
"""
import math

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from torch import nn


class Layer(nn.Module):
    def __init__(self, hidden, heads, inter, eps):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=eps)
        self.inter = nn.Linear(hidden, inter)
        self.out = nn.Linear(inter, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=eps)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def heads(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)

        q, k, v = heads(self.query(x)), heads(self.key(x)), heads(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (self.dropout(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.dropout(self.attn_out(ctx)))
        return self.out_norm(x + self.dropout(self.out(nn.functional.gelu(self.inter(x)))))


class Bert(nn.Module):
    def __init__(self, config):
        super().__init__()
        h, eps = config["hidden_size"], config["layer_norm_eps"]
        self.word = nn.Embedding(config["vocab_size"], h)
        self.position = nn.Embedding(config["max_position_embeddings"], h)
        self.token_type = nn.Embedding(config["type_vocab_size"], h)
        self.norm = nn.LayerNorm(h, eps=eps)
        self.dropout = nn.Dropout(0.1)
        self.layers = nn.ModuleList(
            Layer(h, config["num_attention_heads"], config["intermediate_size"], eps) for _ in range(config["num_hidden_layers"])
        )

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.dropout(self.norm(self.word(input_ids) + self.position(positions) + self.token_type(token_type_ids)))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x


def load_onnx_weights(bert, onnx_path):
    model = onnx.load(onnx_path)
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    # MatMul output → the bias initializer added to it.
    consumers = {}
    for node in model.graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    named = dict(init)
    for node in model.graph.node:
        if node.op_type != "MatMul":
            continue
        weight = next((n for n in node.input if n in init and n.startswith("onnx::")), None)
        if weight is None:
            continue
        adds = [c for c in consumers.get(node.output[0], []) if c.op_type == "Add"]
        bias = next((n for c in adds for n in c.input if n.endswith(".bias") and n in init), None)
        if bias is None:
            raise ValueError(f"no bias found for {weight}")
        named[bias[: -len(".bias")] + ".weight"] = init[weight].T
    sd = {
        "word.weight": "embeddings.word_embeddings.weight",
        "position.weight": "embeddings.position_embeddings.weight",
        "token_type.weight": "embeddings.token_type_embeddings.weight",
        "norm.weight": "embeddings.LayerNorm.weight",
        "norm.bias": "embeddings.LayerNorm.bias",
    }
    parts = {
        "query": "attention.self.query",
        "key": "attention.self.key",
        "value": "attention.self.value",
        "attn_out": "attention.output.dense",
        "attn_norm": "attention.output.LayerNorm",
        "inter": "intermediate.dense",
        "out": "output.dense",
        "out_norm": "output.LayerNorm",
    }
    for i in range(len(bert.layers)):
        for ours, theirs in parts.items():
            for p in ("weight", "bias"):
                sd[f"layers.{i}.{ours}.{p}"] = f"encoder.layer.{i}.{theirs}.{p}"
    state = {ours: torch.from_numpy(np.ascontiguousarray(named[theirs])) for ours, theirs in sd.items()}
    bert.load_state_dict(state, strict=True)
    return bert
