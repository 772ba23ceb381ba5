package dev.llmadvisor.parse;

import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What shows which engine a message is about, in one table: each engine's names, programs, flags, environment variables,
 * log prefixes, Python API, default ports, error texts and files, each family taken from the engine's own source or
 * documentation (named in the comment above it). Patterns are matched on the lower-cased message as whole words; every
 * entry carries examples, which {@code EngineFingerprintsTest} embeds in sentences and pasted logs. How mentions are
 * weighed against each other (the one run over ones compared or weighed) is {@link EngineSpotter}'s. {@link #HOSTS} lists
 * the frameworks that run one of several engines underneath.
 */
final class EngineFingerprints {

    private EngineFingerprints() {}

    /** What kind of evidence a fingerprint is; the kind decides how much it weighs in {@link EngineSpotter}. */
    enum Kind {
        /** The engine's name in any spelling, its repository or organisation. */
        NAME,
        /** A command line or script that starts the engine: a pasted launch shows the engine run. */
        PROGRAM,
        /** A command-line flag or setting only that engine has. */
        FLAG,
        /** An environment variable the engine reads. */
        ENV,
        /** A prefix or phrase of the engine's own log lines. */
        LOG,
        /** The engine's default port. */
        PORT,
        /** A library API that wrappers built on it print or use too: weaker than any engine named. */
        API,
        /** An error text only that engine prints: it names the engine over anything else in the message. */
        ERROR,
        /** A file format several engines load: names the engine only when nothing else does. */
        FILE
    }

    /**
     * One fingerprint: a pattern (a regex alternation, lower case) with examples of what it matches; {@code gpuOnly} names a
     * runtime with no path through system RAM (it keeps the whole model on the GPU), with where its maintainers say so, or
     * is null.
     */
    record Fingerprint(Engine engine, Kind kind, String pattern, List<String> examples, GpuOnly gpuOnly) {
        /** This fingerprint marked as a runtime that keeps the whole model on the GPU. */
        Fingerprint keepsModelOnGpu(String display, String source) {
            return new Fingerprint(engine, kind, pattern, examples, new GpuOnly(display, source));
        }
    }

    /**
     * A runtime read as another engine ({@link Engine#OTHER}) that keeps the whole model on the GPU and has no path that runs
     * layers from system RAM: on it a model larger than GPU memory does not run, so "part of it in RAM" is no option and the
     * verdict is a no (as for ExLlama, {@link Engine#keepsModelOnGpu()}). Runtimes that do offload (llama.cpp's family,
     * KoboldCpp, text-generation-webui's loaders, transformers' device_map="auto", vLLM's --cpu-offload-gb, FlexGen, AirLLM)
     * carry no mark.
     */
    record GpuOnly(String display, String source) { }

    /** A serving framework that runs one of several engines underneath: named with one of them, that one is the engine run. */
    record Host(String pattern, Set<Engine> runs) { }

    /** The evaluation harnesses that load the model they score themselves (see {@link #HOSTS}). */
    static final String EVAL_HARNESS = "vlmevalkit|opencompass|lm[-_]eval(?:uation[-_]harness)?";

    static final List<Host> HOSTS = List.of(
            // xorbitsai/inference xinference/model/llm/__init__.py: SUPPORTED_ENGINES vLLM, SGLang, Transformers, llama.cpp, MLX
            new Host("xinference(?:-local)?", Set.of(Engine.VLLM, Engine.SGLANG, Engine.TRANSFORMERS, Engine.LLAMA_CPP, Engine.MLX)),
            // lm-sys/FastChat fastchat/serve: model_worker (transformers), vllm_worker, sglang_worker, mlx_worker
            new Host("fastchat", Set.of(Engine.TRANSFORMERS, Engine.VLLM, Engine.SGLANG, Engine.MLX)),
            // zylon-ai/private-gpt (docs.privategpt.dev, settings llm.mode): llamacpp (llama-cpp-python, its default) and ollama
            new Host("privategpt|private[-_]gpt", Set.of(Engine.LLAMA_CPP, Engine.OLLAMA)),
            // Mintplex-Labs/anything-llm (docs, LLM providers): its built-in runner (llama.cpp), or a local server it is pointed
            // at (Ollama, LM Studio, vLLM through the generic OpenAI connector)
            new Host("anythingllm|anything llm", Set.of(Engine.LLAMA_CPP, Engine.OLLAMA, Engine.LM_STUDIO, Engine.VLLM)),
            // chatchat-space/Langchain-Chatchat: 0.2.x loads models through FastChat's workers (transformers, or vllm with
            // server_config's infer_turbo), 0.3 through a model platform (Xinference, Ollama, FastChat …) it is pointed at
            new Host("chatchat|langchain[-_ ]?chatchat", Set.of(Engine.TRANSFORMERS, Engine.VLLM, Engine.OLLAMA)),
            // microsoft/DirectML (README; torch-directml): a device backend of PyTorch, like CUDA or ROCm, that transformers runs
            // on ("transformer库并不支持dml后端"): named with transformers, transformers is the engine
            new Host("directml|torch[-_]directml", Set.of(Engine.TRANSFORMERS)),
            // gpustack/gpustack docs (user-guide/built-in-inference-backends): vLLM (the default), SGLang, MindIE, VoxBox, and
            // llama-box (its llama.cpp server, see FRONT_ENDS); its scheduler logs name the backend's module
            // ("gpustack.policies.candidate_selectors.vllm_resource_fit_selector")
            new Host("gpustack", Set.of(Engine.VLLM, Engine.SGLANG)),
            // the evaluation harnesses, each by its README: open-compass/VLMEvalKit and open-compass/opencompass (transformers by
            // default, vLLM or LMDeploy when told), EleutherAI/lm-evaluation-harness ("lm_eval --model hf | vllm | sglang")
            new Host(EVAL_HARNESS, Set.of(Engine.TRANSFORMERS, Engine.VLLM, Engine.SGLANG)),
            // intel/ipex-llm docs/mddocs/Quickstart/ollama_quickstart.md and ollama_portable_zip_quickstart.md: its Ollama build
            // ("ollama-ipex-llm-…-win.zip"), which the corpus labels Ollama
            new Host("ipex-llm|ipex_llm|bigdl(?:-llm)?", Set.of(Engine.OLLAMA)));

    /**
     * text-generation-webui's own log lines: "Output generated in 18.04 seconds (0.55 tokens/s, 10 tokens, context 66, seed 1)"
     * (modules/text_generation.py), "Loaded the model in 6.70 seconds." and "INFO:Loading model-name..." (modules/models.py),
     * "The AutoGPTQ params are: {…}" (modules/AutoGPTQ_loader.py); since its rich logger (modules/logging_colors.py) the
     * same lines carry a time with microseconds: "15:48:46-070819 INFO     Loading \"model-name\"".
     */
    /** text-generation-webui by the ways people write it (with spaces or hyphens, "textgen", its author's name, "tgwui"). */
    static final String TEXTGEN_NAME = "text[- ]generation[- ]web[- ]?ui|text-?gen[- ]?web[- ]?ui|oobabooga|ooba|tgwui";

    /**
     * Jan, the desktop app (janhq/jan), by the ways people name it, never a bare "Jan" (the month: "in Jan 2024"): its
     * organisation or site, "Jan's", "Jan v0.5", "Jan app", or after a verb of installing, using or starting it, only looked
     * at so that the match is the name ("not using Jan" is negated as Jan; "1. Start Jan 2. Enter prompt"), with no date after.
     */
    static final String JAN = "janhq|jan\\.ai|jan['’]s|jan (?:v?\\d+\\.\\d+|version|app|hub|desktop)"
            // …or before a verb telling what it does, which no date is followed by ("Jan fails to load", "Jan thinks the GPU is best")
            + "|jan(?= (?:fails|failed|crash(?:es|ed)|freezes|froze|hangs|keeps|thinks|doesn't|does not|won't|can't|cannot|isn't|is not"
            + "|loads|loaded|downloads|downloaded|detects|detected|uses|shows|says|reports)(?![a-z]))"
            + "|(?<=(?:install(?:ed|ing)? of|(?:re|un)?install(?:ed|ing)?|using|with|within|inside|open(?:ed|ing)?"
            + "|(?:re)?start(?:ed|ing)?|launch(?:ed|ing)?|updat(?:e|ed|ing)|upgrad(?:e|ed|ing)) )jan(?![a-z0-9])(?! ?\\d(?!\\. ))";

    /**
     * SciSharp/LLamaSharp, the C# binding of llama.cpp, by its name, its backend packages ("LLamaSharp.Backend.Cuda12") and the
     * API its README's examples call, which people paste: LLamaWeights.LoadFromFile, the LLama.Native / LLama.Common
     * namespaces, ModelParams' GpuLayerCount, and its executors.
     */
    static final String LLAMASHARP = "llamasharp(?:\\.backend\\.[a-z0-9]+)?|llamaweights|llama\\.(?:native|common)|gpulayercount"
            + "|(?:interactive|instruct|stateless|batched)executor";

    /**
     * A ChatGLM, Qwen or Baichuan model converted to GGML ("chatglm3-6b-ggml", "chatglm-ggml.bin", "qwen7b-ggml.bin"): the
     * files of li-plus/chatglm.cpp and its ports (QwenLM/qwen.cpp, baichuan.cpp), whose convert.py writes them (their
     * READMEs); llama.cpp ran none of these families in its GGML days.
     */
    static final String GGML_PORT_FILE = "(?:chatglm\\d?|qwen|baichuan\\d?)[a-z0-9_.-]{0,20}?-ggml";

    static final String TEXTGEN_LOG = "output generated in \\d+(?:\\.\\d+)? seconds \\(\\d+(?:\\.\\d+)? (?:tokens/s|it/s)"
            + "|loaded the model in \\d+\\.\\d\\d seconds|info: ?loading [^\\s]{2,120}\\.\\.\\.|the autogptq params are"
            + "|\\d\\d:\\d\\d:\\d\\d-\\d{6} +info +(?:loading|loaded)"
            // modules/GPTQ_loader.py, the GPTQ-for-LLaMa loader of 2023
            + "|found the following quantized model";

    /**
     * A program that runs another engine underneath as its backend: named together with that backend (its name, its loader's
     * name), the front end is the engine the person runs; it wins over nothing else. {@code backendLogsWin} marks an app
     * outside the list that runs the backend's own code (text-generation-webui's llama.cpp loader, KoboldCpp, llamafile):
     * with that backend's own log lines shown, the backend is the engine (the README's rule B), as it is not for an engine
     * of the list (Ollama, LM Studio) nor for a port or fork that replaced the backend's compute (chatglm.cpp, PowerInfer).
     */
    record FrontEnd(Engine engine, String pattern, Set<Engine> wraps, boolean backendLogsWin, List<String> examples) { }

