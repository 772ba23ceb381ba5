package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.CommandWriter;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ExLlama question is answered in ExLlama's formats: sized at the bit rate named (or at each published rate when none
 * is), with TabbyAPI's settings, never a GGUF quant with a llama-server command.
 */
class ExllamaAnswerTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static Reply reply(String question) {
        return ADVISOR.answer("exllama " + question, question).reply();
    }

    static List<String> commands(Reply r) {
        return r.options().stream().flatMap(o -> o.commands().stream()).map(CommandWriter.Command::command).toList();
    }

    @Test
    void givenSeveralLowRatesThatFit_thenNoneIsSaidToBeTheOnlyOne() {
        // given a 34B on a 16 GB card, where 3.0 and 2.5 bpw both fit: then the quality warning names no rate as the only fit
        Reply r = reply("I have a 4080. I find 13B models run with a lot of headroom so I'd love to try squeezing in a 34B model,"
                + " how would I do this. Would it HAVE to be an Exl2 model?");
        assertThat(r.options()).hasSizeGreaterThan(1);
        assertThat(r.notes()).noneMatch(n -> n.startsWith("only ")).anyMatch(n -> n.contains("at 4 bits or more fits on the GPU"));
    }

    @Test
    void aRateNamedIsSizedAtThatRateWithTabbySettings() {
        Reply r = reply("Can my 4090 run Qwen2.5 32B exl2 at 4.65bpw?");
        assertThat(r.headline()).contains("EXL2 4.65 bpw");
        assertThat(r.options().get(0).title()).contains("EXL2 4.65 bpw");
        assertThat(r.options()).allMatch(o -> o.title().contains("EXL2") && o.title().contains("bpw"));
        assertThat(r.options().get(0).commands()).isNotEmpty();
        assertThat(commands(r)).allMatch(c -> c.contains("backend: exllamav2") && c.contains("max_seq_len: 8192"))
                .noneMatch(c -> c.contains("llama-server") || c.contains(".gguf"));
    }

    @Test
    void exllamaWithNoRateOffersThePublishedRatesNotGgufQuants() {
        for (String q : List.of("Qwen2.5 32B on my 4090 with TabbyAPI", "我的4090用exllamav2跑Qwen2.5 32B可以吗")) {
            Reply r = reply(q);
            assertThat(r.options()).as(q).isNotEmpty().allMatch(o -> o.title().contains("EXL2") && o.title().contains("bpw"));
            assertThat(commands(r)).as(q).noneMatch(c -> c.contains("llama-server"));
        }
    }

    @Test
    void exl3IsServedByExllamaV3AtTheRateAsked() {
        Reply r = reply("Qwen2.5 32B exl3 3.0bpw on my 4090?");
        assertThat(r.headline()).contains("EXL3 3.0 bpw");
        assertThat(r.options()).noneMatch(o -> o.title().contains("EXL2"));
        assertThat(commands(r)).isNotEmpty().allMatch(c -> c.contains("backend: exllamav3"));
    }

    @Test
    void aRateThatDoesNotFitSaysSoAtThatRate() {
        Reply r = reply("Can my 3090 run Llama 3.1 70B exl2 at 4.0bpw?");
        assertThat(r.headline()).startsWith("No").contains("EXL2 4.0 bpw");
    }

    @Test
    void aCacheModeNamedIsTheCachesTypeNotTheWeights() {
        Answer a = ADVISOR.answer("exllama q4 cache", "Qwen2.5 32B exl3 4.0bpw on my 3090 at 8192 context with q4 cache?");
        assertThat(a.reply().headline()).contains("EXL3 4.0 bpw");
        assertThat(commands(a.reply())).isNotEmpty().allMatch(c -> c.contains("cache_mode: Q4"));
        assertThat(a.understood().line(Lang.EN)).endsWith("q4_0 KV cache");
    }

    @Test
    void thePublishedSixteenBitCheckpointGetsTabbySettingsToo() {
        Reply r = reply("Can my 4090 run Llama 2 7B in 16-bit with ExLlamaV2?");
        assertThat(r.options().get(0).title()).contains("F16");
        assertThat(r.options().get(0).commands()).isNotEmpty().map(CommandWriter.Command::command)
                .allMatch(c -> c.contains("backend: exllamav2") && c.contains("model_name: Llama-2-7b"))
                .noneMatch(c -> c.contains("llama-server") || c.contains(".gguf") || c.contains("exl2"));
    }
}
