package dev.llmadvisor.hub;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HubRefsTest {

    static HubRef one(String text) {
        List<HubRef> refs = HubRefs.find(text);
        assertThat(refs).as(text).hasSize(1);
        return refs.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qwen/Qwen2.5-7B-Instruct", "TheBloke/Llama-2-13B-chat-GPTQ", "unsloth/Qwen3-30B-A3B-GGUF",
            "meta-llama/Llama-3.1-8B-Instruct", "01-ai/Yi-1.5-9B", "openai/gpt-oss-20b", "microsoft/phi-4", "Qwen/QwQ-32B",
            "mistralai/Mixtral-8x7B-v0.1", "deepseek-ai/DeepSeek-R1", "mlx-community/Qwen3-8B-4bit", "bartowski/gemma-2-9b-it-GGUF",
            "google/gemma-3-27b-it", "THUDM/glm-4-9b-chat"})
    void bareIds(String id) {
        HubRef r = HubRefs.parse(id).orElseThrow();
        assertThat(r.hub()).isEqualTo(HubRef.Hub.HUGGING_FACE);
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.file()).isNull();
        assertThat(r.quant()).isNull();
        assertThat(one("can my 3090 run " + id + "?").id()).isEqualTo(id);
    }

    /** huggingface_hub's cache folder names its repository: "models--" + organisation + "--" + name, in any path. */
    @ParameterizedTest
    @ValueSource(strings = {"Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", "01-ai/Yi-1.5-9B", "bigscience/bloom",
            "mistralai/Mixtral-8x7B-v0.1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", "THUDM/glm-4-9b-chat", "BAAI/bge-m3"})
    void cacheFolders(String id) {
        String folder = "models--" + id.replace("/", "--");
        for (String text : List.of("/root/.cache/huggingface/hub/" + folder + "/snapshots/5617a9f61b/config.json",
                "OSError: " + folder + " is incomplete", "C:\\Users\\me\\.cache\\huggingface\\hub\\" + folder + "\\snapshots",
                "加载 ~/.cache/huggingface/hub/" + folder + " 失败")) {
            assertThat(one(text).id()).as(text).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"datasets--tatsu-lab--alpaca", "models--Qwen", "models---x--y", "my_models--a--b"})
    void notCacheFolders(String text) {
        assertThat(HubRefs.find("/root/.cache/huggingface/hub/" + text + "/snapshots")).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CPU/GPU", "7b/13b", "Q4/Q8", "tok/s", "ollama/ollama", "and/or", "input/output", "24GB/48GB",
            "3090/4090", "RTX4090/RTX5090", "4060ti/4070", "A100/H100", "M3/M4", "fp16/bf16", "Q4_K_M/Q8_0", "x86_64/aarch64",
            "Llama-3/Qwen-2", "Qwen2.5-7B/Qwen2.5-14B", "Qwen3-8B/14B", "ggml-org/llama.cpp", "llama.cpp/ollama", "TCP/IP",
            "read/write", "1/2", "2024/05", "bigscience/bloom", "docs/README.md", "models/x.gguf", "km/h", "w/o", "I/O",
            "vllm/vllm-openai", "github.com/ollama/ollama", "checkpoints/tokenizer.model", "out/model.ckpt", "/usr/local/bin", "src/main/java", "tokens/s", "GB/s",
            "config/server_config.conf", "configs/model_v2.ini", "deploy/prod_7b.env", "conf/log4j2-1.xml", "scripts/start_7b.ps1",
            "models/deepseek-r1-emo-7b", "datasets/alpaca-cleaned-v2", "spaces/chat-demo-1"})
    void notIds(String text) {
        assertThat(HubRefs.find(text)).as(text).isEmpty();
        assertThat(HubRefs.find("is " + text + " fast?")).as(text).isEmpty();
    }

    @Test
    void sentencesAndChinese() {
        assertThat(one("我的4090能跑Qwen/Qwen2.5-7B-Instruct吗").id()).isEqualTo("Qwen/Qwen2.5-7B-Instruct");
        assertThat(one("Try Qwen/Qwen3-8B.").id()).isEqualTo("Qwen/Qwen3-8B");
        assertThat(one("(see unsloth/Qwen3-8B-GGUF)").id()).isEqualTo("unsloth/Qwen3-8B-GGUF");
        assertThat(one("`Qwen/Qwen3-8B`, please").id()).isEqualTo("Qwen/Qwen3-8B");
        assertThat(HubRefs.find("Qwen/Qwen3-8B or meta-llama/Llama-3.1-8B-Instruct on CPU/GPU?"))
                .extracting(HubRef::id).containsExactly("Qwen/Qwen3-8B", "meta-llama/Llama-3.1-8B-Instruct");
        assertThat(HubRefs.find("Qwen/Qwen3-8B and Qwen/Qwen3-8B")).hasSize(1);
        assertThat(HubRefs.find("")).isEmpty();
        assertThat(HubRefs.find(null)).isEmpty();
    }

    @Test
    void quantTagsAndFiles() {
        HubRef r = HubRefs.parse("unsloth/Qwen3-30B-A3B-GGUF:Q4_K_M").orElseThrow();
        assertThat(r.id()).isEqualTo("unsloth/Qwen3-30B-A3B-GGUF");
        assertThat(r.quant()).isEqualTo("Q4_K_M");
        assertThat(HubRefs.parse("hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:IQ4_XS").orElseThrow().quant()).isEqualTo("IQ4_XS");
        assertThat(HubRefs.parse("hf.co/unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL").orElseThrow().quant()).isEqualTo("UD-Q4_K_XL");
        assertThat(HubRefs.parse("hf.co/unsloth/Qwen3-8B-GGUF:latest").orElseThrow().quant()).isNull();
        HubRef withFile = one("unsloth/Qwen3-8B-GGUF with Qwen3-8B-Q5_K_M.gguf on a 4060");
        assertThat(withFile.file()).isEqualTo("Qwen3-8B-Q5_K_M.gguf");
        assertThat(withFile.namesGguf()).isTrue();
    }

    @Test
    void huggingFaceLinks() {
        HubRef repo = HubRefs.parse("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct").orElseThrow();
        assertThat(repo).isEqualTo(HubRef.huggingFace("Qwen", "Qwen2.5-7B-Instruct"));
        assertThat(HubRefs.parse("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json").orElseThrow()).isEqualTo(repo);
        assertThat(HubRefs.parse("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/main").orElseThrow()).isEqualTo(repo);
        assertThat(HubRefs.parse("<https://huggingface.co/Qwen/Qwen2.5-7B-Instruct>").orElseThrow()).isEqualTo(repo);
        assertThat(HubRefs.parse("huggingface.co/Qwen/Qwen2.5-7B-Instruct?library=transformers").orElseThrow()).isEqualTo(repo);
        assertThat(HubRefs.parse("https://hf-mirror.com/Qwen/Qwen2.5-7B-Instruct").orElseThrow()).isEqualTo(repo);
        HubRef file = HubRefs.parse("https://huggingface.co/unsloth/Qwen3-8B-GGUF/resolve/main/Qwen3-8B-Q4_K_M.gguf?download=true").orElseThrow();
        assertThat(file.id()).isEqualTo("unsloth/Qwen3-8B-GGUF");
        assertThat(file.file()).isEqualTo("Qwen3-8B-Q4_K_M.gguf");
        HubRef sub = HubRefs.parse("https://huggingface.co/unsloth/DeepSeek-R1-GGUF/blob/main/Q4_K_M/DeepSeek-R1-Q4_K_M-00001-of-00009.gguf").orElseThrow();
        assertThat(sub.file()).isEqualTo("Q4_K_M/DeepSeek-R1-Q4_K_M-00001-of-00009.gguf");
        HubRef rev = HubRefs.parse("https://huggingface.co/Qwen/Qwen3-8B/tree/v1.0").orElseThrow();
        assertThat(rev.revision()).isEqualTo("v1.0");
        assertThat(one("look: https://huggingface.co/Qwen/Qwen3-8B. Fits?").id()).isEqualTo("Qwen/Qwen3-8B");
    }

    @Test
    void notModels() {
        for (String s : List.of("https://huggingface.co/datasets/HuggingFaceFW/fineweb", "https://huggingface.co/spaces/org/app-1",
                "https://huggingface.co/docs/hub/index", "https://huggingface.co/Qwen", "https://github.com/ggml-org/llama.cpp",
                "https://huggingface.co/blog/gguf-1")) {
            assertThat(HubRefs.find(s)).as(s).isEmpty();
        }
    }

    @Test
    void modelScopeLinks() {
        HubRef r = HubRefs.parse("https://modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct").orElseThrow();
        assertThat(r).isEqualTo(HubRef.modelScope("Qwen", "Qwen2.5-7B-Instruct"));
        assertThat(HubRefs.parse("https://www.modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/files").orElseThrow()).isEqualTo(r);
        assertThat(HubRefs.parse("https://www.modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct/summary").orElseThrow()).isEqualTo(r);
        HubRef tag = HubRefs.parse("modelscope.cn/Qwen/Qwen3-8B-GGUF:Q4_K_M").orElseThrow();
        assertThat(tag.hub()).isEqualTo(HubRef.Hub.MODELSCOPE);
        assertThat(tag.quant()).isEqualTo("Q4_K_M");
        HubRef file = HubRefs.parse("https://www.modelscope.cn/models/Qwen/Qwen3-8B-GGUF/file/view/master/Qwen3-8B-Q8_0.gguf").orElseThrow();
        assertThat(file.file()).isEqualTo("Qwen3-8B-Q8_0.gguf");
        assertThat(file.revision()).isNull();
        assertThat(one("魔搭上的 https://modelscope.cn/models/Qwen/Qwen2.5-7B-Instruct 用 16G 显存能跑吗").hub()).isEqualTo(HubRef.Hub.MODELSCOPE);
        assertThat(HubRefs.find("https://modelscope.cn/datasets/foo/bar-1")).isEmpty();
    }

    @Test
    void parseWantsExactlyOneWholeReference() {
        assertThat(HubRefs.parse("qwen3:14b")).isEmpty();
        assertThat(HubRefs.parse("Qwen/Qwen3-8B extra")).isEmpty();
        assertThat(HubRefs.parse("Qwen/Qwen3-8B/extra")).isEmpty();
        assertThat(HubRefs.parse("a/b")).isEmpty();
        assertThat(HubRefs.parse("Qwen--x/Qwen3-8B")).isEmpty();
        assertThat(HubRefs.parse("Qwen/" + "x1".repeat(60))).isEmpty();
        assertThat(HubRefs.parse(" Qwen/Qwen3-8B ")).isPresent();
    }

    @Test
    void toStringIsHowPeopleWriteIt() {
        assertThat(HubRefs.parse("hf.co/unsloth/Qwen3-8B-GGUF:Q4_K_M").orElseThrow().toString()).isEqualTo("unsloth/Qwen3-8B-GGUF:Q4_K_M");
        assertThat(HubRef.modelScope("Qwen", "Qwen3-8B").toString()).isEqualTo("modelscope:Qwen/Qwen3-8B");
    }
}
