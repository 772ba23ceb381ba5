package dev.llmadvisor.discord;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;
import dev.llmadvisor.parse.Vocabulary;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.rules.RuleSet;
import dev.llmadvisor.rules.RulesEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile messages through the real advisor (parser, knowledge, sizing, rules) and the Discord renderer:
 * each gets a reply, none raises, every rendering stays within Discord's limits and pings nobody. The
 * messages mix hostile fragments with real GPU and model names, so many reach the sizing core and the rules.
 */
class RealAdvisorFuzzTest {

    private static final String[] REAL = {
        "what can my 16GB card run", "can two 3090s run llama 3.1 70b", "16g显存能跑32b吗", "qwen3:14b", "RTX 4090",
        "M3 Max 64GB", "at 999999999k context", "Q2_K", "2x 5090", "-8GB VRAM", "deepseek r1 671b", "100000 x A100",
        "ctx 0", "上下文 -32k", "why not Q8?", "为什么", "gemma 3 27b 128k", "cpu only 0.0001GB RAM",
    };

    @Test
    void everyHostileMessageGetsASafeReply() throws Exception {
        Knowledge k = Knowledge.load(Path.of("knowledge"));
        QuestionParser parser = new QuestionParser(Vocabulary.load(Path.of("src/test/resources/parse/vocabulary.yaml")));
        RuleAdvisor advisor = new RuleAdvisor(parser::parse, new FactBuilder(k), RulesEngine.of(RuleSet.compile(Path.of("rules"))));
        Responder responder = new Responder(advisor, new RateLimiter(1_000_000, 1, System::nanoTime), Lang.EN, new Secrets("tok"));
        Random rnd = new Random(42);
        for (int i = 0; i < 600; i++) {
            String msg = REAL[rnd.nextInt(REAL.length)] + " " + RenderFuzzTest.randomText(rnd, i % 50 == 0 ? 10_000 : 120)
                    + " " + REAL[rnd.nextInt(REAL.length)];
            Reply r = responder.ask("user" + (i % 7), "chan", msg);
            assertThat(r).isNotNull();
            assertThat(r.kind()).as("no internal error for: %s", msg).isNotEqualTo(Reply.Kind.ERROR);
            RenderFuzzTest.assertSafeEmbed(Render.embed(r, i % 2 == 0));
            String text = Render.text(r, i % 3 == 0);
            assertThat(text.length()).isLessThanOrEqualTo(Render.MESSAGE_MAX);
            RenderFuzzTest.assertNoPing(text);
        }
    }
}
