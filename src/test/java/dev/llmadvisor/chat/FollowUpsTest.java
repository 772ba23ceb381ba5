package dev.llmadvisor.chat;

import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups as people make them: "why?" readable, errors not remembered, forks, the context curve. */
class FollowUpsTest {

    @Test
    void whyIsReadableAndGroupedWithoutScoreTallies() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        advisor.answer("w", "can a 4090 run qwen3 32b?");
        for (Reply why : List.of(advisor.explain("w"), advisor.answer("w", "why?").reply(), advisor.why("w").reply())) {
            assertThat(why.kind()).isEqualTo(Reply.Kind.ANSWER);
            assertThat(why.headline()).startsWith("Why (Qwen3 32B");
            assertThat(why.options()).isNotEmpty();
            assertThat(why.options().get(0).title()).isEqualTo("The arithmetic");
            assertThat(why.options().get(0).detail()).contains("GB weights").contains("usable VRAM");
            String all = why.toText(false);
            assertThat(all).doesNotContainPattern("\\[[+-]\\d+\\]").contains("rule \"");
            assertThat(why.options()).extracting(Reply.Option::title).containsAnyOf("In favour", "Caution", "Ruled out");
        }
        Reply zh = RealAdvisors.fresh().answer("z", "4090能跑qwen3 32b吗").reply();
        assertThat(zh.lang()).isEqualTo(dev.llmadvisor.facts.Lang.ZH);
    }

    @Test
    void whyInChineseIsChinese() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        advisor.answer("z", "4090能跑qwen3 32b吗");
        Reply why = advisor.answer("z", "为什么").reply();
        assertThat(why.headline()).startsWith("为什么");
        assertThat(why.options().get(0).title()).isEqualTo("算式");
        assertThat(why.toText(false)).doesNotContain("rule \"").doesNotContainPattern("\\[[+-]\\d+\\]");
    }

    @Test
    void anUnknownGpuDoesNotStickToTheNextQuestion() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        Answer bad = advisor.answer("e", "can my RTX 9999 Ultra run qwen3 14b?");
        assertThat(bad.badInput()).isTrue();
        assertThat(bad.reply().headline()).startsWith("I don't know the GPU");
        Answer next = advisor.answer("e", "what can a 4090 run?");
        assertThat(next.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(next.ask().hardware()).contains("4090").doesNotContain("9999");
        // and the question before the error is still the context
        advisor.answer("e2", "can a 3060 12GB run qwen3 8b?");
        advisor.answer("e2", "can my RTX 9999 Ultra run it?");
        Answer follow = advisor.answer("e2", "and at 32k context?");
        assertThat(follow.ask().hardware()).contains("3060");
        assertThat(follow.shown().get(0).candidate().modelId()).isEqualTo("qwen3-8b");
    }

    @Test
    void aMessageWithNothingReadIsNoFollowUp() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        advisor.answer("g", "can a 3090 run llama 3 8b?");
        for (String unread : List.of("asdf qwer zxcv", "thanks", "???", "\u00e4\u00f6\u00fc \u00df\u00df", "ok cool")) {
            Answer a = advisor.answer("g", unread);
            assertThat(a.reply().kind()).as(unread).isEqualTo(Reply.Kind.HELP);
            assertThat(a.reply().headline()).as(unread).startsWith("I could not find a model, hardware or question");
            assertThat(a.shown()).as(unread).isEmpty();
        }
        assertThat(advisor.answer("g", "\u5443\u5443\u5443").reply().headline()).startsWith("\u8fd9\u6761\u6d88\u606f");
        // in a Chinese conversation an unread message is answered in Chinese, whatever script it is in
        RuleAdvisor zh = RealAdvisors.fresh();
        zh.answer("z", "4090能跑qwen3 32b吗");
        assertThat(zh.answer("z", "asdf").reply().headline()).startsWith("\u8fd9\u6761\u6d88\u606f");
        // near misses: a real follow-up still builds on the question before, and an unread message does not erase it
        Answer follow = advisor.answer("g", "and at 4k context?");
        assertThat(follow.reply().kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(follow.ask().hardware()).contains("3090");
        assertThat(follow.shown().get(0).candidate().context()).isEqualTo(4096);
        assertThat(advisor.answer("g", "what about Q8?").shown().get(0).candidate().modelId()).isEqualTo("llama3-8b-instruct");
        assertThat(advisor.answer("g", "help").reply().headline()).startsWith("I size local LLMs");
    }

    @Test
    void aForkContinuesAnotherConversation() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        advisor.answer("alice", "can a 4090 run qwen3 32b?");
        assertThat(advisor.fork("alice", "bob")).isTrue();
        Answer bob = advisor.answer("bob", "and at 32k context?");
        assertThat(bob.ask().hardware()).contains("4090");
        assertThat(bob.shown().get(0).candidate().modelId()).isEqualTo("qwen3-32b");
        assertThat(advisor.fork("nobody", "bob")).isFalse();
    }

    @Test
    void contextCurveOfTheFocusOption() {
        RuleAdvisor advisor = RealAdvisors.fresh();
        Answer a = advisor.answer("c", "can a 4090 run qwen3 14b Q4_K_M?");
        List<Candidate> curve = advisor.contextCurve("c", List.of(131072, 2048, 8192, 10_000_000));
        assertThat(curve).extracting(Candidate::context).containsExactly(2048, 8192, 131072);
        assertThat(curve).allSatisfy(c -> assertThat(c.key()).isEqualTo(a.shown().get(0).candidate().key()));
        assertThat(advisor.contextCurve("none", List.of(2048))).isEmpty();
    }
}
