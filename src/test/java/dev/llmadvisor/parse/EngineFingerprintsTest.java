package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fingerprint of {@link EngineFingerprints}, through every example it carries, embedded in sentences and pasted logs
 * (English and Chinese), resolves to its engine; and engines named only as options weighed or as the yardstick follow the
 * README's rule (the engine is the one the person runs).
 */
class EngineFingerprintsTest {

    /** Sentences an example is written into: a question, a command or log pasted in a code block, Chinese around it. */
    private static final List<String> FRAMES = List.of(
            "I am using %s with qwen3 14b on my 3090 and it runs out of memory. What is wrong?",
            "Here is what I ran:\n```\n%s\n```\nThe model is very slow on my 4090, is that normal?",
            "我用 %s 跑 qwen3 32b，两张4090，显存不够，怎么办？",
            "日志如下：\n%s\n请问为什么这么慢？",
            "Has anyone got qwen2.5 7b working with %s on a 4060 8GB? It fails with CUDA out of memory.",
            "请问%s支持多卡推理吗？我有两张3090，跑72b的int4模型报错");

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsOwnPattern() {
        return EngineFingerprints.ALL.stream().flatMap(f -> f.examples().stream().map(ex -> DynamicTest.dynamicTest(
                f.engine() + " " + f.kind() + ": " + ex, () -> {
                    Pattern p = Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])");
                    assertThat(p.matcher(ex.toLowerCase(Locale.ROOT)).find()).as(ex).isTrue();
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInASentenceOrALogNamesItsEngine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            for (String ex : f.examples()) {
                for (String frame : FRAMES) {
                    String text = frame.formatted(ex);
                    tests.add(DynamicTest.dynamicTest(f.engine() + " " + f.kind() + ": " + text,
                            () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(f.engine())));
                }
            }
        }
        return tests.stream();
    }

    /** One name per engine, the first name example of each in the table. */
    private static Map<Engine, String> names() {
        Map<Engine, String> names = new LinkedHashMap<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            if (f.kind() == EngineFingerprints.Kind.NAME) names.putIfAbsent(f.engine(), f.examples().get(0));
        }
        return names;
    }

