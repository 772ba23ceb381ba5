#!/usr/bin/env python3
"""Checks the sizing rules fitted to eval/accuracy/llamacpp-probe.csv (real llama.cpp b10257, CPU) and prints their errors.

usage: python3 eval/accuracy/fit_llamacpp_probe.py [eval/accuracy/llamacpp-probe.csv]
"""
import csv
import sys
from collections import defaultdict

MiB = 1048576.0
LOGITS_E = int(__import__("os").environ.get("LOGITS_E", "8"))
BYTES = {"f16": 2.0, "q8_0": 34 / 32, "q4_0": 18 / 32}


def pad(n, m=256):
    return (n + m - 1) // m * m


def num(r, k):
    return int(r[k])


def shape(r):
    return r["model_shape"].split("[")[0]


def ctx_rule(r):
    n_ctx, n_seq, unified = num(r, "n_ctx"), num(r, "n_parallel"), r["kv_unified"] == "true"
    c = pad(n_ctx)
    if unified:
        return c, c
    seq = pad(c // n_seq)
    return seq * n_seq, seq


def swa_pattern(r):
    # gemma3: every 6th layer global
    return 6 if r["arch"] == "gemma3" else 0


def kv_rule(r):
    """(full MiB, swa MiB, cells/stream full, cells/stream swa)."""
    n_ctx, seq = ctx_rule(r)
    unified = r["kv_unified"] == "true"
    n_seq = num(r, "n_parallel")
    streams = 1 if unified else n_seq
    cells = n_ctx if unified else seq
    L = num(r, "n_layer")
    if r["arch"] == "deepseek2":
        kw, vw = 512 + 64, 0  # MLA latent: one K row of kv_lora + rope; V is a view of K, no V cache
    else:
        kw = num(r, "n_head_kv") * num(r, "head_dim_k")
        vw = num(r, "n_head_kv") * num(r, "head_dim_v")
    bk, bv = BYTES[r["type_k"]], BYTES[r["type_v"]]
    p = swa_pattern(r)
    n_swa_layers = 0 if p == 0 else L - L // p
    n_full = L - n_swa_layers
    full = streams * cells * n_full * (kw * bk + vw * bv) / MiB
    swa_cells = 0
    swa = 0.0
    if n_swa_layers:
        swa_cells = pad(min(cells, num(r, "n_swa") * (n_seq if unified else 1) + num(r, "n_ubatch")))
        swa = streams * swa_cells * n_swa_layers * (kw * bk + vw * bv) / MiB
    return full, swa, cells, swa_cells


def compute_rule(r):
    """CPU compute buffer (MiB): the larger of the output-logits term and the attention-scores term."""
    ub = num(r, "n_ubatch")
    V, E, H = num(r, "n_vocab"), num(r, "n_embd"), num(r, "n_head")
    kvw = num(r, "n_head_kv") * num(r, "head_dim_k")
    _, seq = ctx_rule(r)
    n_ctx, _ = ctx_rule(r)
    unified = r["kv_unified"] == "true"
    n_kv = n_ctx if unified else seq
    F = num(r, "n_ff")
    if num(r, "n_expert"):
        F = 0  # MoE FFN activations are n_expert_used x expert FFN: small next to the logits here
    logits = ub * (4 * V + LOGITS_E * E)
    ffn = ub * 4 * ((1 if r["arch"] == "starcoder2" else 3) * F + 7 * E)
    fused = r["arch"] == "phi3"
    if r["flash_attn"] == "on":
        attn = 0
    else:
        attn = ub * (4 * (H + 1) * n_kv + 4 * (5 * E + (0 if fused else 2 * kvw)))
        if swa_pattern(r):
            _, _, _, swa_cells = kv_rule(r)
            attn += ub * 4 * swa_cells
    terms = {"logits": logits, "attn": attn, "ffn": ffn}
    term = max(terms, key=terms.get)
    return terms[term] / MiB, term


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "eval/accuracy/llamacpp-probe.csv"
    rows = list(csv.DictReader(open(path)))
    ok = [r for r in rows if not r["error"]]
    print(f"{len(rows)} runs, {len(rows) - len(ok)} refused")
    for r in rows:
        if r["error"]:
            print(f"  refused: {shape(r)} n_ctx={r['n_ctx']} fa={r['flash_attn']} {r['type_k']}/{r['type_v']}: {r['error'][:160]}")

    bad = [r for r in ok if ctx_rule(r) != (num(r, "n_ctx_reported"), num(r, "n_ctx_seq"))]
    print(f"\nn_ctx rule: {len(ok) - len(bad)}/{len(ok)} exact")
    for r in bad:
        print("  mismatch", shape(r), r["n_ctx"], r["n_parallel"], r["kv_unified"], ctx_rule(r), r["n_ctx_reported"], r["n_ctx_seq"])

    print("\nKV rule (MiB): max |error| per model")
    errs = defaultdict(list)
    for r in ok:
        full, swa, cells, swa_cells = kv_rule(r)
        got_full = float(r["kv_mib_total"]) - float(r["kv_mib_swa"])
        e = max(abs(full - got_full), abs(swa - float(r["kv_mib_swa"])))
        cell_ok = cells == num(r, "kv_cells") and swa_cells == num(r, "kv_cells_swa")
        errs[shape(r)].append((e, cell_ok, r))
    for k, v in errs.items():
        worst = max(v, key=lambda x: x[0])
        print(f"  {k:18s} runs={len(v):3d} max_err={worst[0]:8.2f} MiB cells_exact={all(c for _, c, _ in v)}"
              + ("" if worst[0] < 0.02 else f"  worst: n_ctx={worst[2]['n_ctx']} np={worst[2]['n_parallel']} got={worst[2]['kv_mib_total']} want={sum(kv_rule(worst[2])[:2]):.2f}"))

    print("\ncompute rule (MiB): predicted vs measured")
    by = defaultdict(list)
    for r in ok:
        pred, term = compute_rule(r)
        got = float(r["compute_mib"])
        by[(shape(r), r["flash_attn"])].append((pred - got, (pred - got) / got, term, r))
    allrel = []
    for (k, fa), v in by.items():
        rel = [abs(x[1]) for x in v]
        allrel += rel
        worst = max(v, key=lambda x: abs(x[1]))
        w = worst[3]
        print(f"  {k:18s} fa={fa:3s} runs={len(v):3d} mean|err|={100 * sum(rel) / len(rel):5.1f}% max|err|={100 * max(rel):5.1f}%"
              f"  (worst n_ctx={w['n_ctx']} ub={w['n_ubatch']} np={w['n_parallel']}: measured {w['compute_mib']} predicted {worst[0] + float(w['compute_mib']):.2f}, {worst[2]})")
    allrel.sort()
    print(f"  overall: median |err| {100 * allrel[len(allrel) // 2]:.1f}%, 90th pct {100 * allrel[int(len(allrel) * 0.9)]:.1f}%, max {100 * allrel[-1]:.1f}%")


if __name__ == "__main__":
    main()
