package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TGI's FlashAttention check names the card's compute capability as two numbers ("GPU with CUDA capability 7 5 is not
 * supported for Flash Attention V2"; its V1 kernels: "… is not supported"; pasted also as "GPU with CUDA is capability 7 0 is
 * not supported"): the card lacks the feature, whatever the launcher prefix or prose around it. Generated from cards below
 * Ampere, both wordings, in a log line, a traceback and a sentence; near misses (a card that is supported, PyTorch's
 * build-coverage warning, FlashAttention named without a refusal) are not read as this refusal.
 */
class FlashCapabilityRefusedFormsTest {

    private static final List<String> CAPABILITIES = List.of("7 5", "7 0", "6 1", "5 2");

    private static final List<String> REFUSALS = List.of(
            "GPU with CUDA capability {cc} is not supported for Flash Attention V2",
            "GPU with CUDA capability {cc} is not supported",
            "GPU with CUDA is capability {cc} is not supported");

    private static final List<String> FRAMES = List.of(
            "2024-02-19T04:30:48.436522Z  WARN text_generation_launcher: Unable to use Flash Attention V2: {r}",
            "Traceback (most recent call last):\n  File \"/opt/conda/lib/python3.10/site-packages/text_generation_server/utils/flash_attn.py\", line 32\nImportError: {r}",
            "When I docker run a container, its something wrong with ` {r}`, is my GPU too old?",
            "用 TGI 的 docker 启动时报错：{r}");

    private static String text(String frame, String refusal, String cc) {
        return frame.replace("{r}", refusal.replace("{cc}", cc));
    }

    @Test
    void theCardsCapabilityIsReadAndTheFeatureItLacksNamed() {
        for (String cc : CAPABILITIES)
            for (String r : REFUSALS)
                for (String f : FRAMES) {
                    String text = text(f, r, cc);
                    LogFacts facts = LogReader.read(text);
                    assertThat(facts.unsupported()).as(text).isEqualTo("flash-attn");
                    assertThat(facts.ccHave()).as(text).isEqualTo(Double.parseDouble(cc.replace(' ', '.')));
                    assertThat(facts.ccRequired()).as(text).isEqualTo(r.endsWith("V2") ? 8.0 : 7.5);
                }
    }

    @Test
    void theAnswerNamesTheCardTooOld() {
        for (String r : REFUSALS)
            for (String f : FRAMES) {
                String text = text(f, r, "7 0") + "\nMy GPU is a Tesla V100.";
                assertThat(RealAdvisors.diagnosedCause(text)).as(text).isEqualTo("unsupported_hardware");
            }
    }

    @Test
    void nearMissesAreNotThisRefusal() {
        for (String text : List.of(
                "INFO text_generation_launcher: GPU with CUDA capability 8 6 supports Flash Attention V2",
                "UserWarning: NVIDIA GeForce GTX 1080 with CUDA capability sm_61 is not compatible with the current PyTorch installation.",
                "Is Flash Attention V2 supported on my RTX 3090?",
                "the GPU with CUDA capability 8.0 runs it fine")) {
            assertThat(LogReader.read(text).unsupported()).as(text).isNotEqualTo("flash-attn");
        }
        // PyTorch's warning stays what it was: a build without kernels for the card
        assertThat(LogReader.read("UserWarning: NVIDIA GeForce GTX 1080 with CUDA capability sm_61 is not compatible with the current PyTorch installation.")
                .unsupported()).isEqualTo("kernels");
    }
}
