package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a model's name is read through what is written around it: a number of bits after a name is its quantization, not its
 * version ("DeepSeek-R1 3-bit" is DeepSeek-R1); the last folder of a path a loader is given names the model in it
 * ("--model_path /data/models/DeepSeek-R1-Q2/"); a host's path ("cr.metax-tech.com/public-ai-release/…", a container
 * registry) is no Hub repository; a file format's word before a name ("ggml-vicuna-13b-cocktail-q5_0.bin") is its
 * packaging; the value of an engine's template or parser option ("--chat-template internlm3") is no model. Cases are generated from the catalog's names (those the reader resolves alone), in English and Chinese frames,
 * with near misses that must keep their reading.
 */
class WrappedNameFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    private static final Pattern SIZE_WORD = Pattern.compile("(?i)(?<![a-z0-9.])\\d{1,4}(?:\\.\\d{1,2})?b(?![a-z0-9])");
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile(".*[a-z]\\d(?:\\.\\d)?$|.*[ -]\\d(?:\\.\\d)?$");

    /** A catalog name (one of its aliases, without '/' or ':') that the reader resolves to its model alone; null when none. */
    private static String resolvedAlias(ModelEntry m, java.util.function.Predicate<String> fits) {
        for (String alias : m.aliases()) {
            if (alias.contains("/") || alias.contains(":") || !fits.test(alias)) continue;
            List<Understood.Model> alone = read("can my 4090 run " + alias + "?");
            if (alone.size() == 1 && m.id().equals(alone.get(0).id())) return alias;
        }
        return null;
    }

    @Test
    void aNumberOfBitsAfterANameIsItsFormatNotItsVersion() {
        List<Function<String, String>> frames = List.of(
                n -> "Unable to run inference on " + n + " on an M2 Ultra cluster",
                n -> "can my 4090 run " + n + "?",
                n -> "我的4090能跑" + n + "量化吗");
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.legacy()) continue;
            // names without a size whose last word is a number or a version, where a number after them could be read on
            String alias = resolvedAlias(m, a -> !SIZE_WORD.matcher(a).find() && ENDS_IN_NUMBER.matcher(a).matches());
            if (alias == null) continue;
            for (String bits : List.of(" 3-bit", " 4-bit", " 8 bit", " 4bit", " 4位")) {
                for (Function<String, String> frame : frames) {
                    String q = frame.apply(alias + bits);
                    assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly(m.id());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // near misses: a version and a size after the name stay its own ("Qwen 2.5 7B 4-bit", "llama 3.1 70b 8-bit")
        assertThat(read("can my 4090 run qwen 2.5 7b 4-bit?")).extracting(Understood.Model::id).containsExactly("qwen2.5-7b-instruct");
        assertThat(read("我的4090能跑qwen2.5 14b 4位量化吗")).extracting(Understood.Model::id).containsExactly("qwen2.5-14b-instruct");
        assertThat(read("Command-R plus 6.5 bpw on two 3090s")).hasSize(1);
    }

    @Test
    void theLastFolderOfALoadersPathNamesTheModel() {
        List<Function<String, String>> paths = List.of(
                n -> "/data/models/" + n + "/", n -> "./models/" + n + "/", n -> "D:\\models\\" + n + "\\");
        List<Function<String, String>> frames = List.of(
                p -> "python ./ktransformers/local_chat.py --model_path " + p + " --gguf_path " + p + " --cpu_infer 48 on my A800",
                p -> "我用 vllm serve " + p + " --tensor-parallel-size 2 启动，两张4090卡住不动");
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.legacy() || m.paramsB() < 1) continue;
            String alias = resolvedAlias(m, a -> SIZE_WORD.matcher(a).find() && !a.contains(" "));
            if (alias == null) continue;
            for (Function<String, String> path : paths) {
                for (Function<String, String> frame : frames) {
                    String q = frame.apply(path.apply(alias));
                    assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly(m.id());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // a maker's word before the family's in the folder's name ("Meta-Llama-3-8B") leaves it the whole folder's name
        assertThat(read("Running vllm serve /models/Meta-Llama-3-8B/ --disable-log-requests uses almost all memory on my H100"))
                .extracting(Understood.Model::id).containsExactly("llama3-8b-instruct");
        assertThat(read("我用 vllm serve /data/Meta-Llama-3.1-8B-Instruct/ --tensor-parallel-size 2 启动，两张4090卡住不动"))
                .extracting(Understood.Model::id).containsExactly("llama3.1-8b-instruct");
        // an engine's compiled library for a model names it ("vicuna-v1-7b_vulkan_float16.dll" is MLC's Vicuna 7B v1.1)
        assertThat(read("Use lib E:\\Code\\mlc-chat\\dist\\lib\\vicuna-v1-7b_vulkan_float16.dll VK_ERROR_OUT_OF_DEVICE_MEMORY on my 940MX"))
                .extracting(Understood.Model::name).containsExactly("Vicuna 7B v1.1");
        // near misses: a folder with more path after it, and an owner's folder alone, name no model
        assertThat(read("my 4090 runs out of memory, see /models/Meta-Llama-3-8B/config.json")).extracting(Understood.Model::id)
                .doesNotContain("llama3-8b-instruct");
        assertThat(read("my 4090 runs out of memory, see ../qwen15/config.json")).isEmpty();
        assertThat(read("modelscope download --local_dir qwen/ on my 4090, out of memory")).isEmpty();
    }

    @Test
    void aHostsPathIsNoRepository() {
        List<String> images = List.of("cr.metax-tech.com/public-ai-release/maca/vllm-metax:0.22.0-maca.ai3.8.0.5",
                "registry.example.cn/llm/llama-server:latest", "harbor.mycorp.io/ai-infra/sglang-runtime:v0.4");
        int checked = 0;
        for (String image : images) {
            for (Function<String, String> frame : List.<Function<String, String>>of(
                    i -> "我使用官方提供的Docker镜像（" + i + "）,在C500上测试Qwen3.5-27B，多卡卡住",
                    i -> "Using the image " + i + " to serve Qwen3.5-27B on two cards, it hangs")) {
                String q = frame.apply(image);
                assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly("qwen3.5-27b");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
        // near misses: Hub ids and Hub links are still repositories
        assertThat(read("vllm serve Qwen/Qwen3.5-27B on two cards hangs")).extracting(Understood.Model::id).containsExactly("qwen3.5-27b");
        assertThat(read("ollama run hf.co/Qwen/Qwen3.5-27B on two cards hangs")).extracting(Understood.Model::id).containsExactly("qwen3.5-27b");
    }

    @Test
    void aToolkitsVersionedPathIsNoRepository() {
        // given a toolkit's version before a slash: nvcc -V's build line, whatever the CUDA release
        for (String line : List.of("Build cuda_12.2.r12.2/compiler.32965470_0", "Build cuda_11.8.r11.8/compiler.31833905_0",
                "nvcc: Build CUDA_12.4.r12.4/compiler.34097967_0")) {
            for (String q : List.of("Qwen3.5-27B is slow on my 4090.\n" + line, "4090上跑Qwen3.5-27B很慢\n" + line)) {
                // then only the model asked about is read
                assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly("qwen3.5-27b");
            }
        }
        // near miss: an owner without a dotted version is still a repository
        assertThat(read("vllm serve Qwen/Qwen3.5-27B on two cards hangs")).extracting(Understood.Model::id).containsExactly("qwen3.5-27b");
    }

    @Test
    void aTemplateOrParserOptionsValueIsNoModel() {
        List<String> options = List.of("--chat-template ", "--chat_template ", "--reasoning-parser ", "--tool-call-parser=",
                "--chat-template \"");
        List<String> values = List.of("internlm3", "deepseek_r1", "qwen3", "llama3", "glm45", "mistral", "hermes");
        List<Function<String, String>> frames = List.of(
                o -> "vllm serve Qwen/Qwen2.5-7B-Instruct " + o + " --max-model-len 8192 on my 4090 runs out of memory",
                o -> "lmdeploy serve api_server /root/model/Qwen2.5-7B-Instruct " + o + " --tp 2 这样就会报错显存不足");
        int checked = 0;
        for (String option : options) {
            for (String value : values) {
                for (Function<String, String> frame : frames) {
                    String q = frame.apply(option + value + (option.endsWith("\"") ? "\"" : ""));
                    assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly("qwen2.5-7b-instruct");
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(70);
        // near misses: the model option itself, and a model named after a template option's value, are read
        assertThat(read("lmdeploy serve api_server --model internlm3-8b-instruct on my 4090 runs out of memory"))
                .extracting(Understood.Model::id).containsExactly("internlm3-8b-instruct");
        assertThat(read("--chat-template qwen3 is set; can my 4090 run internlm3-8b-instruct?"))
                .extracting(Understood.Model::id).containsExactly("internlm3-8b-instruct");
    }

    @Test
    void aFileFormatsWordBeforeANameIsItsPackaging() {
        List<Function<String, String>> frames = List.of(
                f -> "koboldcpp.exe --model .\\" + f + " --useclblast 0 0 only runs on the CPU of my 3090",
                f -> "我用 ./main -m models/" + f + " 跑，3090 没有用到显存");
        int checked = 0;
        for (ModelEntry m : K.models().all()) {
            if (m.legacy() || m.paramsB() < 1) continue;
            String alias = resolvedAlias(m, a -> SIZE_WORD.matcher(a).find() && a.contains("-") && !a.contains(" "));
            if (alias == null) continue;
            for (String file : List.of(alias + "-q5_0.bin", alias + ".q4_0.bin", alias + "-Q4_K_M.gguf")) {
                for (Function<String, String> frame : frames) {
                    // the file as named without the prefix, where it names the model: the prefix must not change that
                    if (!read(frame.apply(file)).stream().map(Understood.Model::id).toList().equals(List.of(m.id()))) continue;
                    for (String prefix : List.of("ggml-", "ggml_", "gguf-")) {
                        String q = frame.apply(prefix + file);
                        assertThat(read(q)).as(q).extracting(Understood.Model::id).containsExactly(m.id());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // the catalog's fine-tunes too
        assertThat(read("koboldcpp.exe --model .\\ggml-vicuna-13b-cocktail-q5_0.bin only runs on the CPU of my 3090"))
                .extracting(Understood.Model::name).containsExactly("Vicuna 13B Cocktail");
        // near miss: a model's own word glued before a catalog name stays part of its name ("Me-LLaMA-13b-chat")
        assertThat(read("can my 3090 run Me-LLaMA-13b-chat?")).extracting(Understood.Model::asked).containsExactly("Me-LLaMA-13b-chat");
    }
}