    static final List<FrontEnd> FRONT_ENDS = List.of(
            // ollama/ollama llama/ (vendored llama.cpp and ggml) and x/mlxrunner
            new FrontEnd(Engine.OLLAMA, "ollama", Set.of(Engine.LLAMA_CPP, Engine.MLX), false, List.of("Ollama")),
            // lmstudio.ai/docs: runtimes "llama.cpp" (GGUF) and "MLX" (mlx-engine)
            new FrontEnd(Engine.LM_STUDIO, "lm[ _-]?studio|lms", Set.of(Engine.LLAMA_CPP, Engine.MLX), false, List.of("LM Studio", "LMStudio")),
            // kvcache-ai/ktransformers: GGUF weights (llamafile kernels), transformers modeling code, kt-kernel inside SGLang
            new FrontEnd(Engine.KTRANSFORMERS, "ktransformers|k-transformers|kt-kernel", Set.of(Engine.LLAMA_CPP, Engine.TRANSFORMERS, Engine.SGLANG),
                    false, List.of("KTransformers", "kt-kernel")),
            // oobabooga/text-generation-webui modules/loaders.py: llama.cpp, ExLlamav2(_HF), Transformers, AutoGPTQ, GPTQ-for-LLaMa;
            // its own log lines (modules/models.py, modules/text_generation.py)
            new FrontEnd(Engine.OTHER, TEXTGEN_NAME + "|" + TEXTGEN_LOG,
                    Set.of(Engine.LLAMA_CPP, Engine.EXLLAMA, Engine.TRANSFORMERS), true,
                    List.of("text-generation-webui", "oobabooga", "Output generated in 4.20 seconds (12.5 tokens/s, 52 tokens, context 310, seed 7)",
                            "INFO:Loading TheBloke_Llama-2-13B-GPTQ...")),
            // apps that run llama.cpp itself, each by its README: LostRuins/koboldcpp, nomic-ai/gpt4all (gpt4all-backend), janhq/jan
            // (cortex.cpp / llama.cpp engine), Mozilla-Ocho/llamafile, mudler/LocalAI (llama.cpp backend), gpustack (llama-box),
            // SciSharp/LLamaSharp (its binding), guinmoon/LLMFarm and LlamaChat (apps over llama.cpp), a-ghorbani/pocketpal-ai and
            // Vali-98/ChatterUI (phone apps over llama.rn), intel/AI-Playground (its llama.cpp backend)
            new FrontEnd(Engine.OTHER, "koboldcpp|kobold\\.cpp|gpt4all|llamafile|localai|local-ai|gpustack|llama-box|cortex\\.cpp|" + JAN
                    + "|" + LLAMASHARP + "|llmfarm|llamachat|pocketpal|chatterui|ai[- ]playground", Set.of(Engine.LLAMA_CPP), true,
                    List.of("koboldcpp", "GPT4All", "llamafile", "LocalAI", "GPUStack", "jan.ai", "LLamaSharp", "LLMFarm", "LlamaChat",
                            "PocketPal", "ChatterUI", "AI Playground")),
            // ggml ports of single model families, li-plus/chatglm.cpp and QwenLM/qwen.cpp (ggml, whose ggml_* log lines they
            // print), and forks that replaced llama.cpp's compute while printing its log lines: SJTU-IPADS/PowerInfer (sparse
            // kernels) and microsoft/BitNet (bitnet.cpp, ternary kernels)
            new FrontEnd(Engine.OTHER, "chatglm[._-]cpp|qwen[._-]cpp|minicpm-[ov]\\.cpp|" + GGML_PORT_FILE + "|powerinfer|bitnet\\.cpp",
                    Set.of(Engine.LLAMA_CPP), false, List.of("chatglm.cpp", "qwen.cpp", "chatglm3-6b-ggml", "PowerInfer", "bitnet.cpp")),
            // exo-explore/exo (README): splits a model over several machines and runs each share with MLX (tinygrad before)
            new FrontEnd(Engine.OTHER, "exo|exo-explore|exolabs", Set.of(Engine.MLX), true, List.of("EXO", "exo-explore")),
            // PygmalionAI/aphrodite-engine (README): a fork of vLLM that prints vLLM's flags and log lines ("--max-model-len",
            // "# GPU blocks") under its own name
            new FrontEnd(Engine.OTHER, "aphrodite(?:[- ]engine)?|rayworkeraphrodite", Set.of(Engine.VLLM), false,
                    List.of("Aphrodite Engine", "aphrodite-engine")),
            // intel/ipex-llm: its own transformers-style API (ipex_llm.transformers), its llama.cpp build, and its vLLM serving
            // image (docs/mddocs/DockerGuides/vllm_docker_quickstart.md: intelanalytics/ipex-llm-serving-xpu, which prints vLLM's
            // log lines); its Ollama build is labelled Ollama, which is named then (see HOSTS)
            new FrontEnd(Engine.OTHER, "ipex-llm|ipex_llm|bigdl(?:-llm)?", Set.of(Engine.TRANSFORMERS, Engine.LLAMA_CPP, Engine.VLLM), true,
                    List.of("ipex-llm", "bigdl-llm")));

    /**
     * The Hugging Face format named together with running it, in either order (English and Chinese). The match is the name
     * alone, the rest a lookahead, so that a Chinese word running into Latin letters ("加载qwen2") still ends a whole word.
     */
    static final String HF_NAME = "(?:huggingface|hugging face|hf)";
    static final String HF_FORMAT_RUN = HF_NAME + "(?=[ -]?(?:格式|format(?:ted)?) ?(?:的|model )?(?:推理|运行|加载|部署|inference|run|load))"
            + "|(?:推理|运行|加载|部署|inference|run|running|load|loading)(?: it| the model)? ?(?:用|使用|in|with|using)? ?(?:the )?" + HF_NAME
            + "(?=[ -]?(?:格式|format))";

    /** The code on a model's Hugging Face page, in English and Chinese (the page, the card, its example or quick-start code). */
    static final String HF_CARD_CODE = "(?:example|sample|demo|quick ?start|inference) code (?:from|on|in|of) (?:the )?" + HF_NAME
            + "(?: model card| page| repo)?"
            + "|" + HF_NAME + "(?:'s)? (?:model card(?:'s)? )?(?:example|sample|demo|quick ?start|inference) code"
            + "|(?:the )?model card(?:'s)? (?:example |sample |demo |quick ?start |inference )?code"
            + "|" + HF_NAME + " ?(?:上|官网|页面|主页|模型卡片?|model card)?(?:上)?(?:的|提供的|给的|给出的)?(?:官方)?(?:示例|样例|推理|演示|调用)?(?:代码|脚本)";

    private static Fingerprint fp(Engine e, Kind k, String pattern, String... examples) {
        return new Fingerprint(e, k, pattern, List.of(examples), null);
    }

