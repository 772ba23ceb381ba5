# Arithmetic for the golden suite: weights = params x bits-per-weight / 8, KV = 2 x layers x kv_heads x head_dim x 2 bytes x context,
# plus compute buffers and runtime (~0.4 GiB + a buffer that grows with context). GiB throughout, as GPU tools show.
GIB = 1024**3
BPW = {"F32": 32, "F16": 16, "BF16": 16, "Q8_0": 8.5, "Q6_K": 6.56, "Q5_K_M": 5.69, "Q4_K_M": 4.89, "Q3_K_M": 3.91, "Q2_K": 3.16, "FP8": 8.0}
# params_b (knowledge base, from the model cards), (layers, kv_heads, head_dim) from config.json; MLA models: kv bytes/token given directly
M = {
 "deepseek-r1-distill-qwen-1.5b": (1.78, (28, 2, 128)),
 "qwen2.5-coder-1.5b-instruct": (1.54, (28, 2, 128)),
 "qwen3-1.7b": (1.7, (28, 8, 128)),
 "llama3.2-1b-instruct": (1.24, (16, 8, 64)),
 "llama3.2-3b-instruct": (3.21, (28, 8, 128)),
 "qwen3-4b": (4.0, (36, 8, 128)),
 "deepseek-r1-distill-qwen-7b": (7.62, (28, 4, 128)),
 "qwen2.5-7b-instruct": (7.61, (28, 4, 128)),
 "qwen2.5-7b-instruct-1m": (7.61, (28, 4, 128)),
 "qwen2.5-coder-7b-instruct": (7.61, (28, 4, 128)),
 "mistral-7b-instruct-v0.3": (7.25, (32, 8, 128)),
 "codellama-7b-instruct": (6.74, (32, 32, 128)),
 "llama3.1-8b-instruct": (8.03, (32, 8, 128)),
 "llama3-8b-instruct": (8.03, (32, 8, 128)),
 "deepseek-r1-distill-llama-8b": (8.03, (32, 8, 128)),
 "qwen3-8b": (8.19, (36, 8, 128)),
 "codegemma-7b-it": (8.54, (28, 16, 256)),
 "mistral-nemo-12b-instruct": (12.2, (40, 8, 128)),
 "codellama-13b-instruct": (13.0, (40, 40, 128)),
 "qwen3-14b": (14.8, (40, 8, 128)),
 "deepseek-r1-distill-qwen-14b": (14.8, (48, 8, 128)),
 "qwen2.5-14b-instruct": (14.7, (48, 8, 128)),
 "qwen2.5-coder-14b-instruct": (14.7, (48, 8, 128)),
 "phi-4": (14.7, (40, 10, 128)),
 "mistral-small-24b-instruct-2501": (23.6, (40, 8, 128)),
 "qwen3-30b-a3b": (30.5, (48, 4, 128)),
 "qwen2.5-32b-instruct": (32.5, (64, 8, 128)),
 "qwen2.5-coder-32b-instruct": (32.5, (64, 8, 128)),
 "deepseek-r1-distill-qwen-32b": (32.8, (64, 8, 128)),
 "qwen3-32b": (32.8, (64, 8, 128)),
 "codellama-34b-instruct": (33.7, (48, 8, 128)),
 "mixtral-8x7b-instruct": (46.7, (32, 8, 128)),
 "llama3.1-70b-instruct": (70.6, (80, 8, 128)),
 "llama3.3-70b-instruct": (70.6, (80, 8, 128)),
 "deepseek-r1-distill-llama-70b": (70.6, (80, 8, 128)),
 "qwen2.5-72b-instruct": (72.7, (80, 8, 128)),
 "llama4-scout-17b-16e-instruct": (109, (48, 8, 128)),
 "qwen3-235b-a22b": (235, (94, 4, 128)),
 "llama3.1-405b-instruct": (405.9, (126, 8, 128)),
 "deepseek-r1": (671, 61 * 576 * 2),
 "deepseek-coder-v2-lite-instruct": (15.7, 27 * 576 * 2),
}

def weights(model, fmt):
    return M[model][0] * 1e9 * BPW[fmt] / 8 / GIB

def kv(model, ctx):
    cfg = M[model][1]
    per_tok = cfg if isinstance(cfg, int) else 2 * cfg[0] * cfg[1] * cfg[2] * 2
    return per_tok * ctx / GIB

def total(model, fmt, ctx=8192):
    """Weights + KV + compute buffer + runtime, the way document 001's formula adds them (with GQA-correct KV)."""
    return weights(model, fmt) + kv(model, ctx) + 0.55 + 0.1 * ctx / 8192
