package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a tqdm progress bar pasted with a question ("Loading checkpoint shards: 38%|███| 3/8 [00:02<00:03, 1.28it/s]"),
 * then its it/s is the loop's steps per second (shards loaded), not a generation speed: no speed is read from it and it
 * does not tell that the model runs. A generation speed told beside it is still read.
 */
class ProgressBarRateFormsTest {

    private static final List<String> BARS = List.of(
            "Loading checkpoint shards:  38%|██████▊           | 3/8 [00:02<00:03,  1.28it/s]Killed",
            "Loading checkpoint shards: 100%|███████████████| 10/10 [00:06<00:00,  1.53it/s]",
            "Loading checkpoint shards:   0%|          | 0/4 [00:00<?, ?it/s]\\nLoading checkpoint shards:  25%|██▌       | 1/4 [00:41<02:03, 41.2s/it]",
            "Fetching 12 files: 100%|██████████| 12/12 [01:12<00:00, 6.02it/s]");

    @Test
    void aProgressBarsRateIsNoSpeed() {
        for (String bar : BARS) {
            for (String q : List.of("python cli_demo.py with chatglm3-6b\n" + bar + "\nwhat is wrong?",
                    "运行 qwen-14b-chat 失败：\n" + bar + "\n请问是什么原因？")) {
                Report r = PARSER.parseOrThrow(q).report();
                assertThat(r.tokensPerSecond()).as(q).isNull();
            }
        }
    }

    @Test
    void aGenerationSpeedBesideAProgressBarIsStillRead() {
        String q = "qwen-14b-chat on my 3090\n" + BARS.get(1) + "\nthen it generates at 12.5 tokens/s, is that normal?";
        assertThat(PARSER.parseOrThrow(q).report().tokensPerSecond()).isEqualTo(12.5);
        assertThat(PARSER.parseOrThrow("chatglm3-6b runs at 20 it/s on my 4090").report().tokensPerSecond()).isEqualTo(20.0);
    }
}
