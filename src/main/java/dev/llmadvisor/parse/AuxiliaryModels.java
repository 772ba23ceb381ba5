package dev.llmadvisor.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Models that serve another one, and names that are no model run at all. Rule D of the real-question corpus
 * (eval/real-questions/README.md): auxiliary models (an embedding model, a reranker, a tokenizer, the draft model of
 * speculative decoding) go in the context unless the question is about that model itself; the answer sizes the model they
 * serve. A mention is auxiliary by the role it is given (an engine's option or a label before it: {@code --tokenizer},
 * {@code --speculative-model}, "embedding model:", 向量模型用; words after it: "as the embedding model", 作为草稿模型) or by
 * its own name (an embedding or reranking model: "nomic-embed-text", "Qwen3-Embedding-8B", "bge-m3"); a run's output path names
 * none run ({@code --output_dir}). Auxiliary mentions are
 * left out while another model remains; a question about the auxiliary model alone is about that model.
 */
final class AuxiliaryModels {

    private AuxiliaryModels() { }

    /** A name a path may lead to: a repository, a folder, a file, right before the mention. */
    private static final String PATH = "[\"'`]?[a-z0-9_./~\\\\-]{0,60}$";

    /**
     * Options and labels whose value is an auxiliary model, written right before it. Draft: vLLM's {@code --speculative-model},
     * llama.cpp's {@code -md} / {@code --model-draft} / {@code -hfd} / {@code --hf-repo-draft}, SGLang's
     * {@code --speculative-draft-model-path}, and a plain label ("main: X, draft: Y", "draft Y"). Tokenizer: vLLM's {@code --tokenizer}, SGLang's {@code --tokenizer-path},
     * transformers' {@code AutoTokenizer.from_pretrained(…)} and {@code tokenizer_name_or_path}. Embedding and reranker: the
     * settings of the RAG front ends that load them beside the chat model (Langchain-Chatchat's {@code EMBEDDING_MODEL} /
     * {@code embed_model}, Dify's and Xinference's "embedding model" / "rerank model", FastGPT's 向量模型 / 索引模型).
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "(?:--speculative[-_]model|--model[-_]draft|--draft[-_]model|(?<![a-z0-9-])-md|(?<![a-z0-9-])-hfd|--hf[-_]repo[-_]draft"
                    + "|--speculative[-_]draft(?:[-_]model)?[-_]path|draft[-_ ]?model|(?<![a-z-])draft(?=\\s*[:=：]| )|草稿模型"
                    + "|--tokenizer(?:[-_](?:path|name|dir|mode))?|tokenizer[-_](?:path|name(?:[-_]or[-_]path)?|dir)|tokenizer\\s*=\\s*(?:auto)?tokenizer\\.from_pretrained\\(\\s*"
                    + "|(?:auto)?tokenizer\\.from_pretrained\\(\\s*|(?:the |its )?tokenizer (?:of|from)|分词器(?:用|是|为|使用)?"
                    + "|--embed(?:ding)?[-_]model(?:[-_](?:name|path))?|embed(?:ding)?s?[-_ ]model(?:[-_ ](?:name|path))?|embedding模型|向量(?:化)?模型|嵌入模型|索引模型"
                    + "|embeddings?\\s*[:=]|embedder\\s*[:=]?"
                    + "|--rerank(?:er)?[-_]model(?:[-_](?:name|path))?|rerank(?:er|ing)?[-_ ]model(?:[-_ ](?:name|path))?|rerank(?:er)?模型|重排(?:序)?模型|reranker\\s*[:=]?)"
                    + "(?:[ =:：]|用|是|为|选|选择|使用|的是|\\bis\\b|\\bwas\\b)*" + PATH);
    /** The "model" key of a speculative-decoding config written before the name, in the same braces. */
    private static final Pattern DRAFT_CONFIG = Pattern.compile("speculative[-_]config[^}\\n]{0,60}[\"']?model[\"']?\\s*[:=]\\s*[\\\\\"'`]*[a-z0-9_./~\\-]{0,60}$");
    /**
     * A pair written "main + draft" in a sentence about speculative decoding ("LM Studio's speculative decoding: Qwen3 8B+Qwen3
     * 1.7B", "投机解码 X + Y"): the model after the '+' is the draft, as the apps list the pair.
     */
    private static final Pattern DRAFT_PAIR = Pattern.compile(
            "(?:speculative|draft|投机|推测解码|草稿)(?:[^.;!?\\n。；！？]|\\.(?=\\d)){0,160}[a-z0-9)\\]] ?\\+ ?[\"'`]?$");
    /**
     * Words after the name that give it an auxiliary role: "… as the draft model", "… for embeddings", "…(embedding)",
     * "…作为草稿模型", "…做向量模型", "…的分词器", "…'s tokenizer"; the draft of a pair as the apps and benchmark tables
     * list it, its file's format in between ("Llama 3.2 1B Q4 MLX (draft)", "+ 1.5B Draft", "（草稿）").
     */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "[\"'`]?\\s*(?:\\)|）)?\\s*(?:(?:(?:with|in|at) )?(?:i?q\\d[a-z0-9_]*|\\d(?:\\.\\d)?[- ]?bits?|mlx|ggufs?|awq|gptq|fp16|bf16|fp8|int[48]|files?|quants?)[ _-]*)*"
                    + "(?:as (?:the |a |an |my |our )?(?:draft|speculative|embedding|embeddings|embedder|rerank|reranker|reranking|tokenizer)"
                    + "|for (?:the )?(?:draft|speculative|embeddings?|embedding|rerank|reranking|tokeni[sz]ation|tokenizer)"
                    + "|(?:作为|做|当|当作|用作|用于|来做)(?:投机采样的?)?(?:草稿|draft|向量|嵌入|embedding|rerank|重排|分词)"
                    + "|(?:\\(|（)(?:draft|草稿|embedding|embeddings|embedder|reranker|rerank|tokenizer)|draft(?![a-z])|草稿"
                    + "|(?:的)?(?:向量模型|嵌入模型|embedding模型|rerank模型|重排模型|分词器)"
                    + "|(?: |-)(?:embedding|reranker|rerank) model|'s tokenizer)");

    /**
     * Names that are embedding or reranking models by themselves: a word of the name says so ("embed", "embedding",
     * "rerank", "reranker": Qwen3-Embedding-8B, nomic-embed-text, bge-reranker-v2-m3), or the name is one of the embedding
     * lines the engines' libraries list in their embedding category (ollama.com/search?c=embedding: nomic-embed-text,
     * mxbai-embed-large, bge-m3, bge-large, all-minilm, snowflake-arctic-embed, granite-embedding, paraphrase-multilingual,
     * embeddinggemma, qwen3-embedding) and the Chinese ones the RAG front ends ship by default (m3e, text2vec, bce-embedding,
     * gte, jina-embeddings).
     */
    private static final Pattern OWN_NAME = Pattern.compile(
            "(?:^|[/_\\-: .])(?:embed|embedding|embeddings|rerank|reranker|embeddinggemma)(?:$|[/_\\-: .\\d])"
                    + "|(?:^|[/_\\-: ])(?:bge|m3e|gte|text2vec|bce|all-minilm|mxbai|snowflake-arctic|paraphrase-multilingual|jina-embeddings)(?:$|[/_\\-: .])");

    /**
     * Where a run writes what it makes: a trainer's, converter's or builder's output option ({@code --output_dir},
     * {@code --output-path}, {@code --outfile}, {@code --save_dir}, {@code --export_dir}, transformers'
     * {@code output_dir=} and {@code save_pretrained(…)}, 输出目录 / 保存路径), the path right before the mention. Such a
     * folder is named after the model it was first made for and often outlives it ("--model_name_or_path … --output_dir
     * ./output_Yi_6b_chat_sft_lora" in a Yi-34B question): it names no model run while the input is named elsewhere;
     * alone, it is the only name of what was built.
     */
    private static final Pattern OUTPUT_BEFORE = Pattern.compile(
            "(?:--(?:output|out|save|export)[-_]?(?:dir|path|file|folder)|--outfile|(?<![a-z_])output_dir\\s*=\\s*|save_pretrained\\(\\s*"
                    + "|输出(?:目录|路径|文件)|保存(?:目录|路径|到))(?:[ =:：]|为|是)*" + PATH);

    /** How far after a name its role is looked for: a file's format words may stand between ("X GGUFs with Q3_K_L as draft models"). */
    private static final int ROLE_AFTER_REACH = 48;

    /**
     * A role said once after a list of names that speaks of all of them: the plural ("X and Y as draft models", "X, Y for
     * embeddings"). A singular after two names ("X and Y as the draft model") gives the role to the last one only, and so does
     * Chinese, which has no plural to tell the two apart ("X和Y作为草稿模型" may pair a main model with its draft).
     */
    private static final Pattern LIST_ROLE = Pattern.compile("models\\b|drafts\\b|embeddings\\b");

    static boolean auxiliary(String low, Span s) {
        if (Prefilter.find(OWN_NAME, s.value().toLowerCase(java.util.Locale.ROOT))) return true;
        String before = low.substring(Math.max(0, s.start() - 80), s.start());
        return Prefilter.find(ROLE_BEFORE, before) || Prefilter.find(OUTPUT_BEFORE, before) || Prefilter.find(DRAFT_CONFIG, before)
                || DRAFT_PAIR.matcher(low.substring(Math.max(0, s.start() - 200), s.start())).find()
                || roleAfter(low, s).isPresent();
    }

    /** The role words after a name, when there are, with the word that follows them ("as draft" and its "models"). */
    private static Optional<String> roleAfter(String low, Span s) {
        Matcher m = ROLE_AFTER.matcher(low).region(s.end(), Math.min(low.length(), s.end() + ROLE_AFTER_REACH));
        return m.lookingAt() ? Optional.of(low.substring(m.start(), Math.min(low.length(), m.end() + 8))) : Optional.empty();
    }

    /**
     * The mentions without the auxiliary ones, unless nothing else is left (the question is about that model). The members of a
     * list joined to an auxiliary one whose role is said for the whole list ({@link #LIST_ROLE}) are auxiliary with it.
     */
    static List<Span> without(String low, List<Span> spans) {
        if (spans.size() < 2) return spans;
        Set<Span> auxiliary = new HashSet<>();
        for (Span s : spans) if (auxiliary(low, s)) auxiliary.add(s);
        List<Span> ordered = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        Set<Span> sharing = new HashSet<>();
        for (Span s : ordered) if (roleAfter(low, s).filter(r -> Prefilter.find(LIST_ROLE, r)).isPresent()) sharing.add(s);
        for (int i = ordered.size() - 1; i > 0; i--) {
            Span a = ordered.get(i - 1), b = ordered.get(i);
            if (!sharing.contains(b) || !listed(low, a, b)) continue;
            auxiliary.add(a);
            sharing.add(a);
        }
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) if (!auxiliary.contains(s)) kept.add(s);
        return kept.isEmpty() ? spans : kept;
    }

    /** A repository's owner or a folder before the next member of a list ("X and qwen/Y"), which the name read leaves out. */
    private static final Pattern OWNER_BEFORE = Pattern.compile("[\"'`]?(?:[a-z0-9_.\\-]+/)*");

    /** Whether {@code b} follows {@code a} as the next member of a list: a list's join between them, an owner or folder before b. */
    private static boolean listed(String low, Span a, Span b) {
        if (a.end() > b.start()) return false;
        Matcher join = ModelSpotter.LIST_JOIN.matcher(low).region(a.end(), b.start());
        return join.lookingAt() && OWNER_BEFORE.matcher(low).region(join.end(), b.start()).matches();
    }

    /**
     * A pasted GGUF metadata line as llama.cpp's loader prints it ({@code llama_model_loader: - kv  9:
     * general.base_model.0.name str = Qwen2.5 14B}: key, type, value; src/llama-model-loader.cpp), or as other readers of the
     * file print the same key ("general.base_model.0.name: Qwen2.5 32B" in mistral.rs's model config, gguf-py's dump
     * "general.base_model.0.name = 'Qwen2.5 32B'"), whose value names
     * something other than the model loaded. The GGUF specification (ggml docs/gguf.md, "General metadata") keeps the
     * model's own names in general.name, general.basename, general.finetune, general.size_label, general.version,
     * general.url, general.repo_url and general.source.*; the model a fine-tune was made from in general.base_model.N.*,
     * the data it was trained on in general.dataset.N.*, and the license file (a link into some repository) in
     * general.license.*; tags, languages and authors name no model; the architecture (general.architecture, the
     * {@code arch} line of print_info) is a code path, and tokenizer.* name a tokenizer (an auxiliary).
     */
    private static final Pattern GGUF_KV = Pattern.compile(
            "(?m)(?:^|\\s)(general\\.(?:base_model\\.\\d+\\.[a-z_]+|dataset\\.\\d+\\.[a-z_]+|license(?:\\.[a-z_]+)?|tags|languages|quantized_by|author|organization|architecture)"
                    + "|tokenizer\\.[a-z_.]+)(?:\\s+(?:str|arr\\[[^\\]\\n]{0,24}\\]|u32|i32|u64|bool)?\\s*=|:)\\s*([^\\n]{0,300})");
    /** llama.cpp's print_info / llm_load_print_meta line for the architecture ("print_info: arch = qwen2"). */
    private static final Pattern PRINT_ARCH = Pattern.compile("(?m)(?:print_info|llm_load_print_meta): +arch +=\\s*([^\\n]{0,40})");
    /**
     * The architecture as other tools print it: the "family" and "families" of a model's details in Ollama's API
     * ({@code /api/tags}, {@code /api/show}: {@code "family":"qwen2","families":["qwen2"]}, docs/api.md), the
     * "architecture" row of {@code ollama show} (a line of its own once the columns' spaces are one) and the
     * {@code architecture=} field of Ollama's server log, and config.json's
     * "model_type". Like general.architecture, each names the code a whole line of models shares (a DeepSeek-R1 distill
     * prints "qwen2"), never a model of its own.
     */
    private static final Pattern ARCH_FIELD = Pattern.compile(
            "\"(?:family|model_type)\"\\s*:\\s*\"([^\"\\n]{1,40})\"|\"families\"\\s*:\\s*\\[([^\\]\\n]{1,120})\\]"
                    + "|(?m:^ ?architecture ([a-z0-9_.\\-]{1,40}) ?$)|(?<![a-z0-9_.])architecture=([a-z0-9_.\\-]{1,40})");

    /**
     * LM Studio's file watcher in its developer log ("[CachedFileDataProvider] Watching file at
     * …/.lmstudio/.internal/user-concrete-model-default-config/owner/model/….json"): it lists the settings file of every model
     * downloaded at start-up, so the paths name models present on disk, not the one run.
     */
    private static final Pattern WATCHED_FILE = Pattern.compile("\\[cachedfiledataprovider\\] +watching file at +([^\\n]{1,400})");

    /**
     * A model class of transformers (src/transformers/models/…/modeling_….py: {@code Qwen2_5_VLForConditionalGeneration},
     * {@code LlamaForCausalLM}), as pasted code imports it, config.json's "architectures" lists it and vLLM's or SGLang's
     * log prints it ("type=Qwen2ForCausalLM"): it names the architecture's code, which a whole line of models shares and
     * fine-tunes of other names reuse, never one model of one size.
     */
    private static final Pattern MODEL_CLASS = Pattern.compile(
            "(?<![a-z0-9_])[a-z][a-z0-9_]*for(?:causallm|conditionalgeneration|sequenceclassification|tokenclassification"
                    + "|questionanswering|maskedlm|seq2seqlm|vision2seq|imagetexttotext)(?![a-z0-9_])");

    /** Claims the values of metadata lines and the model classes that name no model loaded, so no name is read in them. */
    static void claimMetadata(Scan scan) {
        Matcher c = MODEL_CLASS.matcher(scan.low);
        while (c.find()) scan.take(c.start(), c.end());
        Matcher m = GGUF_KV.matcher(scan.low);
        while (m.find()) scan.take(m.start(1), m.end(2));
        m = PRINT_ARCH.matcher(scan.low);
        while (m.find()) scan.take(m.start(1), m.end(1));
        m = ARCH_FIELD.matcher(scan.low);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) if (m.start(g) >= 0) scan.take(m.start(g), m.end(g));
        }
        m = WATCHED_FILE.matcher(scan.low);
        while (m.find()) scan.take(m.start(1), m.end(1));
    }
}
