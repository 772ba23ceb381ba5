package dev.llmadvisor.facts;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare size beside the first LLaMA named alone, in another sentence ("I can run LLaMA … I want to run 13B model", "the
 * original llama … the 7B", "原版llama … 65B") is its release of the size, as "llama 13b" written together is, said so; not a
 * generic stand-in of the current era. Without a name of that generation (an engine's "llama.cpp", Ollama, a lower-case
 * "llama" alone) the size stays a stand-in, and a size after a model named with its version keeps that version
 * ("Llama 2 70B … the 13B").
 */
class FirstLlamaBesideSizeTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    private static List<Understood.Model> read(String text) {
        return FACTS.understand(PARSER.parse(text)).understood().models();
    }

    private static void readsAs(String text, String id) {
        List<Understood.Model> got = read(text);
        assertThat(got).as(text).hasSize(1);
        assertThat(got.get(0).id()).as(text).isEqualTo(id);
        assertThat(got.get(0).generic()).as(text).isFalse();
    }

    @Test
    void aSizeBesideAnEraLineNamedAloneIsThatLinesRelease() {
        readsAs("I can run LLaMA, thanks to a gist. I want to run 13B model on my 3060.", "llama1-13b");
        readsAs("7B fits natively on a single 3090 24G gpu in original llama implementation. This will run the 7B model and require ~26 GB.", "llama1-7b");
        readsAs("原版llama部署，65B模型需要几张A100？", "llama1-65b");
        readsAs("我之前一直用LLaMA。4090能跑30B吗？", "llama1-33b");
    }

    @Test
    void theReadingIsSaid() {
        Understood.Model m = read("I can run LLaMA, thanks to a gist. I want to run 13B model on my 3060.").get(0);
        assertThat(m.note()).isNotNull();
        assertThat(m.note().en()).contains("LLaMA 13B").contains("line named beside it");
        assertThat(m.note().zh()).contains("LLaMA 13B");
    }

    @Test
    void noEraLineNamedLeavesTheSizeAStandIn() {
        for (String text : List.of("I use llama.cpp. Can my 3060 run a 13B model?", "I use Ollama. Can my 3060 run a 13B model?",
                "我用llama.cpp部署，3060能跑13B模型吗？",
                // "llama" alone in lower case may be any generation
                "I have been playing with llama. Can my 3060 run a 13B model?", "我在玩llama，3060能跑13B模型吗？")) {
            List<Understood.Model> got = read(text);
            assertThat(got).as(text).hasSize(1);
            assertThat(got.get(0).generic()).as(text).isTrue();
        }
    }

    @Test
    void aSizeAfterAVersionedModelKeepsThatVersion() {
        List<Understood.Model> got = read("Llama 2 70B runs on two 3090s. I also like llama. Can one 3090 run the 13B?");
        assertThat(got).extracting(Understood.Model::id).contains("llama2-13b-chat").doesNotContain("llama1-13b");
    }
}