    static final List<Fingerprint> ALL = List.of(
            // ---- llama.cpp: README.md, tools/ (binaries), common/arg.cpp (flags, LLAMA_ARG_* variables), src/llama-*.cpp
            // (log lines prefixed by the function: "llama_model_loader:", "load_tensors:", "llama_context:"), ggml/ (ggml_*)
            // …and ikawrakow/ik_llama.cpp, a fork with the same programs, flags and log lines (the joined "_" would end no word)
            // …and its bindings, each by its repository: abetlen/llama-cpp-python, mybigday/llama.rn (React Native, which phone apps
            // such as PocketPal and ChatterUI build on)
            fp(Engine.LLAMA_CPP, Kind.NAME, "llama[ ._-]?cpp|llama_cpp|llama-cpp-python|llama_cpp_python|ggml-org/llama\\.cpp|ik[_-]llama[._]?cpp"
                    + "|llama\\.rn",
                    "llama.cpp", "llamacpp", "llama cpp", "llama-cpp-python", "ik_llama.cpp", "llama.rn"),
            // …and its name mistyped: "lama.cpp", "llamma.cpp", the extension slipped ("llama.ccp", "llama.cp", "llama.c++")
            fp(Engine.LLAMA_CPP, Kind.NAME, "l?lamm?a[ ._-]?cpp|l?lamm?a[._-]?(?:ccp|c\\+\\+)|l?lamm?a[._]cp",
                    "lama.cpp", "llamma.cpp", "llama.ccp", "llama-ccp", "llama.cp", "llama.c++"),
            // its programs, each named llama-<directory of examples/ or tools/> since the binaries were renamed (ggml-org/llama.cpp
            // PR #7809), the multimodal CLIs of tools/mtmd before their merge into llama-mtmd-cli, and rpc-server (tools/rpc)
            fp(Engine.LLAMA_CPP, Kind.NAME, "llama-(?:server|cli|bench|quantize|perplexity|imatrix|gguf-split|mtmd-cli|llava-cli"
                    + "|batched-bench|embedding|run|simple|simple-chat|speculative|speculative-simple|lookup|lookahead|parallel|passkey"
                    + "|retrieval|save-load-state|tokenize|tts|export-lora|cvector-generator|gritlm|infill|finetune|diffusion-cli"
                    + "|minicpmv-cli|qwen2vl-cli|gemma3-cli)(?:\\.exe)?|rpc-server",
                    "llama-server", "llama-cli", "llama-bench", "llama-quantize", "llama-mtmd-cli", "llama-run", "llama-simple-chat",
                    "llama-speculative", "llama-export-lora", "llama-tts", "llama-minicpmv-cli", "llama-qwen2vl-cli", "llama-server.exe",
                    "rpc-server -p 50052"),
            // (the model after other options too: "llama-server --host 0.0.0.0 --port 5000 -m x.gguf")
            fp(Engine.LLAMA_CPP, Kind.PROGRAM, "(?:\\./)?llama-(?:server|cli)(?:\\.exe)?(?: --?[a-z][a-z0-9-]*(?: [^\\s-][^\\s]*)?){0,12}? (?:-m|--model|-hf)"
                    + "|\\./(?:main|server) -m|from llama_cpp import|llama\\(model_path",
                    "llama-server -m qwen3-8b-q4_k_m.gguf -ngl 99", "llama-server --host 0.0.0.0 --port 5000 -m final-Qwen--QwQ-32B.gguf", "./main -m models/7B/ggml-model-q4_0.bin -t 8",
                    "from llama_cpp import Llama", "llm = Llama(model_path=\"x.gguf\", n_gpu_layers=-1)"),
            fp(Engine.LLAMA_CPP, Kind.FLAG, "-ngl|--n-gpu-layers|n-gpu-layers|n_gpu_layers|--tensor-split|--override-tensor|--n-cpu-moe"
                    + "|--cpu-moe|-ncmoe|-cmoe|--split-mode|--main-gpu|--cache-type-k|--cache-type-v|-ctk|-ctv|--no-kv-offload",
                    "-ngl 99", "--n-gpu-layers 35", "--tensor-split 3,1", "--override-tensor exps=CPU", "--n-cpu-moe 30",
                    "--split-mode row", "-ctk q8_0", "--no-kv-offload"),
            fp(Engine.LLAMA_CPP, Kind.ENV, "llama_arg_[a-z0-9_]+|-dggml_[a-z_]+|-dllama_[a-z_]+|llama_cublas|ggml_cuda=(?:on|1)",
                    "LLAMA_ARG_N_GPU_LAYERS=99", "cmake -B build -DGGML_CUDA=ON", "make LLAMA_CUBLAS=1"),
            // the build options of its Makefile before the CMake-only build (LLAMA_CUDA, LLAMA_METAL, LLAMA_HIPBLAS …)
            fp(Engine.LLAMA_CPP, Kind.ENV, "llama_(?:no_)?(?:cuda|metal|hipblas|hip_uma|vulkan|clblast|sycl|openblas|blis|rpc|cuda_[a-z_]+)(?:=\\w+)?",
                    "make LLAMA_CUDA=1", "make LLAMA_METAL=1", "LLAMA_HIPBLAS=1 make", "make LLAMA_VULKAN=1 -j"),
            // its scripts and pre-rename programs: convert_hf_to_gguf.py (and its older names), gguf-py, ./quantize, main.exe
            fp(Engine.LLAMA_CPP, Kind.NAME, "convert[_-]hf[_-]to[_-]gguf(?:\\.py)?|convert[_-]llama[_-]ggml[_-]to[_-]gguf(?:\\.py)?|gguf-py"
                    + "|gguf[_-]dump(?:\\.py)?|\\./(?:quantize|perplexity|imatrix|llava-cli)|(?:main|server|quantize)\\.exe",
                    "python convert_hf_to_gguf.py ./Qwen2-7B --outtype f16", "convert-hf-to-gguf.py", "gguf_dump.py x.gguf",
                    "./quantize ./models/7B/ggml-model-f16.bin q4_0", "main.exe -m model.gguf"),
            fp(Engine.LLAMA_CPP, Kind.LOG, "load_tensors:|print_info:|ggml_[a-z0-9_]+|llm_load_[a-z_]+"
                    + "|llama_model_load(?:er|_internal|_from_file)?|llama_print_timings|llama_perf_[a-z_]+|llama_new_context_with_model"
                    + "|llama_init_from_[a-z_]+|llama_kv_cache(?:_init|_unified)?:?|llama_context:|common_init_from_params"
                    + "|system_info: n_threads",
                    "load_tensors: offloaded 20/49 layers to GPU", "print_info: file type = Q4_K - Medium",
                    "ggml_cuda_init: found 1 CUDA devices:", "llm_load_tensors: offloading 32 repeating layers to GPU",
                    "llama_model_loader: loaded meta data with 30 key-value pairs", "llama_print_timings: eval time = 100 ms",
                    "llama_context: n_ctx = 32768", "llama_kv_cache_unified: CUDA0 KV buffer size = 4096.00 MiB",
                    "system_info: n_threads = 8 (n_threads_batch = 8) / 16"),
            // its --version output (common/arg.cpp: "version: N (commit)", "built with …") and llama-server's log lines
            // (tools/server: "srv  load_model: …", "slot launch_slot_: id  0 | task 0 | …", "server is listening on …")
            fp(Engine.LLAMA_CPP, Kind.LOG, "(?:version|build): \\d{3,5} \\([0-9a-f]{6,}\\)|srv +[a-z_]+:|slot +[a-z_]+: id +\\d+"
                    + "|server is listening on http",
                    "version: 4589 (e51c47b4)\nbuilt with cc (Ubuntu 13.2.0) for x86_64-linux-gnu",
                    "srv  load_model: loading model 'x.gguf'", "slot launch_slot_: id  0 | task 0 | processing task",
                    "main: server is listening on http://127.0.0.1:8080 - starting the main loop"),
            // llama-bench's result table (tools/llama-bench): prompt processing and generation at N tokens
            fp(Engine.LLAMA_CPP, Kind.LOG, "pp(?:128|256|512|1024|2048|4096)|tg(?:32|64|128|256|512)",
                    "| qwen3 8B Q4_K - Medium | pp512 | 3100.5 |", "tg128 95.2 t/s"),
            // a GGUF file (ggml/docs/gguf.md) is llama.cpp's format, loaded by its family (Ollama, LM Studio) and others
            fp(Engine.LLAMA_CPP, Kind.FILE, "[a-z0-9_.-]+\\.gguf", "qwen3-14b-q4_k_m.gguf", "Llama-3.3-70B-Instruct-Q4_K_M.gguf"),
            // …and its GGML files before GGUF (convert.py's ggml-model-*.bin, the quantized uploads named *.ggmlv3.q4_0.bin)
            fp(Engine.LLAMA_CPP, Kind.FILE, "ggml-model-[a-z0-9_]+\\.bin|[a-z0-9_.-]+\\.ggml(?:v\\d)?\\.[a-z0-9_]+\\.bin",
                    "ggml-model-q4_0.bin", "llama-2-13b-chat.ggmlv3.q4_K_M.bin"),

            // ---- Ollama: cmd/cmd.go (commands), envconfig/config.go (OLLAMA_* variables, port 11434), docs/modelfile.md
            // (Modelfile, PARAMETER num_ctx / num_gpu), server/*.go (slog lines "level=INFO source=sched.go:… msg=…")
            // with Ollama's client libraries, which only call an Ollama server: ollama/ollama-js and ollama/ollama-python
            // (official), pepperoni21/ollama-rs, awaescher/OllamaSharp, ollama4j/ollama4j; the suffix is part of the name's
            // pattern so a mention spans the whole library name ("从ollama-js换成"), and written as one word the bare name misses it
            fp(Engine.OLLAMA, Kind.NAME, "ollama(?:[-_ ]?(?:js|python|py|rs)(?![a-z0-9_]))?|modelfile|ollamasharp|ollama4j",
                    "ollama", "Ollama", "Modelfile", "Ollamajs", "ollama-js", "ollama-python", "ollama_py", "ollama-rs", "OllamaSharp",
                    "ollama4j"),
            // …and its name as people mistype it (a letter left out, doubled or added), which is no other word: too short for the
            // one-slip reading of longer names (EngineSpotter.SLIP_PROOF_NAMES), so each spelling is listed
            fp(Engine.OLLAMA, Kind.NAME, "olama|ollma|olllama|ollamma", "Olama", "ollma", "olllama", "ollamma"),
            fp(Engine.OLLAMA, Kind.PROGRAM, "ollama (?:run|serve|pull|create)", "ollama run qwen3:32b", "ollama serve",
                    "ollama create mymodel -f Modelfile"),
            fp(Engine.OLLAMA, Kind.FLAG, "num_ctx|num_gpu|/set parameter", "PARAMETER num_ctx 32768", "num_gpu 20",
                    "/set parameter num_ctx 8192"),
            fp(Engine.OLLAMA, Kind.ENV, "ollama_[a-z0-9_]+", "OLLAMA_NUM_PARALLEL=4", "OLLAMA_FLASH_ATTENTION=1",
                    "OLLAMA_KV_CACHE_TYPE=q8_0"),
            // llm/server.go: "llama runner started in …", "llama runner process has terminated: exit status 2", and before 0.1.18
            // "llama runner exited, you may not have enough available memory to run this model"
            fp(Engine.OLLAMA, Kind.LOG, "level=(?:info|warn|debug|error) source=[a-z_]+\\.go:\\d+|llama runner (?:started|process|exited|terminated)",
                    "time=2025-06-30T09:23:07.416-07:00 level=INFO source=types.go:130 msg=\"inference compute\" library=cuda",
                    "llama runner started in 3.2 seconds", "Error: llama runner exited, you may not have enough available memory to run this model",
                    "Error: llama runner process has terminated: exit status 2", "msg=\"llama runner terminated\" error=\"exit status 2\""),
            fp(Engine.OLLAMA, Kind.PORT, "11434", "curl http://localhost:11434/api/generate", "127.0.0.1:11434"),
            fp(Engine.OLLAMA, Kind.ERROR, "model requires more system memory",
                    "Error: model requires more system memory (34.1 GiB) than is available (30.2 GiB)"),

            // ---- LM Studio: lmstudio.ai/docs/cli (lms load / ps / server start …; server on port 1234), lmstudio-community on the Hub
            fp(Engine.LM_STUDIO, Kind.NAME, "lm[ _-]?studio(?!-community)", "LM Studio", "LMStudio", "lm-studio"),
            // a model id of its Hub organisation names where the file was downloaded, which MLX and llama.cpp load as well: it
            // names LM Studio only when nothing else names an engine
            fp(Engine.LM_STUDIO, Kind.FILE, "lmstudio-community/[a-z0-9_.-]+", "lmstudio-community/Qwen3-14B-GGUF"),
            fp(Engine.LM_STUDIO, Kind.PROGRAM, "lms load", "lms load qwen3-14b --gpu max"),
            fp(Engine.LM_STUDIO, Kind.FLAG, "lms (?:load|unload|ps|ls|get|chat|server|runtime|log|import)", "lms ps", "lms server start",
                    "lms ls"),
            fp(Engine.LM_STUDIO, Kind.PORT, "(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):1234", "http://localhost:1234/v1/chat/completions"),
            // its model-load settings as the app names them (lmstudio.ai/docs, per-model defaults): each label is the app's own
            fp(Engine.LM_STUDIO, Kind.FLAG, "cpu thread pool size|evaluation batch size|keep model in memory|try mmap\\(\\)"
                    + "|offload kv cache to gpu memory|k cache quantization type|model loading guardrails",
                    "Keep Model in Memory: on, Try mmap(): on", "CPU Thread Pool Size 8", "Offload KV Cache to GPU Memory",
                    "model loading guardrails set to relaxed"),
            // its main.log tags and the hardware survey it prints with a load error (lmstudio-ai/lmstudio-bug-tracker issues)
            fp(Engine.LM_STUDIO, Kind.LOG, "\\[lmsinternal\\]|vram_recommended_capacity|modelcompatibilitytype|hardwaresurveyresult",
                    "[2025-02-08 01:29:29.905] [error] [LMSInternal][Client=LM Studio][Endpoint=loadModel] Error in channel handler",
                    "\"vram_recommended_capacity\": 0,", "\"modelCompatibilityType\": \"gguf\","),
            // its load-failure dialog ("Failed to load the model … (Exit code: 18446744072635812000). Unknown error. Try a different
            // model and/or config." / "Please check settings and try loading the model again."), in its bug tracker's issues
            fp(Engine.LM_STUDIO, Kind.ERROR, "try a different model and/or config|please check settings and try loading the model again",
                    "(Exit code: 18446744072635812000). Unknown error. Try a different model and/or config.",
                    "(Exit code: 134). Please check settings and try loading the model again."),

            // ---- vLLM: vllm/entrypoints (vllm serve, python -m vllm.entrypoints…), vllm/engine/arg_utils.py (flags), vllm/envs.py
            // (VLLM_* variables), vllm/logger.py (lines "INFO 05-13 10:11:12 [config.py:58] …"), vllm/v1/engine (EngineCore),
            // vllm/model_executor/model_loader ("Loading safetensors checkpoint shards")
            fp(Engine.VLLM, Kind.NAME, "(?<!nano[-_])vllm(?![-_]mlx)[a-z0-9_]*|vllm-project", "vLLM", "vllm", "vllm-project/vllm"),
            // its two engine generations as its docs and issue titles call them (vllm/v1, VLLM_USE_V1): "works on V0 Engine"
            fp(Engine.VLLM, Kind.NAME, "v[01] engine", "OOM Error on V1 Engine, Works on V0 Engine"),
            // its offline API (vllm/entrypoints/llm.py: LLM(model=…)); TensorRT-LLM's LLM API has the same shape, and is named
            // by its import then
            fp(Engine.VLLM, Kind.API, "llm\\( ?model ?=", "llm = LLM(model=\"Qwen/Qwen2.5-7B-Instruct\")"),
            fp(Engine.VLLM, Kind.PROGRAM, "vllm serve|vllm\\.entrypoints|python3? -m vllm|from vllm import",
                    "vllm serve Qwen/Qwen3-32B --max-model-len 32768",
                    "python -m vllm.entrypoints.openai.api_server --model Qwen/Qwen3-32B", "from vllm import LLM, SamplingParams"),
            fp(Engine.VLLM, Kind.FLAG, "gpu_memory_utilization|gpu-memory-utilization|max_model_len|max-model-len"
                    + "|tensor[_ -]parallel[_ -]size|enforce[_ -]eager|max_num_seqs|max-num-seqs|kv-cache-dtype|swap_space"
                    + "|max[_-]num[_-]batched[_-]tokens|cpu[_-]offload[_-]gb|pipeline[_-]parallel[_-]size|served-model-name"
                    + "|enable-chunked-prefill|limit-mm-per-prompt|enable-expert-parallel",
                    "--gpu-memory-utilization 0.95", "max_model_len=8192", "--tensor-parallel-size 2", "--enforce-eager",
                    "--max-num-batched-tokens 8192", "--cpu-offload-gb 20", "--pipeline-parallel-size 2",
                    "--served-model-name qwen", "--limit-mm-per-prompt image=2"),
            fp(Engine.VLLM, Kind.ENV, "vllm_(?!mlx)[a-z0-9_]+", "VLLM_ATTENTION_BACKEND=FLASHINFER", "VLLM_USE_V1=0"),
            fp(Engine.VLLM, Kind.LOG, "(?:info|warning|error|debug) \\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\[?[a-z_]+\\.py:\\d+\\]"
                    + "|asyncllmengine|llmengine|enginecore(?:_\\d+)?|rayworkerwrapper|# gpu blocks|samplingparams"
                    + "|loading safetensors checkpoint shards",
                    "INFO 05-13 10:11:12 [config.py:58] This model supports multiple tasks",
                    "INFO 01-02 03:04:05 llm_engine.py:72] Initializing an LLM engine", "(EngineCore_0 pid=1234) ERROR",
                    "# GPU blocks: 2048, # CPU blocks: 512", "Loading safetensors checkpoint shards: 100% 4/4"),
            // vllm/entrypoints/llm.py _run_engine: the progress bar of the offline LLM.generate ("Processed prompts: 100%|…|
            // 500/500 [39:42<00:00, 4.76s/it, est. speed input: 78.87 toks/s, output: 76.87 toks/s]")
            fp(Engine.VLLM, Kind.LOG, "est\\. speed input: \\d+(?:\\.\\d+)? toks/s",
                    "Processed prompts: 100%|██████████| 500/500 [39:42<00:00,  4.76s/it, est. speed input: 78.87 toks/s, output: 76.87 toks/s]"),
            fp(Engine.VLLM, Kind.LOG, "pipeline parallelism is only supported|is not supported for the current gpu",
                    "Pipeline parallelism is only supported through AsyncLLMEngine"),
            fp(Engine.VLLM, Kind.ERROR, "maximum number of tokens that can be stored in kv cache|must be divisible by tensor parallel size"
                    + "|no available memory for the cache blocks",
                    "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (20000)",
                    "Total number of attention heads (28) must be divisible by tensor parallel size (3)",
                    "No available memory for the cache blocks. Try increasing gpu_memory_utilization"),

            // ---- SGLang: python/sglang/srt/server_args.py (flags, port 30000), python/sglang/srt/utils (log lines "[2025-01-01
            // 10:00:00 TP0] …"), sgl-kernel, SGLANG_* / SGL_* variables (python/sglang/srt/environ.py)
            fp(Engine.SGLANG, Kind.NAME, "sglang|sgl-project|sgl[-_]kernel", "SGLang", "sglang", "sgl-kernel"),
            fp(Engine.SGLANG, Kind.PROGRAM, "python3? -m sglang|sglang\\.launch_server",
                    "python -m sglang.launch_server --model-path Qwen/Qwen3-32B --tp 2"),
            fp(Engine.SGLANG, Kind.FLAG, "mem_fraction_static|mem-fraction-static|--tp-size|--chunked-prefill-size|--max-running-requests"
                    + "|--max-prefill-tokens|--disable-radix-cache|--enable-dp-attention|--cuda-graph-max-bs|server_args=serverargs",
                    "--mem-fraction-static 0.8", "--tp-size 4", "--chunked-prefill-size 4096", "--enable-dp-attention",
                    "server_args=ServerArgs(model_path='x', tp_size=8)"),
            fp(Engine.SGLANG, Kind.ENV, "sglang_[a-z0-9_]+|sgl_[a-z0-9_]+", "SGLANG_ENABLE_TORCH_COMPILE=1", "SGL_ENABLE_JIT_DEEPGEMM=0"),
            fp(Engine.SGLANG, Kind.LOG, "\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: dp\\d+)? tp\\d+(?: ep\\d+)?\\]|tpmodelworker",
                    "[2025-03-01 10:00:00 TP0] Load weight end. type=Qwen2ForCausalLM", "[2025-03-01 10:00:00 DP1 TP3] Capture cuda graph"),
            fp(Engine.SGLANG, Kind.PORT, "(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):30000", "curl http://localhost:30000/generate"),

            // ---- TGI: launcher/src/main.rs (text-generation-launcher and its flags), router/ and server/
            // (text_generation_router / text_generation_server log targets), the container image on ghcr.io
            fp(Engine.TGI, Kind.NAME, "tgi|text-generation-inference|text generation inference", "TGI", "text-generation-inference"),
            fp(Engine.TGI, Kind.PROGRAM, "text-generation-launcher|ghcr\\.io/huggingface/text-generation-inference",
                    "text-generation-launcher --model-id meta-llama/Llama-3.1-8B", "docker run ghcr.io/huggingface/text-generation-inference:2.0"),
            // (not a Python keyword argument "max_input_length=2048," which is transformers' GPTQConfig's and ExLlama's; TGI's
            // warmup log prints it with no comma: "warmup{max_input_length=1024 max_prefill_tokens=4096")
            fp(Engine.TGI, Kind.FLAG, "max_total_tokens|max-total-tokens|max_batch_prefill_tokens|max-batch-prefill-tokens|num_shard"
                    + "|num-shard|max[_-]batch[_-]total[_-]tokens|max-input-(?:length|tokens)|max_input_tokens"
                    + "|max_input_length(?! ?= ?\\d+ ?(?:[,)\\n]|$))|cuda[_-]memory[_-]fraction",
                    "--max-total-tokens 4096", "--num-shard 2", "--max-batch-prefill-tokens 4096", "--max-input-tokens 2048",
                    "--cuda-memory-fraction 0.8", "ERROR warmup{max_input_length=1024 max_prefill_tokens=4096}"),
            fp(Engine.TGI, Kind.LOG, "text_generation_(?:launcher|server|router)|shardcannotstart",
                    "ERROR text_generation_launcher: Shard 0 failed to start", "Error: ShardCannotStart"),
            // text-generation-launcher --env (launcher/src/env_runtime.rs)
            fp(Engine.TGI, Kind.LOG, "docker label: sha-[0-9a-f]+", "Cargo version: 1.79.0\nDocker label: sha-0ff6ff6"),

            // ---- transformers: src/transformers (AutoModel* classes, from_pretrained, pipeline, BitsAndBytesConfig,
            // "Loading checkpoint shards"); wrappers built on it (Xinference, FastChat, ipex-llm) print these too
            // …but not a package's own module of that name ("from ipex_llm.transformers import", "bigdl.llm.transformers")
            // …nor another runtime named after it: transformers.js (ONNX Runtime in the browser or Node), Intel's
            // intel-extension-for-transformers (Neural Speed kernels), both in OTHER below
            // …also in the singular when called a library ("transformer库并不支持", "the transformer library"), never the bare
            // architecture word ("a transformer model")
            fp(Engine.TRANSFORMERS, Kind.NAME, "(?<![a-z0-9_]\\.)(?<!@xenova/|@huggingface/|extension[-_]for[-_])transformers(?!\\.js)|hf pipeline"
                    + "|transformer(?= ?(?:库|包|library|package))", "transformers", "HF pipeline", "但是transformer库并不支持dml后端上的量化函数",
                    "the transformer library"),
            fp(Engine.TRANSFORMERS, Kind.API, "from_pretrained|automodel(?:for[a-z0-9]+)?|device_map|load_in_4bit|load_in_8bit"
                    + "|bitsandbytes(?:config)?|pipeline\\( ?(?:task ?= ?)?['\"][a-z0-9-]+['\"]|model\\.generate|model\\.chat|cli_demo"
                    + "|web_demo|trust_remote_code|torch_dtype|autotokenizer|autoprocessor|\\.half\\(\\)|\\.to\\(['\"](?:cuda|mps)['\"]\\)"
                    + "|peft|loading checkpoint shards"
                    // warnings of generate() and of loading (generation/utils.py, modeling_utils.py)
                    + "|setting `?pad_token_id`? to `?eos_token_id`?|the attention mask and the pad token id were not set"
                    + "|some weights of the model checkpoint"
                    // a model run in the Hugging Face format ("huggingface格式的推理", "inference with the HF format"): that format is
                    // transformers' own (safetensors + config.json); other engines that load it are named when used
                    + "|" + HF_FORMAT_RUN
                    // tloen/alpaca-lora generate.py and its forks: a base model with PEFT LoRA weights
                    + "|--lora_weights"
                    // a traceback through a model's remote code (trust_remote_code copies its modeling_*.py into the
                    // transformers_modules cache) or through transformers' own models/<arch>/modeling_<arch>.py
                    + "|transformers_modules|modeling_[a-z0-9_]+\\.py"
                    // its streamers (generation/streamers.py) and from_pretrained's disk offload folder
                    + "|textstreamer|textiteratorstreamer|offload_folder"
                    // the model card's code ("huggingface上的代码", "the example code from the HF model card"): a model card's quick start
                    // is transformers code
                    + "|" + HF_CARD_CODE,
                    "AutoModelForCausalLM.from_pretrained(\"Qwen/Qwen3-8B\")", "device_map=\"auto\"", "load_in_4bit=True",
                    "BitsAndBytesConfig(load_in_4bit=True)", "pipeline(\"text-generation\", model=x)", "model.half().to('cuda')",
                    "Loading checkpoint shards: 100%|██████████| 4/4",
                    "Setting `pad_token_id` to `eos_token_id`:2 for open-end generation.",
                    "Some weights of the model checkpoint at x were not used when initializing",
                    "我使用的huggingface格式的推理", "running inference in the HF format", "HF格式推理", "Hugging Face format inference",
                    "python generate.py --base_model ./llama-7b-hf --lora_weights ./lora-x",
                    "File \"/root/.cache/huggingface/modules/transformers_modules/chatglm2-6b/modeling_chatglm.py\", line 277",
                    "site-packages/transformers/models/llama/modeling_llama.py", "huggingface上的代码", "HF官网给的示例代码",
                    "Hugging Face 模型卡片上的推理代码", "the example code from the Hugging Face model card", "the HF sample code",
                    "the model card's quickstart code", "streamer = TextIteratorStreamer(tokenizer)", "offload_folder=\"offload\""),

            // its own frame in a traceback of generate() (src/transformers/generation/utils.py): the run went through transformers,
            // whatever app launched it ("swift infer" with generate() in the traceback)
            fp(Engine.TRANSFORMERS, Kind.LOG, "transformers[/\\\\]generation[/\\\\]utils\\.py",
                    "File \"/root/anaconda3/envs/x/lib/python3.10/site-packages/transformers/generation/utils.py\", line 2045, in generate"),
            // a traceback frame inside an engine's installed package (pip installs each under site-packages/<its import name>/,
            // dist-packages/ on Debian's Python): the run went through that engine's own code, whatever app launched it ("swift
            // deploy …" with ".../site-packages/vllm/engine/llm_engine.py" in the traceback). transformers is not among them: vLLM,
            // SGLang and the apps load tokenizers and configs through it, so its frames show up in their runs too
            fp(Engine.VLLM, Kind.LOG, "(?:site|dist)-packages[/\\\\]vllm(?=[/\\\\])",
                    "File \"/usr/local/lib/python3.10/site-packages/vllm/engine/llm_engine.py\", line 301, in __init__"),
            fp(Engine.SGLANG, Kind.LOG, "(?:site|dist)-packages[/\\\\]sglang(?=[/\\\\])",
                    "File \"/usr/local/lib/python3.10/dist-packages/sglang/srt/managers/scheduler.py\", line 1805"),
            fp(Engine.LLAMA_CPP, Kind.LOG, "(?:site|dist)-packages[/\\\\]llama_cpp(?=[/\\\\])",
                    "File \"C:\\Python311\\Lib\\site-packages\\llama_cpp\\llama.py\", line 340, in __init__"),
            fp(Engine.MLX, Kind.LOG, "(?:site|dist)-packages[/\\\\]mlx(?:_lm|_vlm)?(?=[/\\\\])",
                    "File \"/opt/homebrew/lib/python3.12/site-packages/mlx_lm/generate.py\", line 120, in generate_step"),
            fp(Engine.KTRANSFORMERS, Kind.LOG, "(?:site|dist)-packages[/\\\\]ktransformers(?=[/\\\\])",
                    "File \"/usr/local/lib/python3.11/site-packages/ktransformers/operators/experts.py\", line 88"),
            fp(Engine.EXLLAMA, Kind.LOG, "(?:site|dist)-packages[/\\\\]exllamav[23](?=[/\\\\])",
                    "File \"/home/x/.venv/lib/python3.10/site-packages/exllamav2/model.py\", line 250, in load"),

            // ---- MLX: ml-explore/mlx-lm setup.py (the mlx_lm.* commands), README.md (from mlx_lm import load), mlx-community
            // (not the "mlx" of Rapid-MLX, a server of its own: see FRONT_ENDS)
            fp(Engine.MLX, Kind.NAME, "mlx|mlx_lm|mlx-lm|mlx-community|mlx_vlm", "MLX", "mlx-lm", "mlx-community/Qwen3-32B-4bit"),
            // MLX servers of their own, each by its README, which the corpus labels as the MLX they run (label audit of
            // 2026-12-01): raullenchai/Rapid-MLX (its rapid-mlx serve command), waybarrios/vllm-mlx (its vllm_mlx log lines)
            fp(Engine.MLX, Kind.NAME, "rapid[- ]?mlx|vllm[-_]mlx", "Rapid-MLX", "rapid-mlx serve qwen3.5-9b-4bit",
                    "INFO:vllm_mlx.routes.chat:Chat completion: 2590 tokens in 59.64s (43.4 tok/s)", "vllm-mlx"),
            // ml-explore/mlx python/mlx (import mlx.core as mx): the array library's calls people paste ("mx.default_device",
            // "mx.metal.get_peak_memory()"), which mlx-lm makes too; and ml-explore/mlx-examples' scripts under llms/ (llms/llama/llama.py,
            // llms/mixtral/mixtral.py), not another project's llms/ package ("langchain/llms/…")
            fp(Engine.MLX, Kind.API, "import mlx\\.core|mx\\.(?:default_device|set_default_device|metal|array|eval|get_active_memory"
                    + "|get_peak_memory|get_cache_memory|set_memory_limit|set_wired_limit|set_cache_limit|clear_cache)"
                    + "|(?<![/\\\\.])llms/(?:llama|mistral|mixtral|phixtral|phi2|qwen|gguf_llm|speculative_decoding)/[a-z0-9_]+\\.py",
                    "`mx.default_device` reports `Device(gpu, 0)`", "import mlx.core as mx", "print(mx.metal.get_peak_memory() / 1e9)",
                    "python llms/llama/llama.py --model-path ./llama-2-70b-chat"),
            // jundot/omlx, an MLX inference server for Apple Silicon (its README), which the corpus labels as the MLX it runs;
            // so too the other MLX servers and apps whose names carry MLX (the README's rule B): vMLX, arcee-ai/fastmlx, MLX Studio
            // written as one word
            fp(Engine.MLX, Kind.NAME, "omlx|vmlx|fastmlx|mlxstudio", "oMLX", "oMLX v0.3.12", "vMLX", "FastMLX", "MLXStudio"),
            fp(Engine.MLX, Kind.PROGRAM, "python3? -m mlx_lm|mlx_lm\\.(?:generate|server|chat|convert|lora|fuse|cache_prompt|benchmark)"
                    + "|from mlx_lm import",
                    "mlx_lm.generate --model mlx-community/Qwen3-8B-4bit --prompt hi", "mlx_lm.server --model x",
                    "from mlx_lm import load, generate"),
            // mlx_lm/generate.py wired_limit(): the warning printed when the model nears the GPU's recommended working set
            fp(Engine.MLX, Kind.LOG, "generating with a model that requires \\d+(?:\\.\\d+)? mb which is close to the maximum recommended size",
                    "[WARNING] Generating with a model that requires 116168 MB which is close to the maximum recommended size of 122000 MB"),
            // mlx_lm/generate.py's verbose summary: "Prompt: 20 tokens, 115.352 tokens-per-sec", "Peak memory: 4.520 GB"
            fp(Engine.MLX, Kind.LOG, "\\d+ tokens, \\d+(?:\\.\\d+)? tokens-per-sec|peak memory: \\d+(?:\\.\\d+)? gb",
                    "Prompt: 20 tokens, 115.352 tokens-per-sec\nGeneration: 100 tokens, 25.31 tokens-per-sec\nPeak memory: 4.520 GB"),
            fp(Engine.MLX, Kind.ERROR, "attempting to allocate \\d+ bytes which is greater than the maximum allowed buffer size|metal::malloc",
                    "[metal::malloc] Attempting to allocate 19081554496 bytes which is greater than the maximum allowed buffer size"),
            // mlx/backend/metal's check of a failed command buffer, raised as a runtime_error with its "[METAL]" tag (llama.cpp's
            // Metal backend prints "ggml_metal_graph_compute: command buffer 0 failed with status 5" instead)
            fp(Engine.MLX, Kind.ERROR, "\\[metal\\] command buffer execution failed",
                    "libc++abi: terminating due to uncaught exception of type std::runtime_error: [METAL] Command buffer execution failed: Insufficient Memory"),

            // ---- KTransformers: archive/ktransformers/server/args.py and local_chat.py (--cpu_infer, --gguf_path,
            // --optimize_config_path, cache_lens), kt-kernel (the --kt-* flags of its SGLang integration), optimize_rules/*.yaml
            fp(Engine.KTRANSFORMERS, Kind.NAME, "ktransformers|k-transformers|kvcache-ai|kt-kernel", "ktransformers", "KTransformers",
                    "kvcache-ai/ktransformers", "kt-kernel"),
            fp(Engine.KTRANSFORMERS, Kind.PROGRAM, "python3? -m ktransformers|ktransformers\\.(?:local_chat|server)|local_chat\\.py",
                    "python -m ktransformers.local_chat --model_path deepseek-ai/DeepSeek-V3 --gguf_path ./V3-GGUF",
                    "python local_chat.py --model_path x"),
            // its command line, kt-cli (doc/en/kt-kernel/kt-cli.md: kt run / chat / quant / bench / doctor / sft), and the short name
            // "KT" its docs use ("KT-CLI", "KT-FT") told with a version ("kt版本0.21", "kt version 0.3")
            fp(Engine.KTRANSFORMERS, Kind.PROGRAM, "kt-cli|kt (?:run|chat|quant|bench|microbench|doctor|sft)(?![a-z])",
                    "kt run deepseek-v3", "kt doctor", "kt quant --input x", "pip install kt-cli"),
            fp(Engine.KTRANSFORMERS, Kind.NAME, "kt(?= ?(?:版本|version) ?v?\\d)", "速度只有1.3token/s，kt版本0.21", "kt version 0.3.2"),
            fp(Engine.KTRANSFORMERS, Kind.FLAG, "cpu_infer|--cpu_infer|optimize_config_path|gguf_path|--kt-[a-z-]+|cache_lens"
                    + "|optimize_rules",
                    "--cpu_infer 60", "--optimize_config_path x.yaml", "--gguf_path /models/DeepSeek-R1-GGUF",
                    "--kt-cpuinfer 64 --kt-num-gpu-experts 8", "--cache_lens 32768", "optimize_rules/DeepSeek-V3-Chat.yaml"),

            // ---- ExLlama: turboderp/exllamav2 (exllamav2 package, EXL2 format, test_inference.py), TabbyAPI (its server)
            // (with a model's bits per weight joined to it: "…-Preview-exl2_4.65bpw")
            fp(Engine.EXLLAMA, Kind.NAME, "exllama(?:v2|v3)?[a-z0-9_]*|exl[23](?:_\\d+(?:\\.\\d+)?bpw)?|tabbyapi|tabby api", "exllamav2", "ExLlama", "exl2",
                    "TabbyAPI", "cache = ExLlamaV2Cache(model, lazy=True)", "FuseO1-DeepSeekR1-QwQ-SkyT1-32B-Preview-exl2_4.65bpw"),
            // the functions of its CUDA extension (exllama exllama_ext/exllama_ext.cpp, exllamav2 exllamav2/exllamav2_ext/ext_bindings.cpp),
            // which its tracebacks and pybind errors name ("TypeError: apply_rep_penalty(): incompatible function arguments")
            fp(Engine.EXLLAMA, Kind.LOG, "apply_rep_penalty|q4_matmul|make_q4|q4_mlp|q4_attn|gemm_half_q_half|q_attn_forward_[12]"
                    + "|logit_filter_exclusive",
                    "TypeError: apply_rep_penalty(): incompatible function arguments.", "cuda_ext.exllama_ext.q4_matmul(x, self.q4, out)",
                    "ext_c.gemm_half_q_half(x, q_handle, output, force_cuda)"),

            // ---- engines outside the advisor's list, each by its repository's names and commands
            // InternLM/lmdeploy: lmdeploy/cli (lmdeploy serve / chat, --cache-max-entry-count, --session-len, port 23333),
            // src/turbomind ("[TM][ERROR]" log lines), PytorchEngineConfig / TurbomindEngineConfig
            // InternLM/lmdeploy#2586, maintainer lvhan028 (2024-10-11): "lmdeploy 不支持 cpu 推理" — TurboMind and its PyTorch
            // engine run on NVIDIA GPUs and Ascend NPUs only, with nothing computed from system RAM
            // (also as "ImDeploy": a capital I taken for the l it looks like)
            // (and InternLM/lagent's wrappers of it, lagent/llms/lmdeploy_wrapper.py, which MindSearch's configs call:
            // "llm = LMDeployServer(path='internlm/internlm2_5-7b-chat', …)")
            fp(Engine.OTHER, Kind.NAME, "[li]mdeploy(?:server|client|pipeline)?|turbomind", "lmdeploy", "TurboMind", "请问imdeploy支持cpu部署吗",
                    "llm = LMDeployServer(path='internlm/internlm2_5-7b-chat', model_name='internlm2')")
                    .keepsModelOnGpu("LMDeploy", "InternLM/lmdeploy#2586 (maintainer: no CPU inference)"),
            // its pipeline's engine configs (lmdeploy/messages.py) start its engine in the person's code, like a launch line
            fp(Engine.OTHER, Kind.PROGRAM, "pytorchengineconfig|turbomindengineconfig|from lmdeploy import", "PytorchEngineConfig",
                    "backend_config = TurbomindEngineConfig(model_format='awq', tp=1)", "from lmdeploy import pipeline"),
            fp(Engine.OTHER, Kind.PROGRAM, "lmdeploy (?:serve|chat)", "lmdeploy serve api_server internlm/internlm2-chat-7b"),
            fp(Engine.OTHER, Kind.FLAG, "--cache-max-entry-count|cache_max_entry_count", "--cache-max-entry-count 0.5"),
            fp(Engine.OTHER, Kind.LOG, "\\[tm\\]\\[(?:error|warn|warning|info|fatal)\\]", "[TM][ERROR] CUDA runtime error: out of memory"),
            fp(Engine.OTHER, Kind.PORT, "(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):23333", "http://0.0.0.0:23333/v1"),
            // xorbitsai/inference: xinference/deploy/cmdline.py (xinference launch, --size-in-billions), pyproject.toml
            // (xinference-local), xinference/constants.py (port 9997)
            fp(Engine.OTHER, Kind.NAME, "xinference(?:-local)?", "Xinference", "xinference-local"),
            fp(Engine.OTHER, Kind.FLAG, "--(?:model-)?size-in-billions|model_size_in_billions", "--size-in-billions 7"),
            fp(Engine.OTHER, Kind.PORT, "(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):9997", "http://127.0.0.1:9997"),
            // its actors' errors carry Xoscar's prefix (xorbitsai/xoscar python/xoscar/backends/message.pyx)
            fp(Engine.OTHER, Kind.LOG, "\\[address=[0-9a-z.:]+, pid=\\d+\\]",
                    "RuntimeError: [address=127.0.0.1:41234, pid=1234] CUDA out of memory"),
            // LostRuins/koboldcpp: koboldcpp.py (its own flags)
            fp(Engine.OTHER, Kind.NAME, "koboldcpp|kobold\\.cpp|kobold|koboldai", "koboldcpp", "KoboldCpp", "kobold.cpp"),
            fp(Engine.OTHER, Kind.FLAG, "--usecublas|--gpulayers|--contextsize|--usevulkan|--useclblast|--blasbatchsize|--quantkv",
                    "--usecublas 0 --gpulayers 31 --contextsize 8192", "--usevulkan", "--useclblast 0 0"),
            // oobabooga/text-generation-webui: server.py and modules/shared.py (its flags), its start scripts
            fp(Engine.OTHER, Kind.NAME, TEXTGEN_NAME, "text-generation-webui", "oobabooga", "Text Generation WebUI", "text-gen-webui",
                    "textgen web ui", "TGWUI"),
            fp(Engine.OTHER, Kind.PROGRAM, "server\\.py [^\\n]{0,200}?--(?:listen|chat|cai-chat|loader|wbits|auto-devices)"
                    + "|start_(?:windows\\.bat|linux\\.sh|macos\\.sh)|one_click\\.py",
                    "python server.py --model llama-13b --loader llama.cpp --listen", "start_windows.bat"),
            // …and its 2023 flags --cai-chat (whose deprecation warning it printed), --gpu-memory and GPTQ's --groupsize
            fp(Engine.OTHER, Kind.FLAG, "--wbits|--pre_layer|--auto-devices|--cai-chat|--gpu-memory(?!-)|--groupsize", "--wbits 4 --groupsize 128",
                    "--pre_layer 20", "Warning: --cai-chat is deprecated. Use --chat instead.", "--gpu-memory 7 --chat"),
            fp(Engine.OTHER, Kind.LOG, TEXTGEN_LOG,
                    "Output generated in 18.04 seconds (0.55 tokens/s, 10 tokens, context 66, seed 1920742399)",
                    "INFO:Loaded the model in 6.70 seconds.", "INFO:Loading TheBloke_Llama-2-13B-GPTQ...",
                    "INFO:The AutoGPTQ params are: {'model_basename': 'x', 'device': 'cuda:0'}",
                    "09:45:47-565763 INFO     Loading \"DrNicefellow_Mistral-Nemo-Instruct-2407-exl2-5bpw\"",
                    "Found the following quantized model: models\\gpt4-x-alpaca-13b-native-4bit-128g\\gpt-x-alpaca-13b-native-4bit-128g.pt"),
            // its GPTQ / AWQ loaders, each a library of its own (AutoGPTQ/AutoGPTQ, qwopqwop200/GPTQ-for-LLaMa, casper-hansen/AutoAWQ),
            // but not a package listed with its version ("auto-gptq 0.6.0", "AutoGPTQ==0.7.1"): a pip list is the environment of
            // the program run (transformers loads GPTQ through them), not the program
            fp(Engine.OTHER, Kind.NAME, "(?:auto[-_ ]?gptq|gptq[-_ ]for[-_ ]llam?a|auto[-_]?awq)(?![ =v]*=?\\d)",
                    "AutoGPTQ", "auto-gptq", "GPTQ-for-LLaMa", "gptq_for_llama", "AutoAWQ"),
            // NVIDIA/TensorRT-LLM: trtllm-build, trtllm-serve, the tensorrt_llm package
            fp(Engine.OTHER, Kind.NAME, "tensorrt(?:-llm|_llm)?|trt-llm|trtllm(?:-build|-serve)?", "TensorRT-LLM", "tensorrt_llm",
                    "trtllm-build --checkpoint_dir x"),
            // TensorRT's logger, which TensorRT-LLM's engine builds print through ("[12/29/2023-05:24:11] [TRT] [E] 2: … OutOfMemory")
            fp(Engine.OTHER, Kind.LOG, "\\[trt\\] \\[[ewiv]\\]", "[12/29/2023-05:24:11] [TRT] [E] 2: Error Code 2: OutOfMemory",
                    "[TRT] [W] Requested amount of GPU memory (20572012544 bytes) could not be allocated."),
            // TabbyML/tabby's tracing targets (crates/tabby: "INFO tabby::serve: crates/tabby/src/serve.rs:114: Starting server")
            fp(Engine.OTHER, Kind.LOG, "tabby::[a-z_]+", "INFO tabby::serve: crates/tabby/src/serve.rs:114: Starting server, this might take a few minutes..."),
            // intel/ipex-llm (formerly BigDL-LLM): the ipex_llm package
            fp(Engine.OTHER, Kind.NAME, "ipex-llm|ipex_llm|bigdl(?:-llm)?", "ipex-llm", "from ipex_llm.transformers import AutoModelForCausalLM",
                    "bigdl-llm"),
            // mudler/LocalAI: local-ai, its images
            fp(Engine.OTHER, Kind.NAME, "localai|local-ai", "LocalAI", "local-ai"),
            // GPT4All and its status line when it falls back to the CPU (gpt4all-chat)
            fp(Engine.OTHER, Kind.NAME, "gpt4all|gpu loading failed \\(out of vram\\?\\)", "GPT4All", "GPU loading failed (Out of VRAM?)"),
            // Jan, the desktop app (janhq/jan)
            fp(Engine.OTHER, Kind.NAME, JAN,
                    "Jan v0.5.4", "jan.ai", "after a fresh install of Jan", "1. Start Jan 2. Enter prompt 3. Get error", "after updating Jan"),
            // DwarfStar (antirez/ds4) by its binaries and source, never a bare "ds4" (DeepSeek V4)
            fp(Engine.OTHER, Kind.NAME, "dwarfstar|ds4-(?:server|serve|bench|eval|agent)|ds4\\.c", "ds4-server", "DwarfStar"),
            // RWKV runners, each by its repository: josStorer/RWKV-Runner, cryscan/web-rwkv, RWKV/rwkv.cpp, BlinkDL/ChatRWKV,
            // Ai00-X/ai00_server (never the bare model name "RWKV", which transformers and llama.cpp run too)
            fp(Engine.OTHER, Kind.NAME, "rwkv[-_ ]runner|web[-_]rwkv|rwkv\\.cpp|chatrwkv|ai00[-_ ]?(?:server|rwkv)",
                    "RWKV-Runner", "RWKV Runner", "web-rwkv", "rwkv.cpp", "ChatRWKV", "ai00_server"),
            // the ggml ports of single model families (li-plus/chatglm.cpp, QwenLM/qwen.cpp, …) and other llama.cpp-based programs
            // (SciSharp/LLamaSharp, janhq/cortex.cpp, NexaAI/nexa-sdk), and the GGML files those ports convert models to
            fp(Engine.OTHER, Kind.NAME, "qwen[._-]cpp|baichuan\\.cpp|bloomz\\.cpp|starcoder\\.cpp|minicpm-[ov]\\.cpp|llama2\\.c|" + LLAMASHARP
                    + "|" + GGML_PORT_FILE + "|cortex\\.cpp|nexa[ -]?sdk|nexaai|llama-box",
                    "qwen.cpp", "MiniCPM-o.cpp", "LLamaSharp", "cortex.cpp", "nexa sdk", "llama2.c", "dotnet add package LLamaSharp.Backend.Cuda12",
                    "using var model = LLamaWeights.LoadFromFile(parameters);", "using LLama.Common;", "var parameters = new ModelParams(modelPath) { GpuLayerCount = 20 };",
                    "var executor = new InteractiveExecutor(context);", "运行chatglm3-6b-ggml int4量化模型", "./build/bin/main -m chatglm-ggml.bin",
                    "python3 qwen_cpp/convert.py -i Qwen/Qwen-7B-Chat -t q4_0 -o qwen7b-ggml.bin"),
            // serving stacks from the inference-engine surveys (sihyeong/Awesome-LLM-Inference-Engine, liguodongiot/llm-action
            // llm-inference/README.md), each by its repository's name: NVIDIA/FasterTransformer, triton-inference-server,
            // bentoml/OpenLLM, predibase/lorax, zhihu/ZhiLight, thu-pacman/chitu (赤兔), FMInference/FlexGen, pytorch/executorch,
            // alibaba/MNN (mnn-llm), mlc-ai/mlc-llm (MLC Chat), huggingface/candle (by its crates, never the bare word),
            // google-ai-edge/mediapipe (LLM Inference API), PaddlePaddle (飞桨), MindSpore (昇思)
            fp(Engine.OTHER, Kind.NAME, "fastertransformer|faster-transformer|tritonserver|triton inference server|triton-inference-server"
                    + "|openllm|lorax|zhilight|赤兔|flexgen|executorch|mnn(?:[-_ ]?llm)?|candle[-_](?:examples|transformers|core|nn)"
                    + "|huggingface/candle|mediapipe|paddlepaddle|飞桨|昇思",
                    "FasterTransformer", "Triton Inference Server", "tritonserver", "OpenLLM", "LoRAX", "ZhiLight", "FlexGen", "ExecuTorch",
                    "mnn-llm", "MNN", "candle-examples", "candle_core::safetensors::MmapedSafetensors::load", "MediaPipe", "PaddlePaddle", "飞桨", "昇思"),
            // mlc-ai/mlc-llm#3094, maintainer MasterJH5574 (2025-01-22): "MLC keeps all the model weights and KV cache in GPU,
            // and does not do model offloading"; WebLLM is MLC's WebGPU runtime, MLC Chat its app
            fp(Engine.OTHER, Kind.NAME, "mlc(?:[-_ ]?llm|[-_ ]?chat|_chat_cli)?|web[-_ ]?llm", "mlc_llm", "MLC Chat", "mlc-llm", "WebLLM",
                    "Does MLC support the iPhone 13?")
                    .keepsModelOnGpu("MLC LLM", "mlc-ai/mlc-llm#3094 (maintainer: no model offloading)"),
            // NVIDIA/ChatRTX README, system requirements: an RTX 30/40-series (Ampere/Ada) GPU "with at least 8GB of VRAM"; it runs
            // TensorRT-LLM engines built for the GPU, and the installer refuses smaller cards (NVIDIA/ChatRTX#127)
            fp(Engine.OTHER, Kind.NAME, "chatrtx|chat with rtx", "ChatRTX", "Chat with RTX")
                    .keepsModelOnGpu("ChatRTX", "NVIDIA/ChatRTX README (system requirements)"),
            // other runtimes, each by its project's name
            fp(Engine.OTHER, Kind.NAME, "ctransformers|api-for-open-llm|onnxruntime(?:[-_](?:genai|directml))?|onnx runtime"
                    + "|fastchat|llamafile|mindspore|mindformers|chitu|chatglm[._-]cpp|deepspeed(?:[-_ ]?(?:mii|fastgen))?|lightllm|aphrodite|mistral\\.rs"
                    + "|gpt-fast|axolotl|anythingllm|anything llm|gpustack|fastllm|powerinfer|ctranslate2|llamaedge"
                    + "|msty|mindie|fastdeploy|paddlenlp|airllm|rkllm|rknn(?:[-_ ]?(?:toolkit2?|llm|lite2?))?|rknpu2?|tpu-mlir|llm-tpu|[a-z0-9_.-]+\\.bmodel|tinychat(?:engine)?",
                    "FastChat", "llamafile", "MindIE", "CTranslate2", "mistral.rs", "AnythingLLM", "onnxruntime-genai", "DeepSpeed-MII", "DeepSpeed-FastGen", "rknn-toolkit2", "RKNPU2",
                    "chatglm-cpp", "import chatglm_cpp",
                    "tpu-mlir",
                    "onnxruntime_genai", "onnxruntime-directml"),
            fp(Engine.OTHER, Kind.PROGRAM, "trtllm-serve|auto(?:gptq|awq)forcausallm",
                    "trtllm-serve meta-llama/Llama-3.1-8B", "AutoGPTQForCausalLM.from_quantized(x)"),
            // EricLBuehler/mistral.rs README: its server binary, "./mistralrs-server -i gguf -m . -f x.gguf": a pasted launch of it
            // is the program run, also beside a llama-server launch it is compared with
            fp(Engine.OTHER, Kind.PROGRAM, "mistralrs-server", "./mistralrs-server --isq Q4K -i plain -m microsoft/Phi-3.5-MoE-instruct"),

            // ---- programs that run the model themselves, from the public lists of local-LLM tools, each by its repository's
            // name, package and commands (a chat client that only talks to a server is in CLIENTS instead, and yields to an engine named).
            // vince-lam/awesome-local-llms (README at 1dcd7ea, 2024-10-15): zylon-ai/private-gpt, h2oai/h2ogpt,
            // PromtEngineer/localGPT, ParisNeo/lollms-webui, guinmoon/LLMFarm, binary-husky/gpt_academic (GPT学术优化, which loads
            // ChatGLM and others itself), Vali-98/ChatterUI, and a-ghorbani/pocketpal-ai (a phone app like it); never the generic
            // words ("a private GPT", "local GPT")
            // comfyanonymous/ComfyUI, whose custom nodes load LLMs and VLMs themselves (through transformers or llama-cpp-python),
            // and the evaluation harnesses (EVAL_HARNESS): programs the person runs the model through
            fp(Engine.OTHER, Kind.NAME, "comfy ?ui|" + EVAL_HARNESS, "ComfyUI", "Comfy UI portable install", "ComfyUI-QwenVL",
                    "VLMEvalKit", "OpenCompass", "lm-evaluation-harness", "lm_eval --model hf --model_args pretrained=x"),
            fp(Engine.OTHER, Kind.NAME, "private[-_]?gpt|h2o[-_ ]?gpt|localgpt|lollms(?:[-_ ]?webui)?|llmfarm|gpt[_-]academic|gpt ?学术优化"
                    + "|pocketpal|chatterui",
                    "privateGPT", "private-gpt", "private_gpt", "h2oGPT", "h2o-gpt", "localGPT", "LoLLMS", "lollms-webui", "LLMFarm",
                    "gpt_academic", "gpt-academic", "GPT学术优化", "PocketPal", "ChatterUI"),
            // janhq/awesome-local-ai (README at b166e9f, 2024-04-16): srush/llama2.rs, deep-diver/LLM-As-Chatbot, LlamaChat,
            // faraday.dev (now Backyard AI), bigscience-workshop/petals by its package and commands (never the bare flower word)
            fp(Engine.OTHER, Kind.NAME, "llama2\\.rs|llm-as-chatbot|llamachat|faraday\\.dev|backyard[ .]ai|bigscience-workshop/petals"
                    + "|from petals import|petals\\.(?:cli|client|server|dev|ml)|petals (?:swarm|server|client|network)|chat\\.petals\\.dev",
                    "llama2.rs", "LLM-As-Chatbot", "LlamaChat", "faraday.dev", "Backyard AI", "backyard.ai",
                    "from petals import AutoDistributedModelForCausalLM", "python -m petals.cli.run_server", "the Petals swarm",
                    "bigscience-workshop/petals"),
            // sihyeong/Awesome-LLM-Inference-Engine (README at cca7861, 2026-06-30), "Open Source Inference Engines":
            // microsoft/BitNet (bitnet.cpp), LLMServe/DistServe, Lightning-AI/litgpt, modular/modular (MAX), efeslab/Nanoflow,
            // microsoft/sarathi-serve, microsoft/vattention, hpcaitech/ColossalAI, deepspeedai/DeepSpeed-MII (here by its
            // package's calls, its name with DeepSpeed's below; never the bare "MII")
            fp(Engine.OTHER, Kind.NAME, "bitnet\\.cpp|distserve|lit-?gpt|modular max|max-pipelines|nanoflow|sarathi(?:-serve)?|vattention"
                    + "|colossal-?ai|import mii|mii\\.(?:pipeline|serve|client)",
                    "bitnet.cpp", "DistServe", "LitGPT", "lit-gpt", "Modular MAX", "max-pipelines", "NanoFlow", "Sarathi-Serve", "vAttention",
                    "ColossalAI", "Colossal-AI", "pipe = mii.pipeline(\"mistralai/Mistral-7B-v0.1\")"),
            // HqWu-HITCS/Awesome-Chinese-LLM (README at a33ab50, 2024-03-22), §2.2-2.3 applications, §4 training and §5 inference
            // frameworks: wenda-LLM/wenda (闻达), Jittor/JittorLLMs,
            // OptimalScale/LMFlow, ypwhs/CreativeChatGLM, Tongjilibo/bert4torch, hiyouga/LLaMA-Factory (formerly
            // LLaMA-Efficient-Tuning, and ChatGLM-Efficient-Tuning), each run with its own loader (its default backend is
            // transformers; one told to run vLLM or SGLang through --infer_backend names that backend, see EngineSpotter.BACKEND)
            fp(Engine.OTHER, Kind.NAME, "wenda[-_]llm|闻达|jittorllms|lmflow|creativechatglm|bert4torch"
                    + "|llama[-_ ]?factory|llama[-_]efficient[-_]tuning|chatglm[-_]efficient[-_]tuning",
                    "wenda-LLM", "闻达", "JittorLLMs", "LMFlow", "CreativeChatGLM",
                    "bert4torch", "LLaMA-Factory", "LlamaFactory", "llama_factory", "LLaMA-Efficient-Tuning", "ChatGLM-Efficient-Tuning"),
            // the ecosystems around Chinese models: modelscope/ms-swift (swift infer / deploy, by its commands: never the bare
            // "swift"), InternLM/xtuner (xtuner chat), netease-youdao/QAnything (runs its own LLM server), PaddlePaddle's
            // llm/predictor.py; Intel's OpenVINO GenAI and optimum-intel (OVModelForCausalLM), Microsoft's DirectML
            // (torch-directml, onnxruntime-directml) and ONNX Runtime GenAI's Python package; OpenVINO also by what its users
            // paste: the ov_genai alias of its GenAI package (its samples: "import openvino_genai as ov_genai"), its C++ namespace
            // (ov::genai::LLMPipeline, ov::Core) and its exceptions, which name the source file they come from ("Exception from
            // src/inference/src/cpp/core.cpp:112:", "Exception from src/plugins/intel_gpu/src/…")
            // (ms-swift also in Chinese prose, as its docs write "使用`swift deploy`进行服务部署" in 推理和部署.md: "用swift部署了
            // Qwen2.5-VL", "swift推理"; the bare "swift" is also Apple's language, so only with such a verb, looked at ahead so
            // that a model's name may follow it: "用swift部署MiniCPM")
            fp(Engine.OTHER, Kind.NAME, "ms-swift|modelscope[-/ ]swift|swift(?= ?(?:部署|推理|微调))|xtuner|qanything|openvino[a-z0-9_]*|optimum[-.]intel"
                    + "|ovmodelforcausallm|ov_genai|ov::[a-z_:]+|exception from src/(?:inference|plugins|core|frontends)(?=/)"
                    + "|directml|torch[-_]directml|ort-genai",
                    "ms-swift", "ModelScope SWIFT", "通过swift部署了Qwen2.5-VL", "swift 推理 minicpm-v", "用swift部署MiniCPM-V2.5", "xtuner", "QAnything", "openvino_genai", "OpenVINO", "optimum-intel",
                    "from optimum.intel import OVModelForCausalLM", "pipe = ov_genai.LLMPipeline(model_dir, \"GPU\")",
                    "ov::genai::LLMPipeline pipe(models_path, \"NPU\");",
                    "RuntimeError: Exception from src/inference/src/cpp/core.cpp:112: Exception from src/plugins/intel_gpu/src/plugin/program_builder.cpp:225",
                    "DirectML", "torch-directml", "ort-genai"),
            // hiyouga/LLaMA-Factory's README before llamafactory-cli (and ChatGLM-Efficient-Tuning's): "python src/cli_demo.py
            // --model_name_or_path … --template default --finetuning_type lora"; the flag is its own
            fp(Engine.OTHER, Kind.FLAG, "--finetuning_type", "--finetuning_type lora"),
            // …and its chat template's flag (data_args.template: "--template qwen"), which ms-swift's commands share ("swift sft
            // --template"); vLLM's and SGLang's are --chat-template, FastChat's --conv-template
            fp(Engine.OTHER, Kind.FLAG, "--template", "python src/api_demo.py --model_name_or_path /models/Qwen-7B-Chat --template qwen"),
            // …and its export's flags (src/export_model.py, later llamafactory-cli export; its data_args / model_args)
            fp(Engine.OTHER, Kind.FLAG, "--export_(?:quantization_bit|quantization_dataset|dir|size|device|legacy_format)",
                    "python src/export_model.py --model_name_or_path x --export_quantization_bit 4 --export_dir out", "--export_size 2"),
            // li-plus/chatglm.cpp PerfStreamer::to_string, also in its ports (qwen.cpp, baichuan.cpp): "prompt time: 15761 ms /
            // 17 tokens (927.114 ms/token)" then "output time: …"
            fp(Engine.OTHER, Kind.LOG, "prompt time: \\d+(?:\\.\\d+)? ms / \\d+ tokens \\(\\d+(?:\\.\\d+)? ms/token\\)",
                    "prompt time: 15761 ms / 17 tokens (927.114 ms/token)"),
            // the command lines of those programs (each repository's CLI entry points): a pasted launch shows the program run
            fp(Engine.OTHER, Kind.PROGRAM, "llamafactory-cli(?: (?:api|chat|webchat|webui|train|export|eval))?"
                    + "|swift (?:infer|deploy|sft|pt|rlhf|export|app|web-ui)|xtuner (?:chat|train|convert)"
                    + "|mlc_llm (?:chat|serve|compile|convert_weight|gen_config|bench)|python3? -m mlc_llm"
                    + "|ct2-transformers-converter|aphrodite run|python3? -m (?:lightllm|aphrodite|petals)|lmdeploy (?:lite|convert)",
                    "llamafactory-cli api examples/inference/qwen2.yaml", "swift infer --model_type qwen2-7b-instruct",
                    "swift deploy --model Qwen/Qwen2.5-7B-Instruct", "xtuner chat internlm/internlm2-chat-7b",
                    "mlc_llm chat HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC", "mlc_llm serve x",
                    "ct2-transformers-converter --model x --quantization int8", "aphrodite run meta-llama/Llama-3-8B",
                    "python -m lightllm.server.api_server --model_dir x --tp 2", "lmdeploy lite auto_awq x"),
            // further runtimes, each by its repository: WasmEdge (LlamaEdge's runtime), rustformers/llm, ModelCloud/GPTQModel,
            // google-ai-edge/LiteRT-LM and its AI Edge Gallery, microsoft/Foundry-Local, lemonade-sdk/lemonade, NVIDIA NIM,
            // bentoml/BentoML, Tencent/ncnn, modelscope/dash-infer, MegEngine/InferLLM, Tencent/KsanaLLM, alibaba/rtp-llm,
            // xorbitsai (Xorbits Inference), lm-sys/FastChat's package fschat, EricLBuehler/mistral.rs (its crates mistralrs,
            // mistralrs-core …, whose tracing log lines name them: "INFO mistralrs_core::pipeline::gguf: …"; "mistral-rs" as people
            // write it), exo-explore/exo, b4rtaz/distributed-llama, OpenVINO Model Server (ovms)
            fp(Engine.OTHER, Kind.NAME, "wasmedge|rustformers|gptqmodel|litert(?:-lm)?|(?:ai )?edge gallery|foundry local|lemonade(?:[- ](?:server|sdk))?"
                    + "|nvidia nim|bentoml|ncnn|dash-?infer|inferllm|ksanallm|rtp-llm|xorbits(?: inference)?|fschat"
                    + "|mistralrs(?:[-_](?:core|quant|pyo3|bench|server-core))?|mistral[-_]rs"
                    + "|exo-explore|exolabs|exo|distributed-llama|ovms",
                    "WasmEdge", "rustformers", "GPTQModel", "LiteRT-LM", "AI Edge Gallery", "the Edge gallery app", "Foundry Local", "lemonade-server", "Does Lemonade support the Ryzen 7 8845HS?", "NVIDIA NIM",
                    "BentoML", "ncnn", "DashInfer", "InferLLM", "KsanaLLM", "rtp-llm", "Xorbits Inference", "fschat", "mistral-rs",
                    "INFO mistralrs_core::pipeline::gguf: GGUF file(s) [\"Qwen3-8B-Q4_K_M.gguf\"]",
                    "exo-explore/exo", "EXO installed from source", "distributed-llama", "OVMS"),
            // more runtimes and apps that run the model themselves, each by its repository: tinygrad/tinygrad (and the line its
            // nn/state.py load_state_dict prints), FastFlowLM/FastFlowLM (Ryzen AI NPUs; its CLI flm run / serve / pull),
            // intel/AI-Playground, fauxpilot/fauxpilot (Triton with FasterTransformer), containers/ramalama
            fp(Engine.OTHER, Kind.NAME, "tinygrad|fastflowlm|(?:intel )?ai[- ]playground|fauxpilot|ramalama",
                    "tinygrad", "FastFlowLM", "Intel AI Playground", "AI-Playground", "FauxPilot", "RamaLama"),
            // the serving frameworks of mani-kantap/llm-inference-solutions (README at 05b17bf) not named above, each by its
            // repository: flexflow/FlexFlow (FlexFlow Serve), Lightning-AI/LitServe, leptonai/leptonai (never the bare particle "lepton")
            fp(Engine.OTHER, Kind.NAME, "flexflow(?:[-_ ]serve)?|litserve|lepton[-_. ]?ai",
                    "FlexFlow", "FlexFlow Serve", "flexflow-serve", "LitServe", "Lepton AI", "leptonai"),
            // more runtimes and apps that run the model themselves, each by its repository or site: tenstorrent/tt-metal (TT-Metalium,
            // its TT-NN library) with tt-inference-server and tt-forge, GeeeekExplorer/nano-vllm (a vLLM rewritten small, not vLLM),
            // pinokiocomputer/pinokio, FreedomGPT, Unsloth Studio (unslothai/unsloth's web UI, never the bare organisation name),
            // serge-chat/serge, khoj-ai/khoj (its offline chat models), SearchSavior/OpenArc, hiyouga/LLaMA-Factory's LLaMA Board,
            // RecurseChat and SmolChat (desktop and phone apps over llama.cpp)
            fp(Engine.OTHER, Kind.NAME, "tt-metal(?:ium)?|ttnn|tt-inference-server|tt-forge(?:-fe)?|nano[-_]?vllm|pinokio|freedomgpt"
                    + "|unsloth studio|serge-chat|khoj|openarc|llama ?board|recursechat|smolchat",
                    "tt-metal", "TT-Metalium", "ttnn", "tt-inference-server", "tt-forge", "nano-vllm", "Pinokio", "FreedomGPT",
                    "Unsloth Studio", "serge-chat", "Khoj", "OpenArc", "LLaMA Board", "RecurseChat", "SmolChat"),
            // more programs that run the model themselves, each by its repository: the rest of vince-lam/awesome-local-llms
            // (repos.json at 003b009): psugihara/FreeChat, withcatai/catai, ptsochantaris/emeltal, GaiZhenbiao/ChuanhuChatGPT (川虎,
            // which loads local models itself), getumbrel/llama-gpt (LlamaGPT); and intel/xFasterTransformer, togethercomputer/
            // OpenChatKit, danielgross/localpilot, mukel/llama2.java and llama3.java, tjake/Jlama, powerserve-project/PowerServe,
            // NoLlama (an OpenVINO GenAI server), ninfer, HammerAI, Maknee/minigpt4.cpp; the serving and training frameworks
            // pytorch/serve (TorchServe), Ray Serve, KServe, DJL Serving, ScaleLLM, NVIDIA Dynamo, NVIDIA/Megatron-LM, pytorch/torchtune
            // and OpenRLHF (never the bare words ray, dynamo or megatron)
            fp(Engine.OTHER, Kind.NAME, "freechat|catai|emeltal|chuanhu ?chat(?:gpt)?|川虎(?: ?chat(?:gpt)?)?|llama-?gpt|xfastertransformer"
                    + "|openchatkit|localpilot|llama[23]\\.java|jlama|powerserve|nollama|ninfer|hammer ?ai|minigpt4\\.cpp"
                    + "|torchserve|ray[ .]serve|kserve|djl[-_ ]serving|scalellm|nvidia dynamo|ai-dynamo|megatron[-_ ]?(?:lm|core|deepspeed)"
                    + "|torchtune|openrlhf",
                    "FreeChat", "catai", "Emeltal", "ChuanhuChatGPT", "川虎Chat", "LlamaGPT", "llama-gpt", "xFasterTransformer", "OpenChatKit",
                    "localpilot", "llama2.java", "Llama3.java", "Jlama", "PowerServe", "NoLlama", "ninfer", "HammerAI", "TorchServe", "Ray Serve",
                    "KServe", "DJL Serving", "ScaleLLM", "minigpt4.cpp", "NVIDIA Dynamo", "ai-dynamo", "Megatron-LM", "torchtune", "OpenRLHF"),
            // more runtimes, each by its repository: huggingface/transformers.js (and its npm packages), intel/intel-extension-for-
            // transformers and intel/neural-speed, pytorch/torchchat, zml/zml, TabbyML/tabby (its tabby serve command),
            // meta-llama/llama-stack, ngxson/wllama, Lightning-AI/lit-llama, cocktailpeanut/dalai, antimatter15/alpaca.cpp,
            // neuralmagic/deepsparse, Picovoice/picollm, huggingface/optimum-nvidia (TabbyML's name not as the Hub organisation of a
            // model id, "TabbyML/StarCoder-1B", which transformers loads as well); janhq/cortex.cpp and NexaAI/nexa-sdk by their
            // CLI commands (never the bare words "cortex", "nexa")
            fp(Engine.OTHER, Kind.NAME, "transfo?r?mers?\\.js|@xenova/transformers|@huggingface/transformers|intel[-_]extension[-_]for[-_]transformers"
                    + "|neural[-_ ]speed|torchchat|zml/zml|tabbyml(?!/)|tabbyml/tabby(?![-/])|tabby serve|llama[-_ ]stack|wllama|lit-llama|dalai|alpaca\\.cpp|deepsparse"
                    + "|picollm|optimum[-_]nvidia|cortex (?:run|pull|start|models|engines)|nexa (?:run|pull|serve|server|infer)",
                    "transformers.js", "transfomer.js 3.8.1", "@xenova/transformers", "@huggingface/transformers", "intel-extension-for-transformers", "Neural Speed",
                    "torchchat", "zml/zml", "TabbyML", "tabby serve --model StarCoder-1B --device cuda", "image: tabbyml/tabby:0.4.0", "Llama Stack", "llama-stack", "wllama",
                    "lit-llama", "dalai", "alpaca.cpp", "DeepSparse", "picoLLM", "optimum-nvidia", "cortex run llama3.2", "nexa run qwen2.5"),
            // pytorch/executorch: the .pte program its export writes (examples/models/llama export_llama) and the runner loads
            fp(Engine.OTHER, Kind.NAME, "[a-z0-9_-]*\\.pte|export_llama", "llama2.pte", "xnnpack_llama2.pte",
                    "python -m examples.models.llama.export_llama --checkpoint x.pth"),
            // RWKV's own runtime (BlinkDL/ChatRWKV, the rwkv pip package): its strategy strings ("cuda fp16i8 *20 -> cuda fp16",
            // rwkv/model.py), and josStorer/RWKV-Runner's config presets (frontend/src/startup.ts: "GPU-4G-7B-CN", "CPU-6G-1B5-World")
            fp(Engine.OTHER, Kind.NAME, "(?:cuda|cpu|mps)(?::\\d)? (?:fp16|fp32|bf16)i8|(?:cuda|cpu|mps)(?::\\d)? (?:fp16|fp32|bf16)(?:i8)? \\*\\d+\\+?"
                    + "|(?:gpu|cpu|mac|amd)-\\d+g-\\d+b\\d?-(?:cn|en|jp|world|chn|eng)",
                    "strategy='cuda fp16i8 *20 -> cuda fp16'", "cuda fp16 *30 -> cpu fp32", "GPU-4G-7B-EN", "GPU-2G-1B5-World"),
            fp(Engine.OTHER, Kind.LOG, "loaded weights in \\d+(?:\\.\\d+)? ms, \\d+(?:\\.\\d+)? gb loaded at",
                    "loaded weights in 6624.87 ms, 13.48 GB loaded at 2.03 GB/s"),
            fp(Engine.OTHER, Kind.PROGRAM, "flm (?:run|serve|pull|list|validate|bench)", "flm run llama3.2:1b", "flm serve qwen3:8b"),
            // dusty-nv's LLM package for Jetson (jetson-containers packages/llm/local_llm, later dusty-nv/NanoLLM): its module,
            // container and image ("python3 -m local_llm --api=mlc", "$(autotag nano_llm)", "dustynv/nano_llm:r36.2.0"); the bare
            // word local_llm only as the package or container named so, never a variable ("local_llm = 'llama3'")
            fp(Engine.OTHER, Kind.NAME, "nano_llm|nanollm|(?:dustynv/|autotag )local_llm|local_llm(?= (?:package|container))"
                    + "|(?:package|container) local_llm",
                    "NanoLLM", "jetson-containers run $(autotag nano_llm)", "dustynv/local_llm:r35.4.1", "run the LLaMA2_7B model on the package local_llm"),
            fp(Engine.OTHER, Kind.PROGRAM, "python3? -m (?:local_llm|nano_llm)", "python3 -m local_llm --api=mlc --model meta-llama/Llama-2-7b-chat-hf",
                    "python3 -m nano_llm.chat --api mlc --model x"),
            // ztxz16/fastllm's Python API (README, example/demo2.py: "from fastllm_pytools import llm; model = llm.from_hf(model,
            // tokenizer, dtype = "int4")"): it converts a model transformers loaded and runs it itself
            fp(Engine.OTHER, Kind.NAME, "fastllm_pytools|llm\\.from_hf",
                    "from fastllm_pytools import llm", "model = llm.from_hf(model, tokenizer, dtype=\"int4\")"),
            // ztxz16/fastllm's command line (README: ftllm run / server / webui / download)
            fp(Engine.OTHER, Kind.PROGRAM, "ftllm(?: (?:run|serve|server|webui|chat|download|export))?",
                    "ftllm server --device cuda --moe_device cpu -p /models/Kimi-K2-Thinking", "ftllm run Qwen/Qwen3-32B"),
            // unslothai/unsloth (README): its loaders FastLanguageModel / FastVisionModel / FastModel and the banner it prints on
            // import ("🦥 Unsloth: Will patch your computer to enable 2x faster free finetuning."); never the bare name, which is also
            // the Hub organisation of the GGUF and bitsandbytes uploads others run ("unsloth/Qwen3-8B-GGUF", "unsloth's UD-Q2_K_XL")
            fp(Engine.OTHER, Kind.PROGRAM, "from unsloth import|fast(?:language|vision)model|fastmodel\\.from_pretrained|unsloth: will patch",
                    "from unsloth import FastLanguageModel", "model = FastVisionModel.from_pretrained(\"x\", load_in_4bit = False)",
                    "FastLanguageModel.for_inference(model)", "🦥 Unsloth: Will patch your computer to enable 2x faster free finetuning."),
            // eosphoros-ai/DB-GPT (README): an app that loads the model itself through its own model workers; not its fine-tuning
            // repository DB-GPT-Hub, whose exported models people run elsewhere
            fp(Engine.OTHER, Kind.NAME, "db[-_ ]?gpt(?![-_ ]?hub)", "DB-GPT", "DBGPT", "### DB-GPT version\nmain"),
            // chatchat-space/Langchain-Chatchat: an app the person runs the model through, labelled other by the README's rule B;
            // "formerly Langchain-ChatGLM" (its README_en.md), the name its older issue template still asks for; joined, never
            // "langchain chatglm-6b" (LangChain with a ChatGLM model)
            fp(Engine.OTHER, Kind.NAME, "langchain[-_ ]?chatchat|chatchat|langchain[-_]?chatglm", "Langchain-Chatchat", "langchain-chatchat",
                    "langchain-ChatGLM 版本/commit 号：拉的线上最新", "langchain_chatglm"),
            // lm-sys/FastChat's log lines (fastchat/utils.py build_logger: "%(asctime)s | %(levelname)s | %(name)s | …", the
            // workers logging as "model_worker", the others as "controller" and "openai_api_server")
            fp(Engine.OTHER, Kind.LOG, "\\| (?:info|warning|error|debug) \\| (?:model_worker|controller|openai_api_server|gradio_web_server) \\|",
                    "2024-03-24 18:13:06 | INFO | model_worker | Loading the model ['chatglm2-6b-int4'] on worker 87ee7829 ..."));

