package dev.llmadvisor.chat;

import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Sizing answers on small boards, laptops as the person reads them: the machine's own memory speed. */
class BoardAndNodeAnswersTest {

    static RuleAdvisor advisor;

    @BeforeAll
    static void assemble() throws Exception {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        QuestionParser parser = new QuestionParser(Vocabulary.load(Path.of("src/test/resources/parse/vocabulary.yaml")));
        advisor = new RuleAdvisor(parser::parse, new FactBuilder(k), RulesEngine.of(RuleSet.compile(Path.of("rules"))));
    }

    @Test
    void aRaspberryPiIsSizedAtItsBoardsMemorySpeedNotADesktops() {
        // given a Pi 5 (32-bit LPDDR4X-4267, 17.1 GB/s) and a 4B model at Q4_K_M (about 3 GB read per token)
        Answer pi = advisor.answer("pi5", "can a Raspberry Pi 5 8GB run Gemma 3 4B?");
        // then it runs on the CPU at a few tokens per second, not the 7-30 a desktop's 60 GB/s gives
        assertThat(pi.understood().cpuOnly()).isTrue();
        assertThat(pi.shown()).isNotEmpty();
        assertThat(pi.shown().get(0).candidate().tpsHigh()).isLessThan(12);
        // and no note asks for the CPU or the RAM's channels: the board says them
        assertThat(String.join("\n", pi.reply().notes()) + String.join("\n", pi.reply().reasons())).doesNotContain("60 GB/s");
    }

    @Test
    void aPiFourIsSlowerThanAPiFive() {
        Answer four = advisor.answer("pi4", "树莓派4B 8G内存能跑 qwen2.5 1.5b 吗");
        Answer five = advisor.answer("pi5b", "树莓派5 8G内存能跑 qwen2.5 1.5b 吗");
        assertThat(four.shown().get(0).candidate().tpsHigh()).isLessThan(five.shown().get(0).candidate().tpsHigh());
    }

    @Test
    void aLaptopsStatedLpddrSetsItsCpuSpeed() {
        // given an Intel MacBook Pro's spec list with its 16 GB 2133 MHz LPDDR3 (34 GB/s), then Qwen3 8B at Q4_K_M (about
        // 5 GB read per token) is quoted below 10 tok/s, not at a desktop's 60 GB/s (4-17)
        Answer mac = advisor.answer("mac", "我的配置 MacBook Pro 2.8 GHz 四核Intel Core i7 Intel Iris Plus Graphics 655 1536 MB 16 GB 2133 MHz LPDDR3，能跑 qwen3 8b 吗");
        assertThat(mac.understood().cpuOnly()).isTrue();
        assertThat(mac.shown()).isNotEmpty();
        assertThat(mac.shown().get(0).candidate().tpsHigh()).isLessThan(10);
    }
}
