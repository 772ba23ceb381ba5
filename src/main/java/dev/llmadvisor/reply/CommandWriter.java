package dev.llmadvisor.reply;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.sizing.Placement;
import dev.llmadvisor.sizing.WeightFormat;
import dev.llmadvisor.sizing.engine.Remark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Paste-ready commands that realise a recommended placement on the candidate's engine. One small pure function
 * per engine, from the candidate's model, format, placement, context, parallel sequences and GPU split. Flag
 * spellings, and where each was checked:
 * <ul>
 * <li>llama-server: {@code -m}, {@code -c}, {@code -ngl}, {@code -ts}, {@code -ncmoe/--n-cpu-moe}, {@code -fa on},
 * {@code -ctk/-ctv}, {@code -np} from common/arg.cpp of llama.cpp build b10257 (the build the tests run; the
 * test LlamaServerFlagsTest runs them through that build's own argument parser).</li>
 * <li>Ollama: OLLAMA_CONTEXT_LENGTH, OLLAMA_NUM_PARALLEL, OLLAMA_KV_CACHE_TYPE, OLLAMA_FLASH_ATTENTION
 * (envconfig/config.go), {@code /set parameter num_ctx|num_gpu} and Modelfile {@code PARAMETER num_ctx}
 * (api/types.go Runner options), ollama/ollama at fb30760.</li>
 * <li>LM Studio: {@code lms load <key> --gpu <0-1|off|max> --context-length N} (https://lmstudio.ai/docs/cli/load).</li>
 * <li>vLLM: {@code vllm serve}, {@code --max-model-len}, {@code --gpu-memory-utilization},
 * {@code --tensor-parallel-size}, {@code --pipeline-parallel-size}, {@code --kv-cache-dtype fp8},
 * {@code --quantization fp8|bitsandbytes} (https://docs.vllm.ai/en/latest/configuration/engine_args.html,
 * features/quantization/fp8.html and bnb.html).</li>
 * <li>SGLang: {@code python -m sglang.launch_server --model-path --tp-size --pp-size --context-length
 * --mem-fraction-static --kv-cache-dtype fp8_e4m3 --quantization fp8} (python/sglang/srt/server_args.py).</li>
 * <li>TGI: {@code --model-id --num-shard --max-input-tokens --max-total-tokens --quantize}
 * (https://huggingface.co/docs/text-generation-inference/reference/launcher).</li>
 * <li>MLX: {@code mlx_lm.convert --hf-path --mlx-path -q --q-bits --q-group-size}, {@code mlx_lm.server --model}
 * (ml-explore/mlx-lm, mlx_lm/convert.py).</li>
 * <li>KTransformers: {@code python -m ktransformers.local_chat --model_path --gguf_path --cpu_infer
 * --max_new_tokens} (kvcache-ai/ktransformers README).</li>
 * </ul>
 */
public final class CommandWriter {

    /** One command line (or settings text) for an engine; {@code note} says what to check first, or null. */
    public record Command(String engine, String command, String note) {
        public Command(String engine, String command) { this(engine, command, null); }
    }

    private CommandWriter() { }

    /** The commands for a candidate that fits; none for one that does not. */
    public static List<Command> commands(Candidate c) {
        if (!c.fits()) return List.of();
        Engine e = Engine.ofId(c.engine()).orElse(Engine.LLAMA_CPP);
        return switch (e) {
            case OLLAMA -> ollama(c);
            case LM_STUDIO -> lmStudio(c);
            case VLLM -> List.of(vllm(c));
            case SGLANG -> List.of(sglang(c));
            case TGI -> List.of(tgi(c));
            case TRANSFORMERS -> List.of(transformers(c));
            case MLX -> mlx(c);
            case KTRANSFORMERS -> List.of(ktransformers(c));
            // ExLlama also loads the published 16-bit checkpoint and GPTQ ones: TabbyAPI's settings for those too
            case EXLLAMA -> List.of(c.exl() != null || c.published() || c.format() == WeightFormat.GPTQ_INT4 ? tabby(c)
                    : c.format().isGguf() ? llamaServer(c) : transformers(c));
            // an engine with no command of its own: llama-server for a GGUF file; a format llama.cpp does not load
            // (GPTQ, AWQ, FP8) is loaded with transformers, never named as a .gguf file that does not exist
            default -> List.of(c.format().isGguf() ? llamaServer(c) : transformers(c));
        };
    }

    /** For the default engine (none named): llama-server and Ollama. */
    public static List<Command> defaultCommands(Candidate c) {
        if (!c.fits()) return List.of();
        // a format llama.cpp does not load (FP8, AWQ, GPTQ) was sized on the engine that serves it: its command
        if (!c.format().isGguf()) return commands(c);
        List<Command> out = new ArrayList<>();
        out.add(llamaServer(c));
        out.addAll(ollama(c));
        return out;
    }

    // --- llama.cpp family -------------------------------------------------------------------------------------

    /** What a command names in place of a generic stand-in, which is no real model: a placeholder of its size. */
    static final String STAND_IN_NOTE = "a generic model of the size asked: put your own model's file or repository in its place";

    /**
     * The repository a command names: the model's own, else its catalog id; for a generic stand-in a placeholder of its
     * size ("your-org/your-13B-model"), so no command points at a file that does not exist.
     */
    static String repo(Candidate c) {
        if (c.generic()) {
            double p = c.paramsB();
            return String.format(Locale.ROOT, p == Math.rint(p) ? "your-org/your-%.0fB-model" : "your-org/your-%.1fB-model", p);
        }
        return c.hfRepo() != null ? c.hfRepo() : c.modelId();
    }

    /** The model's name within its repository id ("Qwen/Qwen3-14B" -> "Qwen3-14B"); an id without an owner as it is. */
    private static String tail(String repo) {
        return repo.substring(repo.indexOf('/') + 1);
    }

    /**
     * The GGUF file name people download: the original repository's model name and the quant, e.g. Qwen3-14B-Q4_K_M.gguf;
     * kept to characters a shell takes unquoted.
     */
    static String ggufFile(Candidate c) {
        String repo = repo(c);
        String base = repo.contains("/") ? tail(repo) : c.modelName().replace(' ', '-');
        return base.replaceAll("[^A-Za-z0-9._+-]+", "-") + "-" + c.format().label() + ".gguf";
    }

    public static Command llamaServer(Candidate c) {
        List<String> a = new ArrayList<>();
        a.add("llama-server");
        a.add("-m");
        a.add(ggufFile(c));
        a.add("-c");
        a.add(String.valueOf((long) c.context() * c.parallel()));
        if (c.parallel() > 1) {
            a.add("-np");
            a.add(String.valueOf(c.parallel()));
        }
        a.add("-ngl");
        a.add(String.valueOf(c.placement() == Placement.CPU ? 0 : c.expertsInRam() ? c.layers() + 1 : c.gpuLayers()));
        List<Integer> split = c.gpuLayerSplit();
        if (split.size() > 1 && split.stream().filter(n -> n > 0).count() > 1) {
            a.add("-ts");
            a.add(split.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (c.expertsInRam() && c.cpuMoeLayers() > 0) {
            a.add("--n-cpu-moe");
            a.add(String.valueOf(c.cpuMoeLayers()));
        }
        a.add("-fa");
        a.add("on");
        String kv = c.kvCacheType();
        if (!kv.equals("f16") && !kv.equals("auto") && !kv.equals("bf16")) {
            a.add("-ctk");
            a.add(kv);
            a.add("-ctv");
            a.add(kv);
        }
        return new Command(Engine.LLAMA_CPP.id(), String.join(" ", a), c.generic() ? STAND_IN_NOTE : null);
    }

    /** Ollama's tag for the candidate's quant: the library tag for Q4_K_M (its default), tag-quant otherwise. */
    static String ollamaTag(Candidate c) {
        String tag = c.ollamaTag();
        if (tag == null) return null;
        WeightFormat f = c.format();
        if (f == WeightFormat.Q4_K_M) return tag;
        String q = switch (f) {
            case F16 -> "fp16";
            case BF16 -> "bf16";
            default -> f.label().toLowerCase(Locale.ROOT).replace("_k", "_K").replace("_m", "_M").replace("_s", "_S").replace("_l", "_L");
        };
        return tag + "-" + q;
    }

    public static List<Command> ollama(Candidate c) {
        List<Command> out = new ArrayList<>();
        List<String> env = new ArrayList<>();
        env.add("OLLAMA_CONTEXT_LENGTH=" + c.context());
        if (c.parallel() > 1) env.add("OLLAMA_NUM_PARALLEL=" + c.parallel());
        String kv = c.kvCacheType();
        if (kv.equals("q8_0") || kv.equals("q4_0")) env.add("OLLAMA_KV_CACHE_TYPE=" + kv);
        env.add("OLLAMA_FLASH_ATTENTION=1");
        out.add(new Command(Engine.OLLAMA.id(), String.join(" ", env) + " ollama serve"));
        String tag = ollamaTag(c);
        boolean partial = c.placement() == Placement.OFFLOAD && !c.expertsInRam();
        if (tag != null) {
            out.add(new Command(Engine.OLLAMA.id(), "ollama run " + tag, c.format() == WeightFormat.Q4_K_M ? null
                    : "the tag follows the Ollama library's <model>-<quant> pattern; check the model's Tags page"));
            if (partial) out.add(new Command(Engine.OLLAMA.id(), "/set parameter num_gpu " + c.gpuLayers()));
        } else {
            String name = c.generic() ? tail(repo(c)).toLowerCase(Locale.ROOT) : c.modelId();
            String modelfile = "FROM ./" + ggufFile(c) + "\\nPARAMETER num_ctx " + c.context()
                    + (partial ? "\\nPARAMETER num_gpu " + c.gpuLayers() : "") + "\\n";
            out.add(new Command(Engine.OLLAMA.id(), "printf '" + modelfile + "' > Modelfile && ollama create " + name
                    + " -f Modelfile && ollama run " + name, c.generic() ? STAND_IN_NOTE : "the Ollama library has no tag for this model: import the GGUF file"));
        }
        return out;
    }

    public static List<Command> lmStudio(Candidate c) {
        String gpu = c.placement() == Placement.CPU ? "off" : c.onGpu() || c.expertsInRam() ? "max"
                : String.format(Locale.ROOT, "%.2f", Math.max(0.01, Math.min(1.0, (double) c.gpuLayers() / (c.layers() + 1))));
        String key = repo(c).toLowerCase(Locale.ROOT);
        String settings = String.format(Locale.ROOT, "LM Studio: %s %s, GPU Offload %s, Context Length %d%s", c.modelName(),
                c.formatLabel(), c.placement() == Placement.CPU ? "0" : c.onGpu() || c.expertsInRam() ? (c.layers() + 1) + "/" + (c.layers() + 1)
                        : c.gpuLayers() + "/" + (c.layers() + 1),
                c.context(), c.expertsInRam() ? ", Force Model Expert Weights onto CPU: on" : "");
        return List.of(new Command(Engine.LM_STUDIO.id(), "lms load " + key + " --gpu " + gpu + " --context-length " + c.context(),
                        "the model key is what `lms ls` lists for your download"),
                new Command(Engine.LM_STUDIO.id(), settings));
    }

    /**
     * A phone with no engine named: the GGUF file and the context to set in a phone app over llama.cpp. PocketPal AI
     * (a-ghorbani/pocketpal-ai, iOS and Android) and ChatterUI (Vali-98/ChatterUI, Android) load GGUF files through
     * llama.rn; their READMEs name both. Ollama and llama-server are desktop commands.
     */
    public static List<Command> phoneApp(Candidate c) {
        if (!c.fits() || !c.format().isGguf()) return commands(c);
        return List.of(new Command("phone app", String.format(Locale.ROOT,
                "PocketPal AI or ChatterUI: load %s, context %d tokens", ggufFile(c), c.context()),
                "the app's own download list may name the same file; its context setting caps what it allocates"));
    }

    public static Command ktransformers(Candidate c) {
        String repo = repo(c);
        String dir = "./" + tail(repo) + "-GGUF";
        return new Command(Engine.KTRANSFORMERS.id(), "python -m ktransformers.local_chat --model_path " + repo + " --gguf_path " + dir
                + " --cpu_infer 32 --max_new_tokens 1000", "put the " + c.formatLabel() + " GGUF files in " + dir
                + "; set --cpu_infer to your physical cores");
    }

    // --- safetensors engines ----------------------------------------------------------------------------------

    /**
     * The checkpoint to serve: the original repository (also when it is published in the candidate's format, as Kimi K2
     * Thinking in INT4), the maker's own quantized build (ChatGLM-6B's -int4), or a pre-quantized one for AWQ / GPTQ
     * (Qwen's naming).
     */
    static String checkpoint(Candidate c) {
        String repo = repo(c);
        if (c.published()) return repo;
        if (c.build() != null) return c.build().hf();
        return switch (c.format()) {
            case AWQ_INT4 -> repo + "-AWQ";
            case GPTQ_INT4 -> repo + "-GPTQ-Int4";
            case GPTQ_INT8 -> repo + "-GPTQ-Int8";
            case NVFP4 -> repo + "-NVFP4";
            default -> repo;
        };
    }

    private static String checkpointNote(Candidate c) {
        if (c.generic()) return STAND_IN_NOTE;
        if (c.published() || c.build() != null) return null;
        return switch (c.format()) {
            case AWQ_INT4, GPTQ_INT4, GPTQ_INT8 -> "needs a pre-quantized " + c.formatLabel()
                    + " checkpoint; the name follows the <repo>-AWQ / -GPTQ-Int4 convention, check that it exists";
            case NVFP4 -> "needs a pre-quantized NVFP4 checkpoint (NVIDIA ModelOpt or LLM Compressor); NVIDIA and Red Hat AI publish them"
                    + " under their own names (<model>-NVFP4, -FP4): check which exists; vLLM reads the quantization from its config";
            default -> null;
        };
    }

    /**
     * What a serving engine is pointed at: a GGUF quant as its single local file with the base repository's tokenizer
     * (vLLM's GGUF page advises it: converting the GGUF's own tokenizer is slow and unstable), any other format as its checkpoint.
     */
    private static List<String> servedModel(Candidate c, String tokenizerFlag) {
        if (!c.format().ggufFileOnly()) return List.of(checkpoint(c));
        return List.of("./" + ggufFile(c), tokenizerFlag, repo(c));
    }

    public static Command vllm(Candidate c) {
        List<String> a = new ArrayList<>(List.of("vllm", "serve"));
        a.addAll(servedModel(c, "--tokenizer"));
        a.addAll(List.of("--max-model-len", String.valueOf(c.context()), "--gpu-memory-utilization", "0.90"));
        if (c.tensorParallel() > 1) a.addAll(List.of("--tensor-parallel-size", String.valueOf(c.tensorParallel())));
        if (c.pipelineParallel() > 1) a.addAll(List.of("--pipeline-parallel-size", String.valueOf(c.pipelineParallel())));
        if (c.kvCacheType().equals("fp8")) a.addAll(List.of("--kv-cache-dtype", "fp8"));
        if (c.format() == WeightFormat.FP8) a.addAll(List.of("--quantization", "fp8"));
        if (c.format() == WeightFormat.BNB_NF4) a.addAll(List.of("--quantization", "bitsandbytes"));
        if (c.format() == WeightFormat.F16) a.addAll(List.of("--dtype", "float16"));
        return new Command(Engine.VLLM.id(), String.join(" ", a), checkpointNote(c));
    }

    public static Command sglang(Candidate c) {
        List<String> a = new ArrayList<>(List.of("python", "-m", "sglang.launch_server", "--model-path"));
        a.addAll(servedModel(c, "--tokenizer-path"));
        a.addAll(List.of("--context-length", String.valueOf(c.context())));
        if (c.tensorParallel() > 1) a.addAll(List.of("--tp-size", String.valueOf(c.tensorParallel())));
        if (c.pipelineParallel() > 1) a.addAll(List.of("--pp-size", String.valueOf(c.pipelineParallel())));
        int tp = c.tensorParallel();
        double frac = tp >= 16 ? 0.79 : tp >= 8 ? 0.81 : tp >= 4 ? 0.85 : tp >= 2 ? 0.87 : 0.88;
        a.addAll(List.of("--mem-fraction-static", String.format(Locale.ROOT, "%.2f", frac)));
        if (c.kvCacheType().equals("fp8")) a.addAll(List.of("--kv-cache-dtype", "fp8_e4m3"));
        if (c.format() == WeightFormat.FP8) a.addAll(List.of("--quantization", "fp8"));
        return new Command(Engine.SGLANG.id(), String.join(" ", a), checkpointNote(c));
    }

    /**
     * TabbyAPI, ExLlama's server: the model section of its config.yml as one YAML line (theroyallab/tabbyAPI,
     * config_sample.yml: model_name, backend, max_seq_len, cache_mode FP16/Q8/Q6/Q4, gpu_split_auto).
     */
    static Command tabby(Candidate c) {
        String cache = switch (c.kvCacheType()) {
            case "q8_0", "fp8" -> "Q8";
            case "q4_0", "q4_1" -> "Q4";
            default -> "FP16";
        };
        String dir = c.exl() == null ? tail(checkpoint(c))
                : tail(repo(c)) + "-" + c.format().label().toLowerCase(Locale.ROOT) + "-" + c.exl().label().replace(" ", "");
        String backend = c.format() == WeightFormat.EXL3 ? "exllamav3" : "exllamav2";
        String settings = String.format(Locale.ROOT, "model: {model_name: %s, backend: %s, max_seq_len: %d, cache_mode: %s, gpu_split_auto: true}",
                dir, backend, c.context(), cache);
        String what = c.exl() != null ? "an " + c.formatLabel() + " quant of the model" : c.published() ? "the published checkpoint"
                : "a " + c.formatLabel() + " checkpoint";
        return new Command("tabbyapi", settings, "put " + what + " in models/" + dir + (c.generic() ? "; " + STAND_IN_NOTE : ""));
    }

    public static Command tgi(Candidate c) {
        int input = Math.max(1, c.context() - Math.min(1024, c.context() / 4));
        List<String> a = new ArrayList<>(List.of("docker", "run", "--gpus", "all", "--shm-size", "1g", "-p", "8080:80",
                "-v", "$PWD/data:/data", "ghcr.io/huggingface/text-generation-inference:latest", "--model-id", checkpoint(c),
                "--max-input-tokens", String.valueOf(input), "--max-total-tokens", String.valueOf(c.context())));
        int shards = c.tensorParallel() * c.pipelineParallel();
        if (shards > 1) a.addAll(List.of("--num-shard", String.valueOf(shards)));
        String q = switch (c.format()) {
            case FP8 -> "fp8";
            case AWQ_INT4 -> "awq";
            case GPTQ_INT4, GPTQ_INT8 -> "gptq";
            case BNB_NF4 -> "bitsandbytes-nf4";
            case BNB_INT8 -> "bitsandbytes";
            default -> null;
        };
        if (q != null) a.addAll(List.of("--quantize", q));
        return new Command(Engine.TGI.id(), String.join(" ", a), checkpointNote(c));
    }

    public static Command transformers(Candidate c) {
        String repo = repo(c);
        String quant = switch (c.format()) {
            case BNB_NF4 -> ", quantization_config=BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type='nf4')";
            case BNB_INT8 -> ", quantization_config=BitsAndBytesConfig(load_in_8bit=True)";
            default -> "";
        };
        // a repository with its own modeling code (ChatGLM-6B, MOSS) loads through the Auto class it registers, trusted
        String auto = c.remoteCodeClass() != null ? c.remoteCodeClass() : "AutoModelForCausalLM";
        String trust = c.remoteCodeClass() != null ? ", trust_remote_code=True" : "";
        String imports = auto + ", AutoTokenizer" + (quant.isEmpty() ? "" : ", BitsAndBytesConfig");
        String cmd = "python -c \"from transformers import " + imports + "; m = " + auto + ".from_pretrained('" + checkpoint(c)
                + "', device_map='auto', torch_dtype='" + (c.format() == WeightFormat.F32 ? "float32" : "auto") + "'" + trust + quant + "); t = AutoTokenizer.from_pretrained('" + repo
                + "'" + trust + "); x = t('Hello', return_tensors='pt').to(m.device); print(t.decode(m.generate(**x, max_new_tokens=64)[0]))\"";
        return new Command(Engine.TRANSFORMERS.id(), cmd, checkpointNote(c));
    }

    public static List<Command> mlx(Candidate c) {
        String repo = repo(c);
        int bits = switch (c.format()) {
            case MLX_4BIT -> 4;
            case MLX_6BIT -> 6;
            case MLX_8BIT -> 8;
            default -> 0;
        };
        List<Command> out = new ArrayList<>();
        String model = repo;
        if (bits > 0) {
            model = "./" + tail(repo) + "-" + bits + "bit-mlx";
            out.add(new Command(Engine.MLX.id(), "mlx_lm.convert --hf-path " + repo + " --mlx-path " + model + " -q --q-bits " + bits
                    + " --q-group-size 64"));
        }
        out.add(new Command(Engine.MLX.id(), "mlx_lm.server --model " + model));
        // the wired-memory note ends with the command that raises the limit (a command reads the same in any language)
        for (Remark r : c.engineNotes()) {
            String n = r.en();
            int i = n.indexOf("sudo sysctl");
            if (i >= 0) out.add(0, new Command(Engine.MLX.id(), n.substring(i)));
        }
        return out;
    }
}