    /** The fingerprints of runtimes that keep the whole model on the GPU, each as a whole-word pattern. */
    private static final List<Map.Entry<Pattern, GpuOnly>> GPU_ONLY = ALL.stream().filter(f -> f.gpuOnly() != null)
            .map(f -> Map.entry(Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])"), f.gpuOnly())).toList();

    /** The runtime with no CPU path a message names, the first in the text when it names several; null when it names none. */
    static GpuOnly gpuOnlyRuntime(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.toLowerCase(Locale.ROOT);
        GpuOnly first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, GpuOnly> e : GPU_ONLY) {
            Matcher m = e.getKey().matcher(s);
            if (m.find() && m.start() < at) {
                first = e.getValue();
                at = m.start();
            }
        }
        return first;
    }

    /**
     * Chat clients and front ends that talk to a model server (Ollama, llama-server, vLLM, an OpenAI-compatible API) and run no
     * model themselves: named with an engine that engine is the one run; named alone they are the app the person runs the model
     * through, which the README's rule B labels other (it names Dify), as {@link EngineSpotter} reads them. From vince-lam/awesome-
     * local-llms (README at 1dcd7ea): open-webui, SillyTavern, lobe-chat, LibreChat, ChatGPT-Next-Web (NextChat), chatbox,
     * huggingface/chat-ui, big-agi, page-assist, oterm, mikupad; and CherryHQ/cherry-studio, langgenius/dify (an app platform
     * that calls model providers), labring/FastGPT, 1Panel-dev/MaxKB, infiniflow/ragflow.
     * Each entry: the name a reply shows, the backend the client's own documentation sets it up with (null when it names none
     * first), and other spellings people use. Open WebUI's default is Ollama (its .env.example: OLLAMA_BASE_URL=
     * http://localhost:11434; it began as Ollama WebUI); oterm is "the text-based terminal client for Ollama" (its README);
     * Page Assist is "a web UI for the Ollama project" (its README).
     */
    static final List<Client> CLIENTS = List.of(
            client("Open WebUI", Engine.OLLAMA, "open-webui", "OpenWebUI"), client("SillyTavern", null, "Silly Tavern"),
            client("LobeChat", null, "lobe-chat"), client("LibreChat", null), client("NextChat", null, "ChatGPT-Next-Web"),
            client("Chatbox", null), client("chat-ui", null), client("big-AGI", null), client("Page Assist", Engine.OLLAMA),
            client("oterm", Engine.OLLAMA), client("mikupad", null), client("Cherry Studio", null, "CherryStudio"), client("Dify", null),
            client("FastGPT", null), client("MaxKB", null), client("RAGFlow", null),
            // from the same list at 00abc12 (2026-06-20), its web apps, coding agents and workflow builders that call a model server:
            // OpenHands, open-interpreter, continuedev/continue (by its site or organisation, never the word), cline, RooCodeInc/Roo-Code,
            // Aider-AI/aider, FlowiseAI/Flowise, langflow, n8n, AstrBot, LangBot, QuantumNous/new-api and songquanpeng/one-api (model
            // gateways), BerriAI/litellm, HKUDS/LightRAG, Cinnamon/kotaemon, QuivrHQ/quivr, dataelement/bisheng; and the chat
            // clients mckaywrigley/chatbot-ui, TavernAI, agnai, RisuAI, BoltAI, ChatWise, DeepChat, AingDesk
            client("OpenHands", null), client("Open Interpreter", null, "open-interpreter"),
            // Continue is the word too: only its site and organisation name it
            new Client("Continue", null, List.of("continue.dev", "continuedev")),
            client("Cline", null), client("Roo Code", null, "Roo-Code"), client("aider", null), client("Flowise", null),
            client("Langflow", null), client("n8n", null), client("AstrBot", null), client("LangBot", null), client("new-api", null),
            client("one-api", null), client("LiteLLM", null), client("LightRAG", null), client("kotaemon", null), client("Quivr", null),
            client("bisheng", null), client("Chatbot UI", null, "chatbot-ui"), client("TavernAI", null), client("agnai", null),
            client("RisuAI", null), client("BoltAI", null), client("ChatWise", null), client("DeepChat", null), client("AingDesk", null),
            // agents, coding assistants and apps that call a model server, each by its repository or site: Significant-Gravitas/
            // AutoGPT, FoundationAgents/MetaGPT, crewAIInc/crewAI, microsoft/autogen, TransformerOptimus/SuperAGI, ItzCrazyKns/
            // Perplexica, assafelovic/gpt-researcher, InternLM/MindSearch, QwenLM/Qwen-Agent, modelscope/ms-agent, browser-use/
            // browser-use, stackblitz-labs/bolt.diy, Kilo-Org/kilocode, twinnydotdev/twinny, sst/opencode, reorproject/reor,
            // fmaclen/hollama, nbonamy/witsy, sigoden/aichat, chathub-dev/chathub, MindMac, TaskingAI, the Skyrim mod Mantella,
            // Voxta, vegu-ai/talemate, Open-LLM-VTuber, Immersive Translate (沉浸式翻译); reworkd/AgentGPT, yoheinakajima/babyagi,
            // OpenDevin (now OpenHands), AntonOsika/gpt-engineer, Pythagora-io/gpt-pilot, SWE-agent/SWE-agent, modelscope/agentscope,
            // OpenBMB/XAgent and ChatDev, danswer-ai/danswer, TypingMind, HuggingChat, 5ire, gptme, TheR1D/shell_gpt, aandrew-me/tgpt
            client("AutoGPT", null, "Auto-GPT"), client("MetaGPT", null), client("CrewAI", null), client("AutoGen", null),
            client("SuperAGI", null), client("Perplexica", null), client("GPT Researcher", null, "gpt-researcher"),
            client("MindSearch", null), client("Qwen-Agent", null), client("ms-agent", null, "ModelScope-Agent"),
            client("browser-use", null), client("bolt.diy", null), client("Kilo Code", null, "kilocode"), client("twinny", null),
            client("opencode", null), client("Reor", null), client("Hollama", null), client("Witsy", null), client("AIChat", null),
            client("ChatHub", null), client("MindMac", null), client("TaskingAI", null), client("Mantella", null), client("Voxta", null),
            client("Talemate", null), client("Open-LLM-VTuber", null), client("Immersive Translate", null, "沉浸式翻译"),
            client("AgentGPT", null), client("BabyAGI", null), client("OpenDevin", null), client("gpt-engineer", null),
            client("gpt-pilot", null), client("SWE-agent", null), client("AgentScope", null), client("XAgent", null), client("ChatDev", null),
            client("Danswer", null), client("TypingMind", null), client("HuggingChat", null), client("5ire", null), client("gptme", null),
            client("shell_gpt", null, "shell-gpt"), client("tgpt", null));

    /**
     * A chat client or app platform: the name a reply shows, the backend its documentation sets it up with (null: none first),
     * and the spellings it is recognised by.
     */
    record Client(String name, Engine backend, List<String> spellings) {
        /** The client as the question's facts carry it. */
        ChatClient named() { return new ChatClient(name, backend); }
    }

    /** A client recognised by its name and the other spellings given. */
    private static Client client(String name, Engine backend, String... others) {
        List<String> spellings = new java.util.ArrayList<>(List.of(name));
        spellings.addAll(List.of(others));
        return new Client(name, backend, List.copyOf(spellings));
    }

    /** Every spelling of every client, each once. */
    static List<String> clientSpellings() {
        return CLIENTS.stream().flatMap(c -> c.spellings().stream()).toList();
    }
}
