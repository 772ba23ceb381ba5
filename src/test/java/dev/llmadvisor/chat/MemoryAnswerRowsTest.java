package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A memory answer shows each distinct figure once (formats of the same size share a row), and when the model runs only
 * partly from system RAM the person did not state, its verdict names the format needing the least RAM and how much.
 */
class MemoryAnswerRowsTest {

    static final RuleAdvisor ADVISOR = RealAdvisors.asShippedOffline().advisor();

    static Reply reply(String question) {
        return ADVISOR.answer("memory " + question, question).reply();
    }

    @Test
    void formatsOfTheSameSizeShareOneRow() {
        for (String q : List.of("how much VRAM does Qwen2.5 32B need with vLLM?", "用vLLM跑Qwen2.5 14B需要多少显存？",
                "how much VRAM does Qwen2.5 32B need with vLLM on 2x 3090?", "how much memory does Llama 3.1 8B need on SGLang?")) {
            Reply r = reply(q);
            List<String> details = r.options().stream().map(Reply.Option::detail).toList();
            assertThat(details).as(q).isNotEmpty().doesNotHaveDuplicates();
            List<String> titles = r.options().stream().map(Reply.Option::title).toList();
            assertThat(titles).as(q).anyMatch(t -> t.contains(" / "));
        }
        // the line of several models: one figure per size
        Reply several = reply("how much VRAM do Qwen2.5 32B and Qwen2.5 14B need with vLLM?");
        for (Reply.Option o : several.options()) {
            List<String> sizes = Pattern.compile("(\\d+\\.\\d) GB").matcher(o.detail()).results().map(m -> m.group(1)).toList();
            assertThat(sizes).as(o.title()).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    void formatsOfDifferentSizesKeepTheirOwnRows() {
        Reply r = reply("how much VRAM does Llama 3.1 8B need?");
        assertThat(r.options()).hasSizeGreaterThan(3).noneMatch(o -> o.title().contains(" / "));
    }

    private static final Pattern IN_RAM = Pattern.compile("([\\d.]+) GB (?:in RAM|RAM)\\b|内存 ([\\d.]+) GB");

    private static double leastRamShown(Reply r) {
        return r.options().stream().mapToDouble(o -> {
            Matcher m = IN_RAM.matcher(o.detail());
            return m.find() ? Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)) : Double.MAX_VALUE;
        }).min().orElseThrow();
    }

    @Test
    void ramUnstatedTheVerdictNamesTheFormatNeedingTheLeastRamAndSaysItWasNotStated() {
        for (String q : List.of("how much memory does llama 3.1 405b need on a 3090?", "how much memory does Llama 3.1 70B need on a 4060 8GB?",
                "我的3090跑 llama 3.1 405b 需要多少内存？")) {
            Reply r = reply(q);
            String verdict = r.notes().stream().filter(n -> n.startsWith("Verdict") || n.startsWith("结论")).findFirst().orElseThrow();
            assertThat(verdict).as(q).containsAnyOf("you did not say how much RAM", "你没说有多少内存");
            String least = String.format(java.util.Locale.ROOT, "%.1f GB", leastRamShown(r));
            assertThat(verdict).as(q).containsAnyOf(least + " in RAM", "内存 " + least);
        }
    }

    @Test
    void ramUnstatedOnlyTheFormatTheVerdictNamesGetsACommandLine() {
        for (String q : List.of("how much memory does llama 3.1 405b need on a 3090?", "how much memory does Llama 3.1 70B need on a 4060 8GB?")) {
            Reply r = reply(q);
            List<Reply.Option> commanded = r.options().stream().filter(o -> !o.commands().isEmpty()).toList();
            assertThat(commanded).as(q).hasSize(1);
            String verdict = r.notes().stream().filter(n -> n.startsWith("Verdict")).findFirst().orElseThrow();
            assertThat(verdict).as(q).contains(commanded.get(0).title() + " runs");
        }
        // stated RAM: each format that runs keeps its command
        Reply stated = reply("how much memory does Llama 3.1 70B need on a 4060 8GB with 128GB RAM?");
        assertThat(stated.options().stream().filter(o -> !o.commands().isEmpty()).count()).isGreaterThan(1);
    }

    @Test
    void ramStatedTheVerdictIsAboutTheLargestFormatThatRunsWithoutTheUnstatedWarning() {
        Reply r = reply("how much memory does Llama 3.1 70B need on a 4060 8GB with 128GB RAM?");
        String verdict = r.notes().stream().filter(n -> n.startsWith("Verdict")).findFirst().orElseThrow();
        assertThat(verdict).doesNotContain("did not say").doesNotContain("Q2_K");
    }

    @Test
    void givenAFirstRowThatDoesNotFit_thenTheAnswersCommandsAreThoseOfTheRowShowingThem() {
        for (String q : List.of("how much VRAM does Llama 3.1 70B need? I have a 3090 and 64GB RAM",
                "Qwen2.5 72B 需要多少显存？我有一张 4090，128G 内存")) {
            dev.llmadvisor.reply.Answer a = ADVISOR.answer("memory " + q, q);
            assertThat(a.shown().get(0).eligible()).as(q).isFalse();
            assertThat(a.commands()).as(q).isNotEmpty();
            Reply.Option withCommands = a.reply().options().stream().filter(o -> !o.commands().isEmpty()).findFirst().orElseThrow();
            assertThat(a.commands()).as(q).isEqualTo(withCommands.commands());
            assertThat(a.commands().get(0).command()).as(q).contains(withCommands.title().split(" ")[0]);
        }
    }
}
