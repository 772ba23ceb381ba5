package dev.llmadvisor.llm;

import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Validation of each field of an extraction, without a server. */
class ExtractionMapperTest {

    static ExtractionMapper mapper;
    static QuestionParser det;

    @BeforeAll
    static void load() throws Exception {
        mapper = new ExtractionMapper(Knowledge.load(Path.of("knowledge")));
        try (InputStream in = ExtractionMapperTest.class.getResourceAsStream("/parse/vocabulary.yaml")) {
            det = new QuestionParser(Vocabulary.load(in));
        }
    }

    static Extraction e(String intent, List<Extraction.GpuExtraction> gpus, Double vram, Double ram, List<String> models,
                        String quant, Integer ctx) {
        return new Extraction(null, intent, gpus, vram, ram, null, models, quant, ctx, null, null, null, null);
    }

    static ExtractionMapper.Result merge(Extraction x, String msg) {
        return mapper.merge(x, det.parse(msg), msg);
    }

    @Test
    void numbersOutOfRangeOrNotInTheMessageAreRejected() {
        String msg = "my card has 12gb, 32gb ram, what fits at 1M context?";
        ExtractionMapper.Result r = merge(e(null, null, 4096.0, 70000.0, null, null, 20_000_000), msg);
        assertThat(r.rejected()).contains("vramGb", "ramGb", "contextTokens");
        assertThat(r.question().vramGb()).isEqualTo(det.parse(msg).vramGb());
        assertThat(merge(e(null, null, -1.0, 0.0, null, null, 0), msg).rejected()).contains("vramGb", "ramGb", "contextTokens");
        ExtractionMapper.Result ok = merge(e(null, null, 12.0, 32.0, null, null, 1_048_576), msg);
        assertThat(ok.rejected()).isEmpty();
        assertThat(ok.question().context()).isEqualTo(1_048_576);
    }

    @Test
    void terabytesOfRamAndThousandsInContextAreUnderstood() {
        String msg = "1TB RAM server, 128k context, what runs?";
        ExtractionMapper.Result r = merge(e(null, null, null, 1024.0, null, null, 128_000), msg);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.question().ramGb()).isEqualTo(1024.0);
        assertThat(r.question().context()).isEqualTo(131_072);
    }

    @Test
    void namesMustResolveAndBeWrittenInTheMessage() {
        String msg = "can my 4090 run qwen3 14b?";
        assertThat(merge(e("CAN_RUN", List.of(new Extraction.GpuExtraction("RTX 4090", 1, null)), null, null,
                List.of("Qwen3-14B"), null, null), msg).rejected()).isEmpty();
        // a card the message never names, a card that does not exist, a model that does not exist
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("H100", 1, null)), null, null, null, null, null), msg)
                .rejected()).containsExactly("gpus");
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("Quantum 9000", 1, null)), null, null, null, null, null), msg)
                .question().gpus()).containsExactly(new GpuMention("4090", 1, null));
        ExtractionMapper.Result m = merge(e(null, null, null, null, List.of("qwen3 14b", "gpt-9 ultra"), null, null), msg);
        assertThat(m.rejected()).containsExactly("models");
        assertThat(m.question().models()).isEqualTo(det.parse(msg).models());
    }

    @Test
    void countsNeedTheirWordOrFigure() {
        String two = "two 3090s, what can they run?";
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("3090", 2, null)), null, null, null, null, null), two)
                .question().gpus()).containsExactly(new GpuMention("3090", 2, null));
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("3090", 8, null)), null, null, null, null, null), two)
                .rejected()).containsExactly("gpus");
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("3090", 17, null)), null, null, null, null, null), "17 3090s")
                .rejected()).containsExactly("gpus");
        assertThat(merge(e(null, List.of(new Extraction.GpuExtraction("3090", 2, null)), null, null, null, null, null), "两张3090能跑什么")
                .rejected()).isEmpty();
    }

    @Test
    void enumsAreStrictAndUnknownIntentKeepsTheDeterministicOne() {
        String msg = "what can my 4090 run?";
        ExtractionMapper.Result r = mapper.merge(new Extraction("FR", "YES", null, null, null, null, null, "ultra", null,
                "q9_9", "IT FITS", List.of("hacking"), "ALWAYS"), det.parse(msg), msg);
        assertThat(r.rejected()).containsExactlyInAnyOrder("language", "intent", "quant", "kvCacheType", "useCase", "topics", "preference");
        assertThat(r.question()).isEqualTo(det.parse(msg));
        assertThat(merge(e("UNKNOWN", null, null, null, null, null, null), msg).question().intent()).isEqualTo(Intent.WHAT_CAN_RUN);
    }

    @Test
    void cpuOnlyCannotContradictACard() {
        String msg = "my 4090, what runs?";
        Extraction x = new Extraction(null, null, null, null, null, true, null, null, null, null, null, null, null);
        ExtractionMapper.Result r = mapper.merge(x, det.parse(msg), msg);
        assertThat(r.rejected()).containsExactly("cpuOnly");
        assertThat(r.question().cpuOnly()).isFalse();
    }

    @Test
    void looseMentionSurvivesOnlyWhenTheDeterministicParserSawIt() {
        String msg = "what's the best qwen for my 4090?";
        Question d = det.parse(msg);
        ExtractionMapper.Result r = mapper.merge(e(null, null, null, null, List.of("qwen"), null, null), d, msg);
        assertThat(d.models()).contains("qwen");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.question().models()).containsExactly("qwen");
    }

    @Test
    void emptyExtractionIsTheDeterministicParse() {
        String msg = "can two 3090s run llama 3.1 70b at 32k?";
        Extraction empty = new Extraction(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(mapper.merge(empty, det.parse(msg), msg).question()).isEqualTo(det.parse(msg));
    }
}
