package dev.llmadvisor.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Given a prompt-processing speed beside the generation speed ("PP 560 tok/s / TG 8 tok/s", Ollama's "prompt eval rate"
 * before its "eval rate"), then the speed seen is the generation's; given a speed only aimed at ("any ideas to reach >1
 * token/s") beside one seen ("now I am at 30s per token"), then the one seen.
 */
class PrefillAndTargetSpeedFormsTest {

    private static final List<String> SUBJECTS = List.of("gpt-oss-120b on my Ryzen AI Max+ 395 with vllm", "qwen3 30b-a3b on my 3090", "llama 3.1 8b on CPU only");

    private static Double seen(String q) {
        return PARSER.parseOrThrow(q).report().tokensPerSecond();
    }

    @Test
    void theGenerationSpeedIsReadNotThePrefill() {
        for (String m : SUBJECTS) {
            for (String f : List.of("{m}\nPP 560 tok/s\nTG 8 tok/s\nThis is disappointingly slow!",
                    "{m}: prompt eval rate: 560 tokens/s\neval rate: 8 tokens/s, is this normal?",
                    "{m}\nprefill 560 t/s\ndecode 8 t/s", "{m}\npp512 560 t/s, tg128 8 t/s, why so slow?",
                    "{m} 预填充 560 tokens/s，生成 8 tokens/s，正常吗")) {
                String q = f.replace("{m}", m);
                assertThat(seen(q)).as(q).isEqualTo(8.0);
            }
        }
    }

    @Test
    void aPrefillSpeedAloneIsNoGenerationSpeed() {
        assertThat(seen("qwen3 30b-a3b on my 3090: PP 560 tok/s, is that good?")).isNull();
        // a speed with no label, or a generation label after a prefill one on the line, is read as before
        assertThat(seen("qwen3 30b-a3b on my 3090 runs at 40 tok/s")).isEqualTo(40.0);
    }

    @Test
    void aSpeedToReachGivesWayToTheSpeedSeen() {
        for (String m : SUBJECTS) {
            String q = "Any ideas to reach >1 token/s with " + m + "? now I am at roughly 30s per token";
            assertThat(seen(q)).as(q).isCloseTo(1 / 30.0, within(0.001));
        }
        // reached, it is the speed seen
        assertThat(seen("with llama 3.1 8b on my 3060 I managed to reach 25 tok/s")).isEqualTo(25.0);
    }
}
