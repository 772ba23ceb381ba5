// Loads a GGUF file in the real llama.cpp bundled by @fugood/llama.node (CPU build) and reports the
// buffers llama.cpp allocates, as read from its own log lines.
//
// usage: node probe.mjs <model.gguf> '<json run params>'
//   params: n_ctx, n_batch, n_ubatch, n_parallel, flash_attn ("on"|"off"|"auto" or boolean),
//           cache_type_k, cache_type_v, n_gpu_layers (default 0), use_mmap (default true),
//           kv_unified, swa_full, no_extra_bufts (default true: keep weights in the mmapped file
//           instead of repacking them into a CPU_REPACK copy), n_threads.
// stdout: ONE JSON object
//   {model_buffers:{name:MiB}, kv_buffers:[{name,mib,cells,layers,seqs,streams,swa}],
//    compute_buffers:{name:MiB}, n_ctx, n_ctx_seq, n_seq_max, n_batch, n_ubatch, flash_attn,
//    kv_unified, graph_nodes, graph_splits, build:{number,commit}, lines:[...]}
// exit 0; on failure {error:"...", lines:[...]} and exit 1.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const [, , modelPath, paramsJson] = process.argv
const lines = []
const all = []
let pending = ''

function fail(msg) {
  process.stdout.write(JSON.stringify({ error: String(msg), lines: relevant(all).concat(errorLines(all)) }) + '\n')
  process.exit(1)
}

const RELEVANT = /(model buffer size|KV buffer size|compute buffer size|llama_kv_cache.*size =|creating (non-)?SWA KV cache|llama_context: (n_ctx|n_ctx_seq|n_seq_max|n_batch|n_ubatch|flash_attn|kv_unified)\b|graph (nodes|splits)|Flash Attention (enabled|disabled|was)|n_swa|print_info: (arch|file type|file size|n_vocab|n_embd|n_layer|n_head|n_ff|model params))/
const relevant = (ls) => ls.filter((l) => RELEVANT.test(l))
const errorLines = (ls) => ls.filter((l) => /error|failed|missing|wrong|unknown|invalid|exception/i.test(l) && !RELEVANT.test(l)).slice(-20)

function onLog(level, text) {
  pending += text
  let i
  while ((i = pending.indexOf('\n')) >= 0) {
    const line = pending.slice(0, i).trimEnd()
    pending = pending.slice(i + 1)
    if (line.length) all.push(line)
  }
}

function flashAttn(v) {
  if (v === undefined || v === null) return 'auto'
  if (v === true) return 'on'
  if (v === false) return 'off'
  return String(v)
}

async function main() {
  if (!modelPath) fail('usage: node probe.mjs <model.gguf> <json params>')
  let p
  try {
    p = paramsJson ? JSON.parse(paramsJson) : {}
  } catch (e) {
    fail('bad params JSON: ' + e.message)
  }
  const llama = require('@fugood/llama.node')
  llama.addNativeLogListener(onLog)
  await llama.toggleNativeLog(true)

  const options = {
    model: modelPath,
    n_ctx: p.n_ctx ?? 512,
    n_batch: p.n_batch ?? 2048,
    n_ubatch: p.n_ubatch ?? 512,
    n_parallel: p.n_parallel ?? 1,
    flash_attn_type: flashAttn(p.flash_attn),
    cache_type_k: p.cache_type_k ?? 'f16',
    cache_type_v: p.cache_type_v ?? 'f16',
    n_gpu_layers: p.n_gpu_layers ?? 0,
    use_mmap: p.use_mmap ?? true,
    no_extra_bufts: p.no_extra_bufts ?? true,
    kv_unified: p.kv_unified ?? false,
    swa_full: p.swa_full ?? false,
    n_threads: p.n_threads ?? 2,
    ctx_shift: false,
  }
  let ctx
  try {
    ctx = await llama.loadModel(options)
  } catch (e) {
    if (pending.length) all.push(pending)
    fail(e && e.message ? e.message : e)
  }
  // native log lines reach JS through a thread-safe function: let the queued callbacks run first
  for (let i = 0; i < 20 && !all.some((l) => /compute buffer size/.test(l)); i++) {
    await new Promise((r) => setTimeout(r, 50))
  }
  if (pending.length) {
    all.push(pending)
    pending = ''
  }

  const out = {
    model_buffers: {},
    kv_buffers: [],
    compute_buffers: {},
    n_ctx: null,
    n_ctx_seq: null,
    n_seq_max: null,
    n_batch: null,
    n_ubatch: null,
    flash_attn: null,
    kv_unified: null,
    graph_nodes: null,
    graph_splits: null,
    flash_attn_resolved: null,
    build: llama.BuildInfo ?? null,
    params: options,
    lines: relevant(all),
  }
  let swa = null // null: single cache; false/true: the iSWA cache announced next
  let m
  for (const line of all) {
    if ((m = line.match(/model buffer size\s*=\s*([\d.]+) MiB/))) {
      const name = line.match(/:\s+(\S+) model buffer size/)[1]
      out.model_buffers[name] = (out.model_buffers[name] ?? 0) + Number(m[1])
    } else if ((m = line.match(/creating\s+(non-)?SWA KV cache, size = (\d+) cells/))) {
      swa = !m[1]
    } else if ((m = line.match(/:\s+(\S+) KV buffer size\s*=\s*([\d.]+) MiB/))) {
      out.kv_buffers.push({ name: m[1], mib: Number(m[2]), swa: swa === true })
    } else if ((m = line.match(/llama_kv_cache: size =\s*([\d.]+) MiB \(\s*(\d+) cells,\s*(\d+) layers,\s*(\d+)\/(\d+) seqs\)/))) {
      // the summary line follows the buffer line(s) of the same cache
      for (let k = out.kv_buffers.length - 1; k >= 0 && out.kv_buffers[k].cells === undefined; k--) {
        Object.assign(out.kv_buffers[k], { cells: Number(m[2]), layers: Number(m[3]), seqs: Number(m[4]), streams: Number(m[5]), cache_mib: Number(m[1]) })
      }
    } else if ((m = line.match(/:\s+(\S+) compute buffer size\s*=\s*([\d.]+) MiB/))) {
      out.compute_buffers[m[1]] = Number(m[2]) // the last reservation wins
    } else if ((m = line.match(/llama_context: (n_ctx|n_ctx_seq|n_seq_max|n_batch|n_ubatch)\s*=\s*(\d+)/))) {
      out[m[1]] = Number(m[2])
    } else if ((m = line.match(/llama_context: (flash_attn|kv_unified)\s*=\s*(\S+)/))) {
      out[m[1]] = m[2]
    } else if ((m = line.match(/Flash Attention (enabled|disabled)/))) {
      out.flash_attn_resolved = m[1]
    } else if ((m = line.match(/graph (nodes|splits)\s*=\s*(\d+)/))) {
      out['graph_' + m[1]] = Number(m[2])
    }
  }
  try {
    await ctx.release()
  } catch (e) {
    // ignore: the numbers are already read
  }
  process.stdout.write(JSON.stringify(out) + '\n')
  process.exit(0)
}

main().catch((e) => fail(e && e.stack ? e.stack : e))
