import sys, os, yaml
sys.path.insert(0, os.path.dirname(__file__))
from arith import total, weights, kv

OUT = sys.argv[1]
FILES = {}
SOURCES = {}

# ---------------------------------------------------------------- hardware
VRAM = {"GTX 1060 6GB": 6, "GTX 1650": 4, "GTX 1070": 8, "GTX 1080 Ti": 11, "RTX 2060 6GB": 6, "RTX 2070": 8, "RTX 2080 Ti": 11,
        "RTX 3050": 8, "RTX 3060 12GB": 12, "RTX 3060 8GB": 8, "RTX 3060 Ti": 8, "RTX 3070": 8, "RTX 3080 10GB": 10, "RTX 3080 12GB": 12,
        "RTX 3090": 24, "RTX 4060": 8, "RTX 4060 Ti 8GB": 8, "RTX 4060 Ti 16GB": 16, "RTX 4070": 12, "RTX 4070 Ti Super": 16,
        "RTX 4080": 16, "RTX 4090": 24, "RTX 5060 Ti 16GB": 16, "RTX 5070": 12, "RTX 5070 Ti": 16, "RTX 5080": 16, "RTX 5090": 32,
        "RTX 4060 Laptop": 8, "RTX 4070 Laptop": 8, "RTX 4080 Laptop": 12, "RTX 4090 Laptop": 16, "RTX 5070 Laptop": 8,
        "RTX 5070 Ti Laptop": 12, "RTX 5080 Laptop": 16, "RTX 5090 Laptop": 24, "RTX 2000 Ada": 16, "RTX 4000 Ada": 20,
        "RTX 6000 Ada": 48, "RTX A2000 12GB": 12, "RTX A2000 6GB": 6, "RTX A4000": 16, "RTX A5000": 24, "RTX A6000": 48, "Tesla T4": 16,
        "Tesla V100 32GB": 32, "A100 40GB": 40, "A100 80GB": 80, "H100 SXM": 80, "H200": 141, "L4": 24, "L40S": 48,
        "RX 6600": 8, "RX 6800 XT": 16, "RX 7600": 8, "RX 7900 XT": 20, "RX 7900 XTX": 24, "RX 9070 XT": 16, "Radeon PRO W7900": 48,
        "Instinct MI300X": 192, "Arc A770 16GB": 16, "Arc B580": 12}
ZH_NUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 8: "八"}

class HW:
    def __init__(self, gpu=None, count=1, ram=None, cpu=False, vram=None, apple=None):
        self.gpu, self.count, self.ram, self.cpu, self.vram, self.apple = gpu, count, ram, cpu, vram, apple
    def card(self):
        if self.gpu: return VRAM[self.gpu]
        return self.vram or 0
    def ram_gb(self):
        if self.apple: return self.apple[1]
        return self.ram if self.ram else 32
    def en(self):
        if self.apple: s = f"a Mac with {self.apple[0]} and {self.apple[1]}GB of unified memory"
        elif self.cpu: s = "no GPU"
        elif self.gpu: s = (f"{self.count} {self.gpu} cards" if self.count > 1 else f"an {self.gpu}" if self.gpu[0] in "AEIORH" else f"a {self.gpu}")
        else: s = f"a {self.vram}GB GPU"
        if self.ram and not self.apple: s += f" and {self.ram}GB RAM"
        return s
    def zh(self):
        if self.apple: s = f"{self.apple[0]} {self.apple[1]}GB 统一内存的 Mac"
        elif self.cpu: s = "没有独立显卡"
        elif self.gpu: s = (f"{ZH_NUM[self.count]}张 {self.gpu}" if self.count > 1 else f"{self.gpu} 显卡")
        else: s = f"{self.vram}GB 显存的显卡"
        if self.ram and not self.apple: s += f"，{self.ram}GB 内存"
        return s
    def facts(self):
        f = {}
        if self.apple: f["gpus"] = [{"name": self.apple[0], "memory_gb": self.apple[1]}]
        elif self.cpu: f["cpu_only"] = True
        elif self.gpu: f["gpus"] = [{"name": self.gpu, "count": self.count}] if self.count > 1 else [{"name": self.gpu}]
        else: f["vram_gb"] = self.vram
        if self.ram and not self.apple: f["ram_gb"] = self.ram
        return f

def verdict(hw, t, core=None):
    core = t if core is None else core
    """yes / offload / no from the arithmetic, or None when too close to call (then the case is not written)."""
    ram = hw.ram_gb()
    if hw.apple:
        mem = hw.apple[1]
        if t <= 0.62 * mem: return "yes", "gpu"
        if t >= 1.1 * mem: return "no", None
        return None
    if hw.cpu:
        if t <= 0.8 * ram: return "offload", "offload"
        if t >= 1.1 * ram: return "no", None
        return None
    v, n = hw.card(), hw.count
    if n == 1 and t <= 0.92 * v - 0.2: return "yes", "gpu"
    if n > 1 and t + 0.5 * n <= 0.92 * v * n and t > 0.95 * v: return "yes", "multi_gpu"
    if (t >= 1.06 * v * n + 0.5 or core >= v * n + 0.2) and t <= 0.85 * (v * n + ram): return "offload", "offload"
    if t >= 1.1 * (v * n + ram): return "no", None
    return None