    /** A framework that runs engines underneath (Xinference, FastChat), named with one of them: that engine is the one run. */
    @TestFactory
    Stream<DynamicTest> aHostNamedWithTheEngineItRunsIsThatEngine() {
        List<String> frames = List.of(
                "I serve qwen3 14b through %s with %s as the backend and it runs out of memory on my 3090",
                "%s 0.9.0, %s 0.4.2, two A100s: the model takes twice the memory it should",
                "用%s部署qwen3 32b，后端是%s，显存不够");
        List<DynamicTest> tests = new ArrayList<>();
        Map<Engine, String> names = names();
        for (EngineFingerprints.Host h : EngineFingerprints.HOSTS) {
            String host = h.pattern().split("[(|]")[0];
            for (Engine e : h.runs()) {
                for (String frame : frames) {
                    String text = frame.formatted(host, names.get(e));
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(e)));
                }
            }
        }
        return tests.stream();
    }

    /** Every frame written with the names of every two engines a, b: the engine read is {@code expected}'s pick (null: none). */
    private static Stream<DynamicTest> overEveryPair(List<String> frames, java.util.function.BinaryOperator<Engine> expected) {
        Map<Engine, String> names = names();
        List<DynamicTest> tests = new ArrayList<>();
        names.forEach((a, nameA) -> names.forEach((b, nameB) -> {
            if (a == b) return;
            Engine want = expected.apply(a, b);
            for (String frame : frames) {
                String text = frame.formatted(nameA, nameB);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(want)));
            }
        }));
        return tests.stream();
    }

    /** The engine left for another, the one that works, or a comparison before what the person uses: the other one is run. */
    @TestFactory
    Stream<DynamicTest> theEngineLeftOrWorkingIsNotTheOneAskedAbout() {
        List<String> frames = List.of(
                "I moved from %1$s to %2$s and now qwen3 14b runs out of memory on my 3090",
                "with %1$s it works, with %2$s it runs out of memory on my 3090",
                "would %1$s be faster than %2$s for qwen3 14b? I currently use %2$s on a 3090",
                "我从%1$s换成了%2$s，qwen3 14b在3090上显存不够了");
        return overEveryPair(frames, (a, b) -> b);
    }

    /** A host with the log lines of one engine it runs (pasted from its console) runs that engine, as when named. */
    @TestFactory
    Stream<DynamicTest> aHostWithTheLogLinesOfAnEngineItRunsIsThatEngine() {
        List<String> frames = List.of(
                "I serve qwen3 14b through %s on my 3090 and it runs out of memory:\n```\n%s\n```",
                "用%s部署qwen3 32b，两张4090，日志如下：\n%s\n显存不够怎么办？");
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.Host h : EngineFingerprints.HOSTS) {
            String host = h.pattern().split("[(|]")[0];
            for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
                if (f.kind() != EngineFingerprints.Kind.LOG || !h.runs().contains(f.engine())) continue;
                for (String log : f.examples()) {
                    for (String frame : frames) {
                        String text = frame.formatted(host, log);
                        tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(f.engine())));
                    }
                }
            }
        }
        return tests.stream();
    }

    /**
     * A program's name as the folder of the model store in a path (the file was downloaded by it) is not the program run: the
     * engine whose log lines load it is; named in the text outside the path, the program is.
     */
    @TestFactory
    Stream<DynamicTest> aProgramsModelFolderInAPathIsNotTheProgramRun() {
        List<String> stores = List.of(".lmstudio", "lm-studio", ".ollama", "PrivateGPT", "gpt4all", "koboldcpp", "jan");
        List<String> paths = List.of("/home/me/%s/models/unsloth/Qwen3-14B-GGUF/Qwen3-14B-Q4_K_M.gguf",
                "C:\\Users\\me\\%s\\models\\qwen3-14b-q4_k_m.gguf", "~/%s/model/qwen3-14b-q4_k_m.gguf");
        List<DynamicTest> tests = new ArrayList<>();
        for (String store : stores) {
            for (String path : paths) {
                String file = path.formatted(store);
                String log = "qwen3 14b on my 3060 12GB fails:\nllama_model_loader: loaded meta data with 30 key-value pairs from " + file
                        + "\nllama_init_from_model: failed to initialize the context";
                tests.add(DynamicTest.dynamicTest(log, () -> assertThat(Parsers.PARSER.parse(log).engine()).as(log).isEqualTo(Engine.LLAMA_CPP)));
                String zh = "3060 12GB跑qwen3 14b报错，日志：\nload_tensors: loading model tensors from " + file;
                tests.add(DynamicTest.dynamicTest(zh, () -> assertThat(Parsers.PARSER.parse(zh).engine()).as(zh).isEqualTo(Engine.LLAMA_CPP)));
            }
        }
        String named = "I run qwen3 14b in LM Studio on my 3060 and it fails; the file is /home/me/.lmstudio/models/qwen3-14b-q4_k_m.gguf";
        tests.add(DynamicTest.dynamicTest(named, () -> assertThat(Parsers.PARSER.parse(named).engine()).as(named).isEqualTo(Engine.LM_STUDIO)));
        return tests.stream();
    }

    @Test
    void anEnginesFlagsPassedThroughAHostAreTheHostsOptions() {
        String text = "xinference launch --model-name qwen2-instruct --tensor_parallel_size 2 --gpu_memory_utilization 0.9 fails on two 4090s";
        assertThat(Parsers.PARSER.parse(text).engine()).isEqualTo(Engine.OTHER);
    }

    @TestFactory
    Stream<DynamicTest> enginesWeighedAsOptionsNameNone() {
        List<String> frames = List.of(
                "should I use %s or %s for qwen3 32b on my 3090?",
                "%s vs %s for llama 3 70b on two 4090s, which is faster?",
                "部署qwen3 32b用%s还是%s？两张4090");
        return overEveryPair(frames, (a, b) -> null);
    }

    @TestFactory
    Stream<DynamicTest> anEngineNamedAsTheYardstickIsNotTheOneRun() {
        List<String> frames = List.of(
                "I run qwen3 14b with %s on my 3090; would it be faster than %s?",
                "%s needs far more memory for qwen3 14b than %s on my 3090. Why?",
                "我用%s跑qwen3 14b，显存占用比%s大很多，为什么？",
                "%s on my 3090 is slow for qwen3 14b; I have been comparing it with %s and the speed is the same",
                "unlike %2$s, %1$s keeps part of qwen3 32b in RAM on my 3090 and runs out of memory",
                "不像%2$s，%1$s跑qwen3 32b会把一部分放到内存里，3090上很慢");
        return overEveryPair(frames, (a, b) -> a);
    }

    /**
     * A front end (Ollama, LM Studio, KTransformers, KoboldCpp, GPT4All …) named together with a backend it wraps, before or
     * after it, in English and Chinese: the front end is the engine run. An app outside the list with several loaders
     * (text-generation-webui, ipex-llm) named with one of them runs that one ({@code EngineAppBackendFormsTest}).
     */
    @TestFactory
    Stream<DynamicTest> aFrontEndNamedWithTheBackendItWrapsIsTheEngine() {
        List<String> frames = List.of(
                "I run qwen3 14b in %1$s (it uses %2$s underneath) and it runs out of memory on my 3090",
                "%2$s inside %1$s is slow for qwen3 32b on two 4090s, why?",
                "Here is the log:\n```\n%1$s\n%2$s\n```\nqwen3 14b on a 3060 12GB, is this speed normal?",
                "我在%1$s里跑qwen3 14b（底层是%2$s），3090显存不够");
        Map<Engine, String> names = names();
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.FrontEnd f : EngineFingerprints.FRONT_ENDS) {
            for (String front : f.examples()) {
                assertThat(Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])").matcher(front.toLowerCase(Locale.ROOT)).find())
                        .as(front).isTrue();
                if (f.backendLogsWin() && f.wraps().size() > 1) continue;
                for (Engine back : f.wraps()) {
                    for (String frame : frames) {
                        String text = frame.formatted(front, names.get(back));
                        tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(f.engine())));
                    }
                }
            }
        }
        return tests.stream();
    }

    /**
     * Given a front end named with the own log lines of a backend it wraps (pasted from its console): an app outside the list
     * that runs the backend's code (text-generation-webui, KoboldCpp, llamafile, ipex-llm …) runs that backend, as the
     * README's rule B labels it; an engine of the list (Ollama, LM Studio, KTransformers) and a port or fork that replaced
     * the backend's compute (chatglm.cpp, PowerInfer, Aphrodite) stay the engine named.
     */
    @TestFactory
    Stream<DynamicTest> aFrontEndWithItsBackendsOwnLogLinesRunsThatBackendOnlyWhenOutsideTheList() {
        List<String> frames = List.of(
                "I run qwen3 14b in %1$s and it runs out of memory on my 3090:\n```\n%2$s\n```",
                "我用%1$s跑qwen3 32b，两张4090，显存不够，日志如下：\n%2$s");
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.FrontEnd f : EngineFingerprints.FRONT_ENDS) {
            for (EngineFingerprints.Fingerprint log : EngineFingerprints.ALL) {
                if (log.kind() != EngineFingerprints.Kind.LOG || !f.wraps().contains(log.engine())) continue;
                Engine want = f.backendLogsWin() ? log.engine() : f.engine();
                for (String front : f.examples()) {
                    for (String frame : frames) {
                        String text = frame.formatted(front, log.examples().get(0));
                        tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(want)));
                    }
                }
            }
        }
        return tests.stream();
    }

    /**
     * An engine only linked to ("I am working on https://github.com/ollama/ollama/pull/2458") is a page pointed at, not the
     * engine run: another engine named is the one; linked to alone, it is still the engine named.
     */
    @TestFactory
    Stream<DynamicTest> anEngineOnlyLinkedToIsNotTheOneRun() {
        List<String> beside = List.of(
                "I am working on https://github.com/org/%1$s/pull/2458 and benchmarked qwen3 8b with %2$s on my 3090: it is slow",
                "Same as [this issue](https://github.com/org/%1$s/issues/12): %2$s runs out of memory with qwen3 14b on a 4090",
                "参考 www.%1$s.ai/docs ，我用%2$s跑qwen3 32b，两张4090，显存不够");
        List<String> alone = List.of(
                "I followed https://github.com/org/%1$s/issues/12 and qwen3 14b still runs out of memory on my 3090",
                "按照 https://github.com/org/%1$s 的说明部署qwen3 32b，两张4090，显存不够");
        Map<Engine, String> names = names();
        List<DynamicTest> tests = new ArrayList<>();
        names.forEach((a, nameA) -> {
            String slug = nameA.toLowerCase(Locale.ROOT).replace(' ', '-');
            for (String frame : alone) {
                String text = frame.formatted(slug);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(a)));
            }
            names.forEach((b, nameB) -> {
                if (a == b) return;
                for (String frame : beside) {
                    String text = frame.formatted(slug, nameB);
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(b)));
                }
            });
        });
        return tests.stream();
    }

    /**
     * A model id of LM Studio's Hub organisation ("lmstudio-community/Qwen3-14B-GGUF") names where the file came from: beside
     * an engine that loads it (MLX, Ollama, llama.cpp) that engine is run; alone it points at LM Studio.
     */
    @TestFactory
    Stream<DynamicTest> aModelIdOfLmStudiosOrganisationNamesLmStudioOnlyAlone() {
        List<String> ids = List.of("lmstudio-community/Qwen3-Next-80B-A3B-Instruct-MLX-8bit", "lmstudio-community/Qwen3-14B-GGUF");
        Map<String, Engine> beside = Map.of(
                "mlx_lm version: 0.28.0\nI tested %s and it is very slow on my M2 Ultra", Engine.MLX,
                "ollama run hf.co/%s runs out of memory on my 3060", Engine.OLLAMA,
                "llama-server -hf %s -ngl 99 fails with CUDA out of memory on a 4060 8GB", Engine.LLAMA_CPP,
                "我用vllm加载%s，两张4090，显存不够", Engine.VLLM);
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : ids) {
            beside.forEach((frame, engine) -> {
                String text = frame.formatted(id);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(engine)));
            });
        }
        // alone, with no runtime in the id either (an "-MLX-8bit" id names MLX)
        String alone = "I downloaded lmstudio-community/Qwen3-14B-GGUF and it is slow on my 3060 12GB, why?";
        tests.add(DynamicTest.dynamicTest(alone, () -> assertThat(Parsers.PARSER.parse(alone).engine()).as(alone).isEqualTo(Engine.LM_STUDIO)));
        return tests.stream();
    }

    /**
     * A front end wins only over the backends it wraps: named beside any other engine, the first named is the one run ("will
     * vllm on my 4090 be faster? I have also tried ollama").
     */
    @TestFactory
    Stream<DynamicTest> aFrontEndDoesNotWinOverAnEngineItDoesNotWrap() {
        List<String> frames = List.of(
                "Will %1$s on linux with a 4090 get faster results for qwen3 14b? I have also tried %2$s and the speed is the same.",
                "%1$s 跑 qwen3 14b 在4090上很慢，之前也试过%2$s，速度一样，正常吗？");
        Map<Engine, String> names = names();
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.FrontEnd f : EngineFingerprints.FRONT_ENDS) {
            for (String front : f.examples()) {
                names.forEach((e, name) -> {
                    if (e == f.engine() || f.wraps().contains(e) || wrapsAny(e, name, f.engine())) return;
                    for (String frame : frames) {
                        String text = frame.formatted(name, front);
                        tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(e)));
                    }
                });
            }
        }
        return tests.stream();
    }

    /** Whether the engine named {@code name} is itself a front end wrapping {@code other}. */
    private static boolean wrapsAny(Engine e, String name, Engine other) {
        return EngineFingerprints.FRONT_ENDS.stream().anyMatch(f -> f.engine() == e && f.wraps().contains(other)
                && Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])").matcher(name.toLowerCase(Locale.ROOT)).find());
    }

    /**
     * text-generation-webui's GPTQ loaders are its own programs (other), but a package listed with its version is the
     * environment of the program run: "auto-gptq 0.6.0 / transformers 4.40.0" runs transformers.
     */
    @TestFactory
    Stream<DynamicTest> aLoaderListedWithItsVersionIsTheEnvironmentNotTheEngine() {
        List<String> loaders = List.of("auto-gptq", "AutoGPTQ", "auto_gptq", "autoawq", "AutoAWQ", "gptq-for-llama");
        List<String> listings = List.of("%s 0.6.0+cu118\ntransformers 4.40.0", "%s==0.7.1, transformers==4.38.2", "%s v0.2.5\ntransformers 4.44");
        List<String> frames = List.of("qwen2 7b gptq int4 on a T4 only gives 3 tokens/s, is this normal?\n%s",
                "Qwen2-7B-Instruct-GPTQ-Int4 在T4上推理只有3 tokens/s，正常吗？\n%s");
        List<DynamicTest> tests = new ArrayList<>();
        for (String loader : loaders) {
            for (String listing : listings) {
                for (String frame : frames) {
                    String text = frame.formatted(listing.formatted(loader));
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(Engine.TRANSFORMERS)));
                }
                String run = "much slower generation using %s for qwen2 7b gptq on my 3090, 1 token/s".formatted(loader);
                tests.add(DynamicTest.dynamicTest(run, () -> assertThat(Parsers.PARSER.parse(run).engine()).as(run).isEqualTo(Engine.OTHER)));
            }
        }
        return tests.stream();
    }

    /**
     * A model run in the Hugging Face format implies transformers when nothing else is named, in both word orders and both
     * languages; an engine named beside it (which loads that format too) wins, and the format named without running it is no
     * engine.
     */
    @TestFactory
    Stream<DynamicTest> runningTheHuggingFaceFormatImpliesTransformers() {
        List<String> hf = List.of("huggingface", "Hugging Face", "HF", "hf");
        List<String> implied = List.of("I use the %s format inference for qwen1.5 7b and it is slow on my 4090, why?",
                "Loading the model in the %s format takes 30 GB on my A100 for qwen2 14b",
                "我使用的是%s格式的推理，qwen1.5 7b在4090上很慢，为什么？",
                "用%s格式加载qwen2 14b，A100显存占用30G");
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : hf) {
            for (String frame : implied) {
                String text = frame.formatted(name);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(Engine.TRANSFORMERS)));
            }
            String vllm = "vllm serve with the %s format model of qwen2 14b runs out of memory on my 4090".formatted(name);
            tests.add(DynamicTest.dynamicTest(vllm, () -> assertThat(Parsers.PARSER.parse(vllm).engine()).as(vllm).isEqualTo(Engine.VLLM)));
            String none = "I downloaded the %s format weights of qwen2 14b, can my 4090 run it?".formatted(name);
            tests.add(DynamicTest.dynamicTest(none, () -> assertThat(Parsers.PARSER.parse(none).engine()).as(none).isNull()));
        }
        return tests.stream();
    }

    /**
     * An engine named as not used ("without X", "not using X", "没有使用X") is not the engine: every name of the table that
     * starts its example, in English and Chinese.
     */
    @TestFactory
    Stream<DynamicTest> anEngineNamedAsNotUsedIsNotTheEngine() {
        List<String> frames = List.of(
                "I am not using %s, just a plain python script, and qwen3 14b runs out of memory on my 3090",
                "没有使用%s，直接用python脚本跑qwen3 14b，3090显存不够");
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            if (f.kind() != EngineFingerprints.Kind.NAME) continue;
            Pattern p = Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])");
            for (String ex : f.examples()) {
                java.util.regex.Matcher m = p.matcher(ex.toLowerCase(Locale.ROOT));
                // only a plain name, the whole example (a code line or log names more than the one word negated)
                if (!m.find() || m.start() != 0 || m.end() != ex.length()) continue;
                for (String frame : frames) {
                    String text = frame.formatted(ex);
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isNull()));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Every plain name of the table, as the engine run beside another named only as the yardstick, and as the yardstick beside
     * the engine run, in English and Chinese.
     */
    @TestFactory
    Stream<DynamicTest> everyNameRunOrComparedAgainstAnother() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
            if (f.kind() != EngineFingerprints.Kind.NAME) continue;
            Pattern p = Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])");
            Engine other = f.engine() == Engine.VLLM ? Engine.SGLANG : Engine.VLLM;
            String otherName = names().get(other);
            for (String ex : f.examples()) {
                java.util.regex.Matcher m = p.matcher(ex.toLowerCase(Locale.ROOT));
                if (!m.find() || m.start() != 0 || m.end() != ex.length()) continue;
                List<String[]> cases = List.of(
                        new String[] {"%s needs far more memory for qwen3 14b than %s on my 3090. Why?".formatted(ex, otherName), f.engine().name()},
                        new String[] {"我用%s跑qwen3 14b，显存占用比%s大很多，为什么？".formatted(ex, otherName), f.engine().name()},
                        new String[] {"I run qwen3 14b with %s on my 3090; would it be faster than %s?".formatted(otherName, ex), other.name()},
                        new String[] {"我从%s换成了%s，qwen3 14b在3090上显存不够了".formatted(ex, otherName), other.name()});
                for (String[] c : cases) {
                    tests.add(DynamicTest.dynamicTest(c[0], () -> assertThat(Parsers.PARSER.parse(c[0]).engine()).as(c[0])
                            .isEqualTo(Engine.valueOf(c[1]))));
                }
            }
        }
        return tests.stream();
    }

    /**
     * A chat client that only talks to a model server (Open WebUI, SillyTavern, Chatbox, Cherry Studio, Dify …) matches no
     * fingerprint; named alone it is the app the model is run through (other, by the README's rule B, which names Dify), and
     * named with an engine it leaves that engine the one run, before or after it.
     */
    @TestFactory
    Stream<DynamicTest> aChatClientAloneIsTheAppAndLeavesTheEngineNamed() {
        List<String> alone = List.of(
                "I use %s with qwen3 14b on my 3090 and the answers are very slow, why?",
                "Can my 4060 8GB run llama 3 8b? I want to chat with it in %s.",
                "我用%s接入qwen3 32b，两张4090，回复很慢，怎么办？");
        List<String> with = List.of(
                "I use %1$s as the front end and %2$s serves qwen3 14b on my 3090; it runs out of memory",
                "%2$s serves qwen3 14b on my 3090 and I chat with it in %1$s, but it is slow",
                "我用%1$s连接%2$s跑qwen3 32b，两张4090，显存不够");
        List<DynamicTest> tests = new ArrayList<>();
        for (String client : EngineFingerprints.clientSpellings()) {
            String low = client.toLowerCase(Locale.ROOT);
            for (EngineFingerprints.Fingerprint f : EngineFingerprints.ALL) {
                assertThat(Pattern.compile("(?<![a-z0-9_])(?:" + f.pattern() + ")(?![a-z0-9_])").matcher(low).find())
                        .as(client + " matches " + f.engine() + " " + f.pattern()).isFalse();
            }
            for (String frame : alone) {
                String text = frame.formatted(client);
                tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(Engine.OTHER)));
            }
            names().forEach((e, name) -> {
                for (String frame : with) {
                    String text = frame.formatted(client, name);
                    tests.add(DynamicTest.dynamicTest(text, () -> assertThat(Parsers.PARSER.parse(text).engine()).as(text).isEqualTo(e)));
                }
            });
        }
        return tests.stream();
    }

    /** Names that are also common words or other things name no engine alone: the month, Triton kernels, a candle, RWKV models. */
    @TestFactory
    Stream<DynamicTest> commonWordsNameNoEngine() {
        List<String> texts = List.of(
                "since the update in Jan 2024 qwen3 8b is slow on my 3060",
                "I bought a 3090 in Jan, can it run qwen3 32b?",
                "flash attention's triton kernels fail on my V100 with qwen3 14b",
                "triton 2.1.0 and torch 2.1 on a 4090: can it run llama 3 8b?",
                "is the candle worth it, or should I buy a 4090 for llama 3 70b?",
                "Can a 3060 12GB run RWKV-4-World-7B? 我的3060能跑RWKV 7B吗？",
                "I am using the autogptq 0.7.1 build, can my 4090 run qwen2 72b int4?",
                "My garden petals are fine but can my 3060 run llama 3 8b?",
                "Is the 4090 max power limit a problem for qwen3 32b? I serve it at max 350W",
                "a private GPT for my company: can two 3090s run llama 3 70b?",
                "I want a local GPT on my laptop with a 4060, which model fits?",
                "MII and MLLM benchmarks: can a 4090 run qwen2-vl 7b, a multimodal LLM?",
                "the swift compiler is slow on my M2 Max 32GB, can it also run qwen3 14b?",
                "llama-3-8b-instruct on a 3060 12GB, which quant should I use?",
                "bitnet b1.58 2B4T on a raspberry pi 5, is it fast enough?",
                "my 4070 is great at ray tracing, but can it serve qwen3 8b to a whole team?",
                "Megatron-Turing NLG 530B: how many A100s would it need?");
        return texts.stream().map(t -> DynamicTest.dynamicTest(t, () -> assertThat(Parsers.PARSER.parse(t).engine()).as(t).isNull()));
    }

    /**
     * Given the near misses of two program fingerprints (vLLM's --chat-template beside LLaMA-Factory's --template, LangChain
     * with a ChatGLM model beside Langchain-ChatGLM), then each names what it is; and ms-swift named in prose by its verb.
     */
    @Test
    void nearMissesOfProgramFingerprintsKeepTheirOwnReading() {
        assertThat(Parsers.PARSER.parse("vllm serve Qwen/Qwen2.5-7B-Instruct --chat-template ./qwen.jinja runs out of memory on my 4090")
                .engine()).isEqualTo(Engine.VLLM);
        assertThat(Parsers.PARSER.parse("我用langchain chatglm-6b做知识库问答，显卡是3060 12G，够吗？").engine()).isNull();
        assertThat(Parsers.PARSER.parse("用swift部署qwen2-vl-7b，4090显存不够").engine()).isEqualTo(Engine.OTHER);
    }
}
