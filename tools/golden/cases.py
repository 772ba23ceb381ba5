# ---------------------------------------------------------------- doc 000: tier table
F = "doc000-tiers.yaml"
SOURCES[F] = "doc 000: the tier table (1.5B-671B, minimum and recommended configs) and its strategies"
R_FIT = "Fits entirely on one GPU"
# 1.5B row: min 4 GB with 4-bit (GTX 1650 / 1060 6GB); recommended 8 GB FP16 (RTX 3060/4060 8GB)
can(F, "t1.5-min-1650", HW("GTX 1650"), "deepseek-r1-distill-qwen-1.5b", "DeepSeek-R1-Distill-Qwen-1.5B", "Q4_K_M", extra={"rules_fired": ["Tier 1.5B: 4 GB with 4-bit, 8 GB for FP16", R_FIT]})
can(F, "t1.5-min-1060", HW("GTX 1060 6GB", ram=8), "qwen2.5-coder-1.5b-instruct", "Qwen2.5-Coder 1.5B", "Q4_K_M", facts=True, extra={"rules_fired": ["Tier 1.5B: 4 GB with 4-bit, 8 GB for FP16"]})
can(F, "t1.5-rec-3060-8g-fp16", HW("RTX 3060 8GB", ram=16), "deepseek-r1-distill-qwen-1.5b", "DeepSeek-R1-Distill-Qwen-1.5B", "F16", extra={"rules_fired": ["FP16 and BF16 keep full quality"]})
can(F, "t1.5-rec-4060-fp16", HW("RTX 4060", ram=16), "qwen3-1.7b", "Qwen3 1.7B", "F16", facts=True)
# 7B row: min 8 GB 4-bit (RTX 3060/3070/4060 8GB); recommended "16GB FP16 (RTX 3080/4080/A2000)": 3080 has 10/12 GB, A2000 6/12 GB
can(F, "t7-min-3070", HW("RTX 3070"), "qwen2.5-7b-instruct", "Qwen2.5 7B", "Q4_K_M", extra={"rules_fired": ["1.5B to 14B: prefer 4-bit"]})
can(F, "t7-min-4060", HW("RTX 4060", ram=16), "deepseek-r1-distill-qwen-7b", "DeepSeek-R1-Distill-Qwen-7B", "Q4_K_M", facts=True)
can(F, "t7-min-3060-8g", HW("RTX 3060 8GB", ram=16), "mistral-7b-instruct-v0.3", "Mistral 7B", "Q4_K_M", extra={"rules_fired": ["Tier 7B: 8 GB with 4-bit, 16 GB for FP16"]})
can(F, "t7-rec-3080-10g-fp16", HW("RTX 3080 10GB", ram=32), "qwen2.5-7b-instruct", "Qwen2.5 7B", "F16", note="doc 000 says 16 GB RTX 3080 for 7B FP16; the RTX 3080 has 10 GB and 7B FP16 weights alone are ~14 GB: offload")
can(F, "t7-rec-a2000-fp16", HW("RTX A2000 12GB", ram=32), "deepseek-r1-distill-qwen-7b", "DeepSeek-R1-Distill-Qwen-7B", "F16", facts=True, note="doc 000 lists the A2000 as 16 GB; it has 12 GB: 7B FP16 (~15 GB) offloads")
memory(F, "t7-rec-fp16-size", "qwen2.5-7b-instruct", "Qwen2.5 7B", "F16", extra={"rules_fired": ["FP16 and BF16 keep full quality"]})
# 8B row: min 10 GB 4-bit (RTX 3080 10GB / 4060 Ti 16GB); recommended 16-24 GB FP16 (3090/4090/A4000)
can(F, "t8-min-3080", HW("RTX 3080 10GB"), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", extra={"rules_fired": ["Tier 8B: 10 GB with 4-bit, 16-24 GB for FP16"]})
can(F, "t8-min-4060ti16", HW("RTX 4060 Ti 16GB"), "qwen3-8b", "Qwen3 8B", "Q4_K_M", facts=True)
can(F, "t8-rec-3090-fp16", HW("RTX 3090"), "llama3.1-8b-instruct", "Llama 3.1 8B", "F16")
can(F, "t8-rec-4090-fp16", HW("RTX 4090"), "qwen3-8b", "Qwen3 8B", "F16", facts=True)
can(F, "t8-rec-a4000-fp16", HW("RTX A4000", ram=64), "llama3.1-8b-instruct", "Llama 3.1 8B", "F16", force=("offload", "offload"), note="doc 000's 16 GB A4000 for 8B FP16: 15 GB of weights + 1 GB KV + buffers exceed 16 GB: offload")
# 14B row: min 16 GB 4-bit (lists 24 GB RTX 3090/4090); recommended 24 GB+ FP16 (A5000 24GB / A6000 48GB)
can(F, "t14-min-16gb", HW(vram=16), "qwen3-14b", "Qwen3 14B", "Q4_K_M", extra={"rules_fired": ["Tier 14B: 16 GB with 4-bit, 24 GB+ for FP16"]})
can(F, "t14-min-3090", HW("RTX 3090"), "deepseek-r1-distill-qwen-14b", "DeepSeek-R1-Distill-Qwen-14B", "Q4_K_M", facts=True)
can(F, "t14-min-4090", HW("RTX 4090"), "phi-4", "Phi-4", "Q4_K_M")
can(F, "t14-rec-a5000-fp16", HW("RTX A5000", ram=64), "qwen3-14b", "Qwen3 14B", "F16", note="doc 000: 24 GB+ for 14B FP16; the weights alone are ~28 GB: a 24 GB A5000 offloads")
can(F, "t14-rec-a6000-fp16", HW("RTX A6000"), "qwen2.5-14b-instruct", "Qwen2.5 14B", "F16", facts=True)
# 32B row: min "24 GB 4-bit + several cards (2x RTX 3090)"; recommended 80 GB+ FP16 (2x A100/H100 80GB)
can(F, "t32-min-one-3090", HW("RTX 3090"), "qwen2.5-32b-instruct", "Qwen2.5 32B", "Q4_K_M", extra={"rules_fired": ["Tier 32B: 24 GB with 4-bit and several cards, 80 GB+ for FP16"]}, note="doc 000 says 32B 4-bit needs several cards; ~20 GB of Q4_K_M weights + 2 GB KV fit one 24 GB card")
can(F, "t32-min-4090", HW("RTX 4090"), "deepseek-r1-distill-qwen-32b", "DeepSeek-R1-Distill-Qwen-32B", "Q4_K_M", facts=True)
can(F, "t32-min-2x3090-q8", HW("RTX 3090", 2), "qwen2.5-32b-instruct", "Qwen2.5 32B", "Q8_0", extra={"rules_fired": ["Split across several GPUs", "32B and up: 8-bit across several cards", "GPU memory is not pooled"]})
can(F, "t32-rec-2xa100-fp16", HW("A100 80GB", 2), "qwen3-32b", "Qwen3 32B", "F16", facts=True, force=("yes", None), note="32.8B x 2 B = ~61 GB + 2 GB KV: fits (one or two 80 GB cards)")
can(F, "t32-rec-h100-fp16-one", HW("H100 SXM"), "qwen2.5-32b-instruct", "Qwen2.5 32B", "F16", note="doc 000 asks 80 GB+ on several cards; 32.5B FP16 (~61 GB + 2 GB KV) fits one 80 GB H100")
can(F, "t32-rec-3090-fp16", HW("RTX 3090", ram=128), "qwen2.5-32b-instruct", "Qwen2.5 32B", "F16")
# 70B row: min "48 GB 4-bit on 4x RTX 4090"; recommended 320 GB+ FP16 (4x H100/A100 80GB)
can(F, "t70-min-4x4090", HW("RTX 4090", 4), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", extra={"rules_fired": ["Tier 70B: 48 GB with 4-bit on four cards, 320 GB+ for FP16", "Split across several GPUs"]})
can(F, "t70-min-2x3090-4k", HW("RTX 3090", 2), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", ctx=4096, facts=True, note="knowledge README: 70B Q4_K_M (~40 GB) fits 2 x 24 GB with little context")
can(F, "t70-min-a6000", HW("RTX A6000"), "llama3.3-70b-instruct", "Llama 3.3 70B", "Q4_K_M", note="one 48 GB card holds 70B Q4_K_M (~40 GB + 2.5 GB KV)")
can(F, "t70-rec-4xh100-fp16", HW("H100 SXM", 4), "llama3.1-70b-instruct", "Llama 3.1 70B", "F16", facts=True)
can(F, "t70-rec-2xh100-fp16", HW("H100 SXM", 2), "llama3.3-70b-instruct", "Llama 3.3 70B", "F16", note="doc 000 asks 320 GB+; 70.6B x 2 B = ~131 GB + 2.5 GB KV fits 2 x 80 GB")
can(F, "t70-rec-one-h100-fp16", HW("H100 SXM", ram=32), "llama3.1-70b-instruct", "Llama 3.1 70B", "F16")
can(F, "t70-offload-4090-128g", HW("RTX 4090", ram=128), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", extra={"rules_fired": ["70B and up: CPU offload works but is slow", "Layers offloaded to the CPU"]})
# 671B row: "no single machine"; 64x H100. Arithmetic: Q4_K_M ~382 GB, FP8 ~625 GB
can(F, "t671-4090-64g", HW("RTX 4090", ram=64), "deepseek-r1", "DeepSeek-R1 671B", "Q4_K_M")
can(F, "t671-8xh100-q4", HW("H100 SXM", 8), "deepseek-r1", "DeepSeek-R1 671B", "Q4_K_M", facts=True, note="doc 000: no single-machine setup; 8 x 80 GB = 640 GB holds the ~382 GB Q4_K_M file")
can(F, "t671-8xh200-fp8", HW("H200", 8), "deepseek-r1", "DeepSeek-R1 671B", "FP8", extra={"rules_fired": ["Serving formats need vLLM"]}, note="knowledge README: R1's FP8 weights (~625 GB) fit one 8 x H200 node (1,128 GB)")
can(F, "t671-cpu-512g", HW(cpu=True, ram=512), "deepseek-r1", "DeepSeek-R1 671B", "Q4_K_M", extra={"rules_fired": ["Tier 671B: no single machine, a cluster or an API"]})
# strategies
open_q(F, "strategy-4bit-12gb", HW("RTX 3060 12GB"), "models", "", {"verdict": "yes", "placement": "gpu", "quant_bits_at_least": 4, "quant_bits_at_most": 5, "rules_fired": ["1.5B to 14B: prefer 4-bit"]},
       note="000: 1.5B-14B prefer 4-bit; a 12 GB card runs 7B-14B at 4-5 bits")

# ---------------------------------------------------------------- doc 001: VRAM table, KV formula, format ladder
F = "doc001-vram-table.yaml"
SOURCES[F] = "doc 001: 8/12/16/24 GB laptop table, the long-context warning, the KV formula and the GGUF format ladder"
# 8 GB (5070 laptop): 7B/8B Q4_K_M
can(F, "8g-5070l-llama8b-q4", HW("RTX 5070 Laptop"), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M")
can(F, "8g-5070l-qwen7b-q4", HW("RTX 5070 Laptop"), "qwen2.5-7b-instruct", "Qwen2.5 7B", "Q4_K_M", facts=True)
can(F, "8g-4060-qwen3-8b-q4", HW("RTX 4060"), "qwen3-8b", "Qwen3 8B", "Q4_K_M")
can(F, "8g-5070l-8b-q8", HW("RTX 5070 Laptop", ram=32), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q8_0", note="8.5 GB of Q8_0 weights exceed 8 GB: Q4_K_M is the 8 GB row")
can(F, "8g-5070l-14b-q4", HW("RTX 5070 Laptop", ram=32), "qwen3-14b", "Qwen3 14B", "Q4_K_M", facts=True)
open_q(F, "8g-open", HW("RTX 5070 Laptop"), "models", "", {"verdict": "yes", "placement": "gpu", "total_gb_between": [1, 8], "quant_bits_at_least": 4})
# 12 GB (5070 Ti laptop): 7B/8B any version; 13B/14B Q4_K_M
can(F, "12g-8b-q8", HW("RTX 5070 Ti Laptop"), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q8_0")
can(F, "12g-8b-q6", HW("RTX 5070 Ti Laptop"), "qwen3-8b", "Qwen3 8B", "Q6_K", facts=True)
can(F, "12g-8b-fp16", HW("RTX 5070 Ti Laptop", ram=32), "llama3.1-8b-instruct", "Llama 3.1 8B", "F16", note="doc 001 says 12 GB runs 7B/8B in any version; FP16 8B is ~15 GB of weights: offload")
can(F, "12g-14b-q4", HW("RTX 5070 Ti Laptop"), "qwen3-14b", "Qwen3 14B", "Q4_K_M", facts=True)
can(F, "12g-4070-14b-q4", HW("RTX 4070"), "phi-4", "Phi-4", "Q4_K_M")
open_q(F, "12g-open", HW("RTX 5070 Ti Laptop"), "models", "", {"verdict": "yes", "placement": "gpu", "total_gb_between": [2, 12], "quant_bits_at_least": 4})
# 16 GB (5080 laptop): 12B-14B Q8; arithmetic: 12B Q8_0 fits, 14B Q8_0 (~15.6 GB file) does not at 8k
can(F, "16g-nemo12b-q8", HW("RTX 5080 Laptop"), "mistral-nemo-12b-instruct", "Mistral Nemo 12B", "Q8_0", extra={"rules_fired": ["Q8_0 and Q6_K are near lossless"]})
can(F, "16g-qwen14b-q8", HW("RTX 5080 Laptop", ram=32), "qwen3-14b", "Qwen3 14B", "Q8_0", force=("offload", "offload"), facts=True, note="doc 001 puts 14B Q8 on 16 GB; 14.6 GB weights + 1.25 GB KV + buffers exceed 16 GB")
can(F, "16g-phi4-q6", HW("RTX 5080 Laptop"), "phi-4", "Phi-4", "Q6_K", note="14.7B at 6.56 bits = ~11.2 GB + 1.6 GB KV")
can(F, "16g-14b-q4-32k", HW("RTX 5080"), "qwen3-14b", "Qwen3 14B", "Q4_K_M", ctx=16384, facts=True)
open_q(F, "16g-open", HW("RTX 5080 Laptop"), "models", "", {"verdict": "yes", "placement": "gpu", "total_gb_between": [4, 16], "quant_bits_at_least": 4})
# 24 GB (5090 laptop): 30B-34B Q4/Q5
can(F, "24g-qwen3-32b-q4", HW("RTX 5090 Laptop"), "qwen3-32b", "Qwen3 32B", "Q4_K_M")
can(F, "24g-codellama34b-q4", HW("RTX 5090 Laptop"), "codellama-34b-instruct", "CodeLlama 34B", "Q4_K_M", facts=True)
can(F, "24g-qwen3-30b-a3b-q5", HW("RTX 5090 Laptop"), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q5_K_M", note="30.5B at 5.69 bits = ~20.2 GB + 0.75 GB KV")
can(F, "24g-qwen3-32b-q5", HW("RTX 5090 Laptop", ram=32), "qwen3-32b", "Qwen3 32B", "Q5_K_M", force=("offload", "offload"), facts=True, note="doc 001 says Q4/Q5 for 30-34B on 24 GB; 32.8B Q5_K_M is ~21.7 GB + 2 GB KV at 8k: more than 24 GB")
open_q(F, "24g-open", HW("RTX 5090 Laptop"), "models", "", {"verdict": "yes", "placement": "gpu", "total_gb_between": [8, 24], "quant_bits_at_least": 4})
# long-context warning: 8 GB runs 7B Q4 until 32k/64k
can(F, "ctx-8g-llama8b-4k", HW("RTX 4060"), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=4096)
can(F, "ctx-8g-llama8b-32k", HW("RTX 4060", ram=32), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=32768, extra={"rules_fired": ["Long contexts eat the remaining memory"]}, note="KV at 32k = 4 GB: 4.6 + 4 + buffers > 8 GB")
can(F, "ctx-8g-mistral-64k", HW("RTX 5070 Laptop", ram=32), "mistral-7b-instruct-v0.3", "Mistral 7B", "Q4_K_M", ctx=32768, facts=True, extra={"rules_fired": ["Long contexts eat the remaining memory"]})
can(F, "ctx-8g-llama8b-64k", HW("RTX 4060", ram=32), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=65536, facts=True, extra={"rules_fired": ["Long contexts eat the remaining memory"]})
# the formula: Llama 3 8B Q4_K_M at 4k is 4.6 + 0.5 GB KV (GQA), not doc 001's 7.5 GB
memory(F, "formula-llama3-8b-4k", "llama3-8b-instruct", "Llama 3 8B", "Q4_K_M", ctx=4096, note="doc 001 computes 4 + 2 + 1.5 = 7.5 GB; with 8 KV heads the KV cache at 4k is 0.5 GB: ~5.7 GB")
memory(F, "formula-llama3-8b-32k", "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=32768, note="doc 001 says 16 GB of KV at 32k; with GQA it is 4 GB")
# format ladder
pair(F, "ladder-q8-near-lossless", "Which quant should I use for Qwen3 8B on an RTX 4090?", "RTX 4090 跑 Qwen3 8B 用什么量化？",
     {"verdict": "yes", "placement": "gpu", "quant_bits_at_least": 4, "quant_bits_at_most": 5}, note="000: 1.5B-14B prefer 4-bit; 001: best balance, start from Q4_K_M or Q5_K_M")
pair(F, "ladder-q3-extreme", None, None, {"rules_fired": ["Q3_K_M and Q2_K are for extreme limits"]},
     facts={"gpus": [{"name": "RTX 3060 12GB"}], "models": ["qwen2.5-32b-instruct"], "format": "Q3_K_M", "intent": "can_run"})
pair(F, "ladder-q2-small-model", None, None, {"rules_fired": ["Q3_K_M and Q2_K are for extreme limits", "Small models suffer most from low-bit formats"]},
     facts={"gpus": [{"name": "RTX 4060"}], "models": ["llama3.1-8b-instruct"], "format": "Q2_K", "intent": "can_run"})
pair(F, "ladder-balance-q4", None, None, {"verdict": "yes", "quant": "Q4_K_M", "rules_fired": ["Q5_K_M and Q4_K_M are the balance"]},
     facts={"gpus": [{"name": "RTX 3060 12GB"}], "models": ["qwen3-8b"], "format": "Q4_K_M", "intent": "can_run"})
pair(F, "ladder-quality-first", "I want the best quality: which format for Qwen3 8B on an RTX 3090?", "我更看重质量，RTX 3090 跑 Qwen3 8B 用什么格式？",
     {"verdict": "yes", "quant_bits_at_least": 8, "rules_fired": ["Quality first: prefer near-lossless formats"]}, note="001: for the best results BF16/FP16, near lossless Q8_0; 8B FP16 (~16.5 GB) fits 24 GB")

# ---------------------------------------------------------------- doc 002: precision and the x1.2-1.5 rule of thumb
F = "doc002-precision.yaml"
SOURCES[F] = "doc 002: parameters, FP32/FP16/BF16/FP8, INT8/INT4, model size = params x bytes, VRAM = size x 1.2-1.5"
for size, mid, words in [("1.5", "deepseek-r1-distill-qwen-1.5b", "DeepSeek-R1-Distill-Qwen-1.5B"), ("7", "deepseek-r1-distill-qwen-7b", "DeepSeek-R1-Distill-Qwen-7B"),
                         ("8", "deepseek-r1-distill-llama-8b", "DeepSeek-R1-Distill-Llama-8B"), ("14", "deepseek-r1-distill-qwen-14b", "DeepSeek-R1-Distill-Qwen-14B"),
                         ("32", "deepseek-r1-distill-qwen-32b", "DeepSeek-R1-Distill-Qwen-32B"), ("70", "deepseek-r1-distill-llama-70b", "DeepSeek-R1-Distill-Llama-70B")]:
    memory(F, f"r1-distill-{size}b-q4", mid, words, "Q4_K_M", extra={"rules_fired": ["The R1 distills are not DeepSeek-R1"]})
memory(F, "fp32-1b", "llama3.2-1b-instruct", "Llama 3.2 1B", "F32", extra={"rules_fired": ["FP32 is a training precision"]}, note="002: 1B FP32 = 4 GB of weights (1.24B here: ~4.6 GB)")
memory(F, "fp32-7b", "qwen2.5-7b-instruct", "Qwen2.5 7B", "F32", extra={"rules_fired": ["FP32 is a training precision"]}, note="002: 7B FP32 = ~28 GB")
memory(F, "fp32-14b", "deepseek-r1-distill-qwen-14b", "DeepSeek-R1-Distill-Qwen-14B", "F32", note="002: 14B FP32 = 56 GB; x1.2 = 67 GB")
memory(F, "int4-14b", "deepseek-r1-distill-qwen-14b", "DeepSeek-R1-Distill-Qwen-14B", "Q4_K_M", note="002: 14B INT4 = 7-8 GB, x1.2 = 9.6 GB; Q4_K_M averages 4.89 bits: ~8.4 GB + KV")
memory(F, "fp16-14b", "qwen3-14b", "Qwen3 14B", "F16", note="002: FP16 = 2 bytes per parameter")
memory(F, "int8-8b", "qwen3-8b", "Qwen3 8B", "Q8_0", note="002: INT8 = 1 byte per parameter (Q8_0: 8.5 bits)")
memory(F, "fp8-8b", "llama3.1-8b-instruct", "Llama 3.1 8B", "FP8", slack=(0.85, 1.3), extra={"rules_fired": ["Serving formats need vLLM"]}, note="002: FP8 = 1 byte per parameter, served by vLLM")
pair(F, "rule-of-thumb-long-context", None, None, {"rules_fired": ["The file-size rule of thumb is only a rough guide"], "total_gb_between": [19, 26]},
     facts={"gpus": [{"name": "RTX 4090"}], "models": ["llama3.1-8b-instruct"], "format": "Q4_K_M", "context": 131072, "intent": "can_run"},
     note="002's rule (file x 1.2-1.5 = 5.5-6.9 GB) fails at 128k: 4.6 GB + 16 GB KV")
pair(F, "rule-of-thumb-fp32-vs-int4", "Can an RTX 4060 Ti 16GB run DeepSeek-R1-Distill-Qwen-14B at Q4_K_M?", "RTX 4060 Ti 16GB 能跑 DeepSeek-R1-Distill-Qwen-14B Q4_K_M 吗？",
     {"verdict": "yes", "placement": "gpu", "quant": "Q4_K_M"}, note="002: quantization takes 14B from 67 GB (FP32) to under 10 GB")
can(F, "fp32-14b-on-24g", HW("RTX 4090", ram=16), "deepseek-r1-distill-qwen-14b", "DeepSeek-R1-Distill-Qwen-14B", "F32", note="56 GB of FP32 weights exceed 24 + 16 GB")
can(F, "fp16-7b-on-24g", HW("RTX 3090"), "qwen2.5-7b-instruct", "Qwen2.5 7B", "F16", facts=True)

# ---------------------------------------------------------------- doc 003: 100B table, INT8/INT4, large vs small models
F = "doc003-precision.yaml"
SOURCES[F] = "doc 003: weights = params x bytes, the 100B table (FP32 400 / FP16 200 / INT8 100 / INT4 50 GB), reserve 20-30%, big models tolerate low bits"
can(F, "int8-70b-2xa6000", HW("RTX A6000", 2), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q8_0", extra={"rules_fired": ["32B and up: 8-bit across several cards"]}, note="70.6B Q8_0 = ~70 GB + 2.5 GB KV on 2 x 48 GB")
can(F, "int8-72b-5x4090", HW("RTX 4090", 5), "qwen2.5-72b-instruct", "Qwen2.5 72B", "Q8_0", facts=True, note="003: INT8 100B on 5 x 4090; a 72B at Q8_0 (~72 GB) fits 5 x 24 GB")
can(F, "int4-70b-2x4090-4k", HW("RTX 4090", 2), "llama3.3-70b-instruct", "Llama 3.3 70B", "Q4_K_M", ctx=4096)
can(F, "int8-70b-2x4090", HW("RTX 4090", 2, ram=64), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q8_0", facts=True, note="003's INT8 row needs more than 2 x 24 GB: ~72 GB")
can(F, "fp16-70b-3xa100", HW("A100 80GB", 3), "llama3.1-70b-instruct", "Llama 3.1 70B", "F16", note="003: FP16 100B needs 3 x A100; 70B FP16 (~131 GB) fits 3 x 80 GB")
can(F, "fp16-405b-2xa100", HW("A100 80GB", 2, ram=32), "llama3.1-405b-instruct", "Llama 3.1 405B", "Q4_K_M", facts=True, note="405B Q4_K_M is ~231 GB: beyond 2 x 80 GB + 32 GB")
can(F, "int4-405b-2x4090", HW("RTX 4090", 2, ram=64), "llama3.1-405b-instruct", "Llama 3.1 405B", "Q4_K_M", note="003 says 50 GB of INT4 fits 2 x 4090 for 100B; for 405B it is ~231 GB: no")
can(F, "large-low-bit-70b-q3", HW("RTX 3090", 2), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q3_K_M", facts=True, extra={"rules_fired": ["Large models tolerate low-bit formats"]})
can(F, "small-low-bit-3b-q2", HW("RTX 3060 12GB"), "llama3.2-3b-instruct", "Llama 3.2 3B", "Q2_K", extra={"rules_fired": ["Small models suffer most from low-bit formats"]})
can(F, "small-low-bit-1b-q3", HW("GTX 1650"), "llama3.2-1b-instruct", "Llama 3.2 1B", "Q3_K_M", facts=True, extra={"rules_fired": ["Small models suffer most from low-bit formats"]})
memory(F, "fp16-vs-q4-70b-fp16", "llama3.1-70b-instruct", "Llama 3.1 70B", "F16", note="003: 70B FP16 ~141 GB (GB) = ~131 GiB weights")
memory(F, "fp16-vs-q4-70b-q4", "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", note="Q4_K_M ~43 GB: ~98 GB saved, not the doc's 150")
pair(F, "personal-int4-24g", "What models can I run on an RTX 4090?", "RTX 4090 能跑哪些模型？", {"verdict": "yes", "placement": "gpu", "total_gb_between": [10, 24], "quant_bits_at_least": 4, "quant_bits_at_most": 6},
     note="003: personal local deployment: 4-bit; 001: Q4_K_M-Q5_K_M balance")
pair(F, "reserve-headroom", None, None, {"rules_fired": ["Less than 1 GB of VRAM left"]},
     facts={"gpus": [{"name": "RTX 4090"}], "models": ["qwen2.5-32b-instruct"], "format": "Q4_K_M", "context": 16384, "intent": "can_run"},
     note="003: reserve 20-30%; 18.5 GB weights + 4 GB KV at 16k + buffers leave about 1 GB (5%) of 24")
pair(F, "speed-first", "I care about speed: what can I run on an RTX 4070?", "我更看重速度，RTX 4070 能跑什么？", {"verdict": "yes", "placement": "gpu", "rules_fired": ["Speed first: fewer bytes per token"]})

# ---------------------------------------------------------------- doc 004: use cases on i9-14900K + RTX 2000 Ada 16GB + 64GB
F = "doc004-use-cases.yaml"
SOURCES[F] = "doc 004: use cases on an i9-14900K + RTX 2000 Ada (16 GB) + 64 GB DDR5, its q8_0 model list and its errors (35 GB q8_0 on 16 GB)"
ADA = HW("RTX 2000 Ada", ram=64)
can(F, "q8-qwen-coder-32b", ADA, "qwen2.5-coder-32b-instruct", "qwen2.5-coder:32b-instruct", "Q8_0", extra={"rules_fired": ["A file larger than the card does not run on the card", "Layers offloaded to the CPU"]},
    note="004 claims every listed q8_0 model runs smoothly; the ~35 GB file cannot sit in 16 GB (knowledge README)")
can(F, "q8-qwen-coder-14b", ADA, "qwen2.5-coder-14b-instruct", "qwen2.5-coder:14b-instruct", "Q8_0", force=("offload", "offload"), facts=True, note="14B q8_0 ~15.7 GB file + KV: does not fit 16 GB with any context")
can(F, "q8-deepseek-coder-lite", ADA, "deepseek-coder-v2-lite-instruct", "deepseek-coder-v2:16b-lite-instruct", "Q8_0", force=("offload", "offload"), note="~16.7 GB q8_0 file: over 16 GB")
can(F, "q8-codellama-13b", ADA, "codellama-13b-instruct", "codellama:13b-instruct", "Q8_0", facts=True, note="13B q8_0 12.9 GB + 6.25 GB KV at 8k (no GQA: 40 KV heads)")
can(F, "q8-codegemma-7b", ADA, "codegemma-7b-it", "codegemma:7b-instruct-v1.1", "Q8_0")
can(F, "q8-phi4", ADA, "phi-4", "phi4:14b", "Q8_0", force=("offload", "offload"), facts=True, note="004: phi4 q8_0 at 42 tok/s on this card; ~15.6 GB file + KV exceed 16 GB")
can(F, "q8-r1-8b", ADA, "deepseek-r1-distill-llama-8b", "deepseek-r1:8b-llama-distill", "Q8_0", extra={"rules_fired": ["The R1 distills are not DeepSeek-R1"]})
can(F, "q8-qwen3-8b", ADA, "qwen3-8b", "qwen3:8b", "Q8_0", facts=True)
can(F, "q8-qwen3-14b", ADA, "qwen3-14b", "qwen3:14b", "Q8_0", force=("offload", "offload"), note="knowledge README: 14B q8_0 (~15.7 GB) does not fit 16 GB with any context")
can(F, "q4-qwen-coder-14b", ADA, "qwen2.5-coder-14b-instruct", "qwen2.5-coder:14b-instruct", "Q4_K_M", facts=True, note="the fix for the 004 list: Q4_K_M fits")
can(F, "q4-qwen3-14b", ADA, "qwen3-14b", "qwen3:14b", "Q4_K_M")
can(F, "llama4-scout", HW("RTX 2000 Ada", ram=128), "llama4-scout-17b-16e-instruct", "Llama 4 Scout", "Q4_K_M", extra={"rules_fired": ["MoE needs memory for all its experts"]},
    note="004 says Scout fits 16 GB because it is '17B'; 109B total at 4.89 bits is ~62 GB")
can(F, "r1-671b-on-ada", ADA, "deepseek-r1", "DeepSeek-R1 671B", "Q4_K_M", facts=True)
can(F, "qwen3-30b-a3b-best-value", ADA, "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q4_K_M", extra={"rules_fired": ["MoE needs memory for all its experts"]}, note="17.4 GB of Q4_K_M weights exceed 16 GB: offload (experts in RAM)")
open_q(F, "fiction-zh", ADA, "models for writing a long Chinese novel", "写中文长篇小说的", {"verdict": "yes", "not_recommends": ["qwen2.5-coder", "codellama", "deepseek-coder-v2", "codegemma", "starcoder2"],
       "rules_fired": ["Chinese writing: Qwen and DeepSeek", "Long-form fiction wants a larger model"]},
       note="004 picks qwen2.5-coder 32B for fiction; it is a code model and its q8_0 does not fit: general Qwen/DeepSeek models")
open_q(F, "fiction-facts", ADA, "", "", {"not_recommends": ["qwen2.5-coder", "codellama"], "rules_fired": ["Long-form fiction wants a larger model", "Coder models are not writers"]},
       facts={"use_case": "writing", "topics": ["fiction", "chinese"]})
open_q(F, "wordpress", ADA, "models for WordPress PHP plugin development", "开发 WordPress PHP 插件的", {"verdict": "yes", "recommends": ["qwen2.5-coder"], "rules_fired": ["WordPress and PHP plugins", "Coder models for coding"]})
open_q(F, "wordpress-facts", ADA, "", "", {"verdict": "yes", "rules_fired": ["WordPress and PHP plugins"]}, facts={"use_case": "coding", "topics": ["php", "wordpress"]})
open_q(F, "solidworks-vba", ADA, "models for SolidWorks VBA macros", "写 SolidWorks VBA 宏的", {"verdict": "yes", "rules_fired": ["SolidWorks VBA macros", "Coder models for coding"]})
open_q(F, "solidworks-facts", ADA, "", "", {"verdict": "yes", "rules_fired": ["SolidWorks VBA macros"]}, facts={"use_case": "coding", "topics": ["vba", "solidworks"]})
open_q(F, "coding", ADA, "coding models", "写代码的", {"verdict": "yes", "placement": "gpu", "rules_fired": ["Coder models for coding", "Models made for the use case"]})
open_q(F, "long-docs-128k", ADA, "", "", {"recommends": ["qwen2.5-7b-instruct-1m"], "rules_fired": ["Long documents: long-context models"]},
       facts={"use_case": "long_context", "context": 131072}, note="004: long documents -> Qwen2.5-1M; 7B-1M Q4_K_M 4.4 GB + 7 GB KV at 128k fits 16 GB")
open_q(F, "edge", ADA, "", "", {"verdict": "yes", "not_recommends": ["qwen3-14b", "qwen3-8b", "phi-4", "llama3.1-8b-instruct", "mistral-small-24b-instruct-2501"], "rules_fired": ["Edge devices: small models"]},
       facts={"use_case": "edge"}, note="004: lightweight deployment: CodeGemma 2B, Qwen2.5-Coder 1.5B, Gemma 3 4B")
open_q(F, "multimodal", ADA, "models that can read images", "能看图片的多模态", {"verdict": "yes", "recommends": ["gemma3-*"], "not_recommends": ["qwen3-*", "phi-*", "deepseek-r1-*", "qwen2.5-*", "llama3.1-*"],
       "rules_fired": ["Images need a multimodal model"]}, note="004: Gemma 3 (and Llama 4) are multimodal")
open_q(F, "math-reasoning", ADA, "models for math and reasoning", "做数学推理的", {"verdict": "yes", "rules_fired": ["Math and reasoning: reasoning models"]})
open_q(F, "general", ADA, "models", "", {"verdict": "yes", "placement": "gpu", "total_gb_between": [4, 16], "quant_bits_at_least": 4})

# ---------------------------------------------------------------- GPUs from GTX 1060 to RTX 5090, laptops, workstation, datacenter, AMD, Intel, Apple, CPU only
F = "gpus.yaml"
SOURCES[F] = "many GPUs: what fits (doc 000/001 tiers) and what does not, by arithmetic"
fits_small = [("GTX 1060 6GB", "qwen3-4b", "Qwen3 4B"), ("GTX 1070", "llama3.1-8b-instruct", "Llama 3.1 8B"), ("GTX 1080 Ti", "qwen3-8b", "Qwen3 8B"),
              ("RTX 2060 6GB", "llama3.2-3b-instruct", "Llama 3.2 3B"), ("RTX 2070", "qwen2.5-7b-instruct", "Qwen2.5 7B"), ("RTX 2080 Ti", "llama3.1-8b-instruct", "Llama 3.1 8B"),
              ("RTX 3050", "qwen2.5-coder-7b-instruct", "Qwen2.5-Coder 7B"), ("RTX 3060 12GB", "phi-4", "Phi-4"), ("RTX 3060 Ti", "deepseek-r1-distill-qwen-7b", "DeepSeek-R1-Distill-Qwen-7B"),
              ("RTX 3080 12GB", "qwen3-14b", "Qwen3 14B"), ("RTX 4060 Ti 8GB", "qwen3-8b", "Qwen3 8B"), ("RTX 4070 Ti Super", "phi-4", "Phi-4"),
              ("RTX 4080", "qwen2.5-14b-instruct", "Qwen2.5 14B"), ("RTX 5060 Ti 16GB", "qwen3-14b", "Qwen3 14B"), ("RTX 5070", "phi-4", "Phi-4"), ("RTX 5070 Ti", "qwen3-14b", "Qwen3 14B"),
              ("RTX 5090", "qwen3-32b", "Qwen3 32B"), ("RTX 4060 Laptop", "llama3.1-8b-instruct", "Llama 3.1 8B"), ("RTX 4080 Laptop", "qwen3-14b", "Qwen3 14B"),
              ("RTX 4090 Laptop", "phi-4", "Phi-4"), ("RTX 4000 Ada", "mistral-small-24b-instruct-2501", "Mistral Small 24B"), ("RTX 6000 Ada", "llama3.3-70b-instruct", "Llama 3.3 70B"),
              ("RTX A2000 6GB", "qwen3-4b", "Qwen3 4B"), ("Tesla T4", "qwen3-14b", "Qwen3 14B"), ("Tesla V100 32GB", "qwen3-32b", "Qwen3 32B"), ("A100 40GB", "qwen2.5-32b-instruct", "Qwen2.5 32B"),
              ("A100 80GB", "llama3.1-70b-instruct", "Llama 3.1 70B"), ("H200", "llama3.1-70b-instruct", "Llama 3.1 70B"), ("L4", "qwen3-32b", "Qwen3 32B"), ("L40S", "llama3.3-70b-instruct", "Llama 3.3 70B"),
              ("RX 6600", "qwen3-8b", "Qwen3 8B"), ("RX 7600", "llama3.1-8b-instruct", "Llama 3.1 8B"), ("RX 6800 XT", "qwen3-14b", "Qwen3 14B"), ("RX 7900 XT", "mistral-small-24b-instruct-2501", "Mistral Small 24B"),
              ("RX 7900 XTX", "qwen3-32b", "Qwen3 32B"), ("RX 9070 XT", "phi-4", "Phi-4"), ("Radeon PRO W7900", "llama3.1-70b-instruct", "Llama 3.1 70B"),
              ("Instinct MI300X", "qwen2.5-72b-instruct", "Qwen2.5 72B"), ("Arc A770 16GB", "qwen3-14b", "Qwen3 14B"), ("Arc B580", "qwen3-8b", "Qwen3 8B")]
for i, (g, m, w) in enumerate(fits_small):
    ex = {}
    if g.startswith("RX") or g.startswith("Radeon") or g.startswith("Instinct"): ex["rules_fired"] = ["AMD: ROCm or Vulkan"]
    can(F, "fit-" + g.lower().replace(" ", "-"), HW(g), m, w, "Q4_K_M", facts=(i % 2 == 1), extra=ex)
too_big = [("GTX 1060 6GB", "qwen3-14b", "Qwen3 14B", 32), ("RTX 3060 12GB", "qwen3-32b", "Qwen3 32B", 32), ("RTX 4070", "qwen2.5-32b-instruct", "Qwen2.5 32B", 64),
           ("RTX 4090", "llama3.1-70b-instruct", "Llama 3.1 70B", 64), ("RTX 5090", "llama3.3-70b-instruct", "Llama 3.3 70B", 64), ("RTX 4060 Laptop", "qwen3-32b", "Qwen3 32B", 32),
           ("RTX 3080 10GB", "mistral-small-24b-instruct-2501", "Mistral Small 24B", 32), ("RX 7900 XTX", "qwen2.5-72b-instruct", "Qwen2.5 72B", 64), ("Tesla T4", "qwen2.5-32b-instruct", "Qwen2.5 32B", 32),
           ("A100 40GB", "llama3.1-70b-instruct", "Llama 3.1 70B", 64), ("GTX 1650", "llama3.1-8b-instruct", "Llama 3.1 8B", 16), ("RTX 2060 6GB", "qwen3-14b", "Qwen3 14B", 16)]
for i, (g, m, w, ram) in enumerate(too_big):
    can(F, "offload-" + g.lower().replace(" ", "-"), HW(g, ram=ram), m, w, "Q4_K_M", facts=(i % 2 == 0), extra={"rules_fired": ["Layers offloaded to the CPU"]})
nofit = [("RTX 4060", "llama3.1-405b-instruct", "Llama 3.1 405B", 32), ("RTX 3090", "qwen3-235b-a22b", "Qwen3-235B-A22B", 64), ("GTX 1070", "llama3.1-70b-instruct", "Llama 3.1 70B", 16)]
for i, (g, m, w, ram) in enumerate(nofit):
    can(F, "nofit-" + g.lower().replace(" ", "-"), HW(g, ram=ram), m, w, "Q4_K_M", facts=(i % 2 == 1), extra={"rules_fired": ["Does not fit in GPU memory and RAM together"]})
# Apple
apple = [("M1", 16, "llama3.1-8b-instruct", "Llama 3.1 8B"), ("M2 Pro", 32, "qwen3-14b", "Qwen3 14B"), ("M2 Max", 96, "llama3.3-70b-instruct", "Llama 3.3 70B"),
         ("M3 Max", 128, "llama3.1-70b-instruct", "Llama 3.1 70B"), ("M4 Max", 64, "qwen3-32b", "Qwen3 32B"), ("M4 Pro", 48, "qwen3-30b-a3b", "Qwen3-30B-A3B"),
         ("M1 Ultra", 128, "qwen2.5-72b-instruct", "Qwen2.5 72B"), ("M3 Ultra", 512, "qwen3-235b-a22b", "Qwen3-235B-A22B")]
for i, (chip, mem, m, w) in enumerate(apple):
    can(F, f"apple-{chip.lower().replace(' ', '-')}-{mem}", HW(apple=(chip, mem)), m, w, "Q4_K_M", facts=(i % 2 == 0),
        extra={"rules_fired": ["Apple silicon: the GPU gets about two thirds to three quarters of RAM"]})
can(F, "apple-m1-8b-no", HW(apple=("M1", 8)), "qwen3-14b", "Qwen3 14B", "Q4_K_M", force=("no", None), note="8 GB of unified memory cannot hold ~10 GB")
# CPU only
for i, (ram, m, w) in enumerate([(16, "qwen3-4b", "Qwen3 4B"), (32, "llama3.1-8b-instruct", "Llama 3.1 8B"), (64, "qwen3-14b", "Qwen3 14B"), (128, "qwen3-30b-a3b", "Qwen3-30B-A3B")]):
    can(F, f"cpu-{ram}g", HW(cpu=True, ram=ram), m, w, "Q4_K_M", facts=(i % 2 == 1), extra={"rules_fired": ["No GPU: CPU inference", "CPU only"]})
can(F, "cpu-16g-70b", HW(cpu=True, ram=16), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M")

# ---------------------------------------------------------------- multi-GPU
F = "multi-gpu.yaml"
SOURCES[F] = "several GPUs: layer split, memory not pooled (doc 000 32B/70B rows, doc 003 multi-card rows)"
can(F, "2x4060ti16-32b-q4", HW("RTX 4060 Ti 16GB", 2), "qwen2.5-32b-instruct", "Qwen2.5 32B", "Q4_K_M", extra={"rules_fired": ["GPU memory is not pooled", "Split across several GPUs", "Several GPUs are slower than one that fits"]})
can(F, "2x3060-14b-q8", HW("RTX 3060 12GB", 2), "qwen3-14b", "Qwen3 14B", "Q8_0", facts=True)
can(F, "2x3090-mixtral-q4", HW("RTX 3090", 2), "mixtral-8x7b-instruct", "Mixtral 8x7B", "Q4_K_M")
can(F, "4x3090-70b-q8", HW("RTX 3090", 4), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q8_0", facts=True)
can(F, "2x5090-70b-q4", HW("RTX 5090", 2), "llama3.3-70b-instruct", "Llama 3.3 70B", "Q4_K_M")
can(F, "4xa100-405b-q4", HW("A100 80GB", 4), "llama3.1-405b-instruct", "Llama 3.1 405B", "Q4_K_M", facts=True)
can(F, "2xh100-qwen72b-fp16", HW("H100 SXM", 2), "qwen2.5-72b-instruct", "Qwen2.5 72B", "F16")
can(F, "8xa100-405b-q8", HW("A100 80GB", 8), "llama3.1-405b-instruct", "Llama 3.1 405B", "Q8_0", facts=True)
pair(F, "needs-second-card", None, None, {"verdict": "offload", "rules_fired": ["Needs several GPUs"]},
     facts={"gpus": [{"name": "RTX 3090"}], "ram_gb": 64, "models": ["qwen2.5-32b-instruct"], "format": "Q8_0", "intent": "can_run"},
     note="32B Q8_0 ~34.8 GB: more than one 24 GB card, less than two")
pair(F, "needs-second-card-70b", None, None, {"verdict": "offload", "rules_fired": ["Needs several GPUs"]},
     facts={"gpus": [{"name": "RTX A6000"}], "ram_gb": 64, "models": ["llama3.1-70b-instruct"], "format": "Q6_K", "intent": "can_run"},
     note="70B Q6_K ~54 GB + 2.5 GB KV: more than 48 GB, less than 96")
can(F, "2x4060-70b-q4", HW("RTX 4060", 2, ram=64), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M")
pair(F, "mixed-3090-3060", None, None, {"verdict": "yes", "placement": "multi_gpu", "rules_fired": ["GPU memory is not pooled"]},
     facts={"gpus": [{"name": "RTX 3090"}, {"name": "RTX 3060 12GB"}], "models": ["qwen2.5-32b-instruct"], "format": "Q6_K", "intent": "can_run"},
     note="32.5B Q6_K ~24.8 GB + 2 GB KV: more than 24 GB, fits 24 + 12 GB")

# ---------------------------------------------------------------- MoE
F = "moe.yaml"
SOURCES[F] = "mixture of experts: all experts must be resident (doc 003/004 MoE claims; Qwen3-30B-A3B, DeepSeek-R1 671B, Qwen3-235B, Mixtral, Llama 4)"
can(F, "a3b-24g-q4", HW("RTX 3090"), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q4_K_M", extra={"rules_fired": ["MoE needs memory for all its experts", "Best value: Qwen3-30B-A3B"]})
can(F, "a3b-8g-q4", HW("RTX 4060", ram=32), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q4_K_M", facts=True, extra={"rules_fired": ["MoE needs memory for all its experts"]}, note="all 30.5B must be resident (~17 GB); 8 GB + 32 GB RAM: experts in RAM")
can(F, "a3b-12g-q4", HW("RTX 3060 12GB", ram=64), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q4_K_M")
can(F, "a3b-32g-q8", HW("RTX 5090"), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q6_K", facts=True, note="30.5B Q6_K ~23.3 GB + 0.75 GB KV")
can(F, "a3b-cpu-64g", HW(cpu=True, ram=64), "qwen3-30b-a3b", "Qwen3-30B-A3B", "Q4_K_M")
can(F, "r1-671b-4090-256g", HW("RTX 4090", ram=256), "deepseek-r1", "DeepSeek-R1 671B", "Q2_K", facts=True, force=("no", None), note="671B Q2_K is ~247 GB: more than 24 GB + 256 GB leave after the OS? no: 280 GB total; too close -> see r1-671b-4090-512g") if False else None
can(F, "r1-671b-4090-512g", HW("RTX 4090", ram=512), "deepseek-r1", "DeepSeek-R1 671B", "Q4_K_M", extra={"rules_fired": ["MoE needs memory for all its experts", "Tier 671B: no single machine, a cluster or an API"]},
    note="~382 GB Q4_K_M: 24 GB GPU + 512 GB RAM; a single machine runs it (doc 000 says none can)")
can(F, "r1-671b-3090-64g", HW("RTX 3090", ram=64), "deepseek-r1", "DeepSeek-R1 671B", "Q2_K", facts=True, note="Q2_K ~247 GB: more than 24 + 64 GB")
can(F, "235b-4xa100", HW("A100 80GB", 4), "qwen3-235b-a22b", "Qwen3-235B-A22B", "Q4_K_M", note="235B Q4_K_M ~134 GB on 4 x 80 GB")
can(F, "235b-4090-256g", HW("RTX 4090", ram=256), "qwen3-235b-a22b", "Qwen3-235B-A22B", "Q4_K_M", facts=True)
can(F, "mixtral-4090", HW("RTX 4090", ram=64), "mixtral-8x7b-instruct", "Mixtral 8x7B", "Q4_K_M", note="46.7B Q4_K_M ~26.6 GB: over 24 GB")
can(F, "mixtral-a6000", HW("RTX A6000"), "mixtral-8x7b-instruct", "Mixtral 8x7B", "Q4_K_M", facts=True)
can(F, "scout-h100", HW("H100 SXM"), "llama4-scout-17b-16e-instruct", "Llama 4 Scout", "Q4_K_M", note="Meta: Scout fits one H100 at Int4 (~62 GB)")
can(F, "scout-4090-64g", HW("RTX 4090", ram=64), "llama4-scout-17b-16e-instruct", "Llama 4 Scout", "Q4_K_M", facts=True)
can(F, "coder-lite-4090", HW("RTX 4090"), "deepseek-coder-v2-lite-instruct", "DeepSeek-Coder-V2-Lite", "Q8_0")

# ---------------------------------------------------------------- context
F = "context.yaml"
SOURCES[F] = "context from 2k to 128k: KV cache growth (doc 001), model context limits (model cards)"
for i, c in enumerate([2048, 4096, 8192, 16384]):
    can(F, f"qwen3-8b-4060-{c // 1024}k", HW("RTX 4060"), "qwen3-8b", "Qwen3 8B", "Q4_K_M", ctx=c, facts=(i % 2 == 1)) if total("qwen3-8b", "Q4_K_M", c) < 6.8 else None
can(F, "llama8b-4090-128k", HW("RTX 4090", ram=64), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=131072, force=("yes", "gpu"), extra={"rules_fired": ["Long contexts eat the remaining memory"]}, note="4.6 GB + 16 GB KV at 128k + buffers ~ 21-22 GB of 24")
can(F, "llama8b-4080-128k", HW("RTX 4080", ram=64), "llama3.1-8b-instruct", "Llama 3.1 8B", "Q4_K_M", ctx=131072, facts=True, extra={"rules_fired": ["Long contexts eat the remaining memory"]})
can(F, "qwen7b-3060-32k", HW("RTX 3060 12GB"), "qwen2.5-7b-instruct", "Qwen2.5 7B", "Q4_K_M", ctx=32768)
can(F, "qwen14b-4090-32k", HW("RTX 4090"), "qwen3-14b", "Qwen3 14B", "Q4_K_M", ctx=32768, facts=True)
can(F, "qwen32b-4090-32k", HW("RTX 4090", ram=64), "qwen2.5-32b-instruct", "Qwen2.5 32B", "Q4_K_M", ctx=32768, extra={"rules_fired": ["Long contexts eat the remaining memory"]}, note="18.7 GB + 8 GB KV at 32k > 24 GB")
can(F, "70b-2x3090-32k", HW("RTX 3090", 2, ram=64), "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", ctx=32768, facts=True, note="40 GB + 10 GB KV at 32k > 48 GB")
can(F, "1m-qwen7b-a6000-256k", HW("RTX A6000"), "qwen2.5-7b-instruct-1m", "Qwen2.5-7B-Instruct-1M", "Q4_K_M", ctx=262144, force=("yes", "gpu"), note="4.4 GB + 14 GB KV at 256k")
for mid, words, c in [("phi-4", "Phi-4", 32768), ("gemma2-9b-it", "Gemma 2 9B", 32768), ("qwen3-8b", "Qwen3 8B", 262144)]:
    pair(F, f"beyond-max-{mid}", None, None, {"verdict": "no", "rules_fired": ["Context beyond what the model supports"]},
         facts={"gpus": [{"name": "H100 SXM"}], "models": [mid], "format": "Q4_K_M", "context": c, "intent": "can_run"},
         note=f"{words} does not support {c // 1024}k (model card)")
pair(F, "default-8k-note", "What can my 16GB card run?", "我的 16GB 显卡能跑什么？", {"verdict": "yes", "rules_fired": ["Context not given: sized at 8k"], "mentions_en": ["8k"], "mentions_zh": ["8k"]})
pair(F, "kv-q8-hint", None, None, {"verdict": "offload", "rules_fired": ["A quantized KV cache halves it"]},
     facts={"gpus": [{"name": "RTX 4060"}], "ram_gb": 32, "models": ["llama3.1-8b-instruct"], "format": "Q4_K_M", "context": 65536, "intent": "can_run"})
memory(F, "kv-128k-llama70b", "llama3.1-70b-instruct", "Llama 3.1 70B", "Q4_K_M", ctx=131072, slack=(0.85, 1.15), note="40 GB + 40 GB KV at 128k")

# ---------------------------------------------------------------- conversations, clarification
F = "conversation.yaml"
SOURCES[F] = "follow-ups in one conversation, and questions the advisor must ask back about"
pair(F, "followup-context", "Can an RTX 4060 run Llama 3.1 8B Q4_K_M?", "RTX 4060 能跑 Llama 3.1 8B Q4_K_M 吗？", {"verdict": "offload", "rules_fired": ["Long contexts eat the remaining memory"]},
     follow=("and at 64k context?", "那 64k 上下文呢？"), note="8 GB: 4.6 GB + 8 GB KV at 64k")
pair(F, "followup-bigger-card", "Can an RTX 4060 run Qwen3 32B Q4_K_M?", "RTX 4060 能跑 Qwen3 32B Q4_K_M 吗？", {"verdict": "yes", "placement": "gpu"},
     follow=("what about an RTX 4090?", "换成 RTX 4090 呢？"))
pair(F, "followup-format", "Can an RTX 3090 run Qwen3 14B?", "RTX 3090 能跑 Qwen3 14B 吗？", {"verdict": "yes", "quant": "Q8_0"},
     follow=("and Q8_0?", "用 Q8_0 呢？"), note="14.6 GB + 1.25 GB KV on 24 GB")
pair(F, "followup-why", "Can an RTX 3090 run Llama 3.1 70B Q4_K_M?", "RTX 3090 能跑 Llama 3.1 70B Q4_K_M 吗？", {"mentions_en": ["Why"], "mentions_zh": ["理由"]},
     follow=("why?", "为什么？"))
pair(F, "clarify-no-hardware", "What can I run?", "我能跑什么模型？", {"verdict": "clarify"})
pair(F, "clarify-unknown-model", "Can an RTX 4090 run FooBarLM 13B?", "RTX 4090 能跑 FooBarLM 13B 吗？", {"verdict": "clarify"})
pair(F, "clarify-no-model-can", None, None, {"verdict": "clarify"}, facts={"models": ["qwen3-8b"], "intent": "can_run"})
pair(F, "help", "help", "帮助", {"verdict": "clarify"})