def ctx_en(c): return f" at {c // 1024}k context" if c else ""
def ctx_zh(c): return f"，{c // 1024}k 上下文" if c else ""

def add(file, sc):
    FILES.setdefault(file, []).append(sc)

def pair(file, cid, en, zh, expect, facts=None, known=None, note=None, follow=None, langs=("en", "zh")):
    """One case in English and in Chinese (words), or as facts with lang en/zh."""
    for lang in langs:
        sc = {"id": f"{cid}-{lang}"}
        if facts is not None:
            f = dict(facts); f["lang"] = lang
            sc["facts"] = f
        else:
            sc["question"] = en if lang == "en" else zh
        if follow: sc["follow_ups"] = [follow[0] if lang == "en" else follow[1]]
        e = dict(expect)
        e.setdefault("language", lang)
        if lang == "en" and "mentions_en" in e: e["mentions"] = e.pop("mentions_en"); e.pop("mentions_zh", None)
        if lang == "zh" and "mentions_zh" in e: e["mentions"] = e.pop("mentions_zh"); e.pop("mentions_en", None)
        sc["expect"] = e
        if note: sc["note"] = note
        k = known(lang) if callable(known) else known
        if k: sc["known_failure"] = k
        add(file, sc)

def can(file, cid, hw, model, words, fmt, ctx=None, extra=None, facts=False, known=None, note=None, force=None):
    t = total(model, fmt, ctx or 8192)
    v = force or verdict(hw, t, weights(model, fmt) + kv(model, ctx or 8192))
    if v is None:
        raise SystemExit(f"{file} {cid}: too close to call: {model} {fmt} needs ~{t:.1f} GiB on {hw.en()}")
    e = {"verdict": v[0]}
    if v[1]: e["placement"] = v[1]
    e["quant"] = fmt
    e.update(extra or {})
    n = note or f"arithmetic: ~{t:.1f} GB ({weights(model, fmt):.1f} weights + {kv(model, ctx or 8192):.2f} KV + buffers) on {hw.en()}"
    en = f"Can {hw.en()} run {words} {fmt}{ctx_en(ctx)}?"
    zh = f"{hw.zh()}，能跑 {words} {fmt}{ctx_zh(ctx)} 吗？"
    f = None
    if facts:
        f = hw.facts(); f["models"] = [model]; f["format"] = fmt
        if ctx: f["context"] = ctx
        f["intent"] = "can_run"
    pair(file, cid, en, zh, e, facts=f, known=known, note=n)

def memory(file, cid, model, words, fmt, ctx=None, extra=None, known=None, note=None, slack=(0.9, 1.12)):
    t = total(model, fmt, ctx or 8192)
    lo, hi = round(t * slack[0] - 0.5, 1), round(t * slack[1] + 0.6, 1)
    e = {"quant": fmt, "total_gb_between": [lo, hi]}
    e.update(extra or {})
    en = f"How much memory does {words} need at {fmt}{ctx_en(ctx)}?"
    zh = f"{words} 用 {fmt}{ctx_zh(ctx)} 需要多少显存？"
    pair(file, cid, en, zh, e, known=known, note=note or f"arithmetic: {weights(model, fmt):.1f} GB weights + {kv(model, ctx or 8192):.2f} GB KV + ~0.6 GB buffers/runtime = ~{t:.1f} GB")

def open_q(file, cid, hw, en_need, zh_need, expect, facts=None, known=None, note=None):
    en = f"What {en_need} can I run on {hw.en()}?"
    zh = f"{hw.zh()}，能跑什么{zh_need}模型？"
    f = None
    if facts is not None:
        f = hw.facts(); f.update(facts)
    pair(file, cid, en, zh, expect, facts=f, known=known, note=note)

exec(open(os.path.join(os.path.dirname(__file__), "cases.py"), encoding="utf-8").read())

os.makedirs(OUT, exist_ok=True)
class D(yaml.SafeDumper):
    def ignore_aliases(self, data): return True
def flow_list(d, v): return d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=all(not isinstance(x, (dict, list)) for x in v))
D.add_representer(list, flow_list)
n_total = 0
for name, scs in FILES.items():
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        fh.write(f"# {SOURCES.get(name, '')}\n# Expectations come from arithmetic (weights = params x bits/8, KV = 2 x layers x kv_heads x head_dim x 2 B x context,\n# ~0.6 GB buffers and runtime) and the documents' guidance; where a document contradicts arithmetic, the arithmetic wins.\n")
        yaml.dump({"source": SOURCES.get(name, name), "scenarios": scs}, fh, Dumper=D, allow_unicode=True, sort_keys=False, width=200)
    zh = sum(1 for s in scs if s["id"].endswith("-zh"))
    print(f"{name}: {len(scs)} ({zh} zh)")
    n_total += len(scs)
print("total", n_total)
