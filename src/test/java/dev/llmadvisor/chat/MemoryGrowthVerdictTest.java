package dev.llmadvisor.chat;

import dev.llmadvisor.parse.MemoryGrowthForms;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given GPU memory the person tells as growing with use, turn after turn, until it runs short, and an answer that states no
 * verdict, then the verdict is that the model fits as they run it, said in one line in their language: it loaded on the
 * GPU and answered first; and with no cause named, the cause is the context kept from turn to turn (context_too_large). Generated English and Chinese forms over setups; memory growth that is system RAM's, asked
 * about, or a plain out-of-memory with nothing growing states no such fit.
 */
class MemoryGrowthVerdictTest {

    private static final List<String> SETUPS = List.of("the chat model", "my local LLM", "the web demo", "our API server");
    private static final List<String> SETUPS_ZH = List.of("模型", "本地部署的大模型", "web demo", "接口服务");

    private static final List<String> EN = List.of(
            "When I chat with %s, VRAM usage keeps growing until CUDA runs out of memory. What is the reason?",
            "With %s the GPU memory increases after each request and never comes back down; eventually it OOMs. Why?",
            "Serving %s, GPU memory grows with every message: 13GB at first, then out of memory after an hour. Any idea?",
            "With %s, the longer the conversation goes, the more VRAM it takes, until it runs out of memory. Why?",
            "%s loads fine at 10GB, but the GPU memory spikes during generation until CUDA runs out of memory. Why?");

    private static final List<String> ZH = List.of(
            "使用%s进行推理时，显存刚开始为13GB，随着不断交互，显存逐步增加直至OOM，请问是啥原因",
            "%s启动后，随着调用次数增加，显存增加，且无法释放，请问是什么原因？",
            "%s推理时显存占用越来越大，最后爆显存，怎么解决？",
            "%s试了可以运行，但是每运行一次输出，显存就增高一些，输出三次左右显存就爆了，是什么原因",
            "%s对话轮数越长显存需求越大，最后就OOM了，怎么办",
            "%s部署后显存占用大概10G，推理时显存会暴涨，最后显存拉满了，求解决方案");

    @Test
    void memoryToldAsGrowingWithUseFits() {
        int n = check(SETUPS, EN, "You say GPU memory grows with use") + check(SETUPS_ZH, ZH, "你说显存是随着使用逐步增加的");
        assertThat(n).isEqualTo(44);
    }

    private static int check(List<String> setups, List<String> forms, String note) {
        int n = 0;
        for (String s : setups)
            for (String form : forms) {
                String q = String.format(form, s);
                assertThat(MemoryGrowthForms.told(q)).as(q).isTrue();
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                // the line is the diagnosis' headline, or a note under a request for the hardware
                assertThat(a.reply().toText(false)).as(q).contains(note);
                // what grows turn after turn is the context kept in the KV cache: the cause named
                assertThat(a.cause()).as(q).isEqualTo("context_too_large");
                n++;
            }
        return n;
    }

    @Test
    void systemRamGrowingAPlainOutOfMemoryOrNoGrowthIsNotThisFit() {
        for (String q : List.of("RAM usage keeps growing while the model answers on the CPU",
                "内存占用越来越大，最后程序被杀掉",
                "CUDA out of memory when loading the model",
                "加载模型时直接爆显存",
                "how much VRAM does it use?",
                "显存占用13GB，正常吗",
                "每张卡显存都占满了",
                "每次推理显存占用都在20G左右",
                "上下文越长显存需求越大吗？",
                "the longer the context, the more VRAM it needs",
                "推理时显存会增加吗？",
                "推理时显存占用20G，正常吗",
                "VRAM during generation is 20GB, is that normal?"))
            assertThat(MemoryGrowthForms.told(q)).as(q).isFalse();
        Answer plain = askAsShipped("CUDA out of memory when loading the model, what is the reason?");
        assertThat(plain.reply().toText(false)).doesNotContain("You say GPU memory grows with use");
        assertThat(plain.cause()).isNotEqualTo("context_too_large");
    }
}
