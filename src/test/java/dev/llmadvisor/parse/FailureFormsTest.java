package dev.llmadvisor.parse;

import dev.llmadvisor.facts.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.parse.Parsers.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two wordings of a setup that does not run, generated over subjects, verbs and objects: "can't get X to run" (it fails,
 * however) and a process that ends by itself ("the server just dies", "exits unexpectedly": a crash). A wish or a
 * question in the same words ("can you get it to run faster?") is neither.
 */
class FailureFormsTest {

    private static Report report(String text) {
        return PARSER.parseOrThrow(text).report();
    }

    @Test
    void cannotGetItToRunIsAFailure() {
        for (String neg : List.of("can't", "cant", "cannot", "couldn't", "could not", "unable to"))
            for (String what : List.of("it", "mistral 7b", "the 14b model", "llama 3.1 8b q4 with ollama"))
                for (String verb : List.of("run", "load", "start", "work")) {
                    String q = "I " + neg + " get " + what + " to " + verb + " on my RTX 3060";
                    assertThat(report(q).fails()).as(q).isTrue();
                }
    }

    @Test
    void aNegatedOrFailingVerbOfLoadingIsAFailure() {
        for (String neg : List.of("can't", "cannot", "can not", "couldn't", "could not", "won't", "wouldn't", "unable to", "fails to", "failed to"))
            for (String verb : List.of("run", "load", "start", "launch")) {
                String q = "since yesterday ollama " + neg + " " + verb + " qwen2.5 7b on my RTX 3060";
                assertThat(report(q).fails()).as(q).isTrue();
            }
    }

    @Test
    void anAttemptToldFailedInChineseIsAFailure() {
        for (String what : List.of("加载", "启动", "运行", "部署", "加载模型", "运行时"))
            for (String after : List.of("", "了", "，怎么办")) {
                String q = "我的 4060 8G 用 ollama 跑 qwen2.5 14b " + what + "失败" + after;
                assertThat(report(q).fails()).as(q).isTrue();
            }
        // asked, not told: "会不会加载失败?" fears it
        for (String q : List.of("4060 8G 跑 qwen2.5 14b 会加载失败吗", "4060 8G 跑 qwen2.5 14b 会不会启动失败？"))
            assertThat(report(q).fails()).as(q).isFalse();
    }

    @Test
    void aProcessThatEndsByItselfIsACrash() {
        for (String q : List.of("the server just dies when I load qwen2.5 7b", "ollama runner died after a few tokens",
                "llama-server exits unexpectedly on my 4090", "the process terminated unexpectedly while loading mistral 7b",
                "LM Studio quits unexpectedly with gemma 2 9b", "it simply dies after the first prompt"))
            assertThat(report(q).has(Report.Symptom.CRASH)).as(q).isTrue();
    }

    @Test
    void aWishOrAQuestionIsNotAFailure() {
        for (String q : List.of("can you get it to run faster on a 3060?", "how do I get mistral 7b to run on a 3060?",
                "I got it to run on my 3060", "the studies died down, can a 3060 run mistral 7b?"))
            assertThat(report(q).fails() || report(q).has(Report.Symptom.CRASH)).as(q).isFalse();
    }
}
