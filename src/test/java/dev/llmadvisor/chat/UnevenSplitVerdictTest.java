package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.llmadvisor.testing.RealAdvisors.askAsShipped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given several cards and nothing sized (no model named), when the person sees the model on one or some of the cards
 * while the others stay idle, then it fits as loaded (its weights are in GPU memory) and the answer says the spread is a
 * setting; an out-of-memory beside the uneven split does not make it a no. A load that fails, or one card, states
 * nothing of the kind. A pasted PyTorch out-of-memory beside a card said to be left out is the split's too (the card given
 * the work ran out), not a 16-bit load's. Generated English and Chinese phrasings over machines.
 */
class UnevenSplitVerdictTest {

    private static final List<String> MACHINES_EN = List.of("two RTX 3090s", "4x RTX 4090", "8 A100 80GB cards", "3 Tesla P40s");
    private static final List<String> MACHINES_ZH = List.of("两张3090", "4张4090", "8卡A800", "双卡A6000");

    @Test
    void oneCardOfSeveralUsedFitsAsLoadedAndTheAnswerSaysTheSpreadIsASetting() {
        for (String m : MACHINES_EN)
            for (String form : List.of("I have %s, but only one GPU is used when the model runs.",
                    "With %s the model always loads onto GPU 0 and the other GPUs stay idle, why?",
                    "On %s the other cards sit idle while the first card is full, then I get CUDA out of memory on longer prompts.")) {
                String q = String.format(form, m);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
                // a form another reading already answers with a fit keeps that answer's own lines
                if (form.contains("only one GPU is used")) assertThat(String.join(" ", a.reply().notes())).as(q).contains("is a setting");
            }
        for (String m : MACHINES_ZH)
            for (String form : List.of("%s部署，只有一张卡被占用，其他的卡空闲", "%s运行时始终用0号显卡，另一张卡没有被调用，稍长一点的上下文就报显存不足")) {
                String q = String.format(form, m);
                Answer a = askAsShipped(q);
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            }
    }

    @Test
    void givenTheEngineNamedThenTheSettingThatSpreadsTheModelIsThatEngines() {
        // another engine's flag would not work for them: vLLM's --tensor-parallel-size means nothing to Ollama
        String vllm = String.join(" ", askAsShipped("I have two RTX 3090s running vllm, but only one GPU is used when the model runs.").reply().notes());
        assertThat(vllm).contains("--tensor-parallel-size").doesNotContain("OLLAMA_SCHED_SPREAD").doesNotContain("-ts,");
        String ollama = askAsShipped("I have 4x RTX 4090 with ollama, but only one GPU is used when the model runs.").reply().toText(false);
        assertThat(ollama).contains("OLLAMA_SCHED_SPREAD=1").doesNotContain("--tensor-parallel-size").doesNotContain("--tensor-split");
        // none named: every engine's setting, since any may be the one they run
        String none = String.join(" ", askAsShipped("I have two RTX 3090s, but only one GPU is used when the model runs.").reply().notes());
        assertThat(none).contains("--tensor-parallel-size").contains("OLLAMA_SCHED_SPREAD");
    }

    /** PyTorch's out-of-memory as pasted, on the card that got the work: a 16-bit load's message, naming no model. */
    private static final List<String> TORCH_OOMS = List.of(
            "OutOfMemoryError: CUDA out of memory. Tried to allocate 32.00 MiB (GPU 1; 6.00 GiB total capacity; 5.35 GiB already allocated; 0 bytes free; 5.35 GiB reserved in total by PyTorch)",
            "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 128.00 MiB (GPU 0; 23.69 GiB total capacity; 22.90 GiB already allocated; 45.06 MiB free; 23.10 GiB reserved in total by PyTorch)");

    @Test
    void givenAPastedOutOfMemoryOnOneCardWhileAnotherIsIdleThenTheSplitIsTheCauseAndItFits() {
        List<String> forms = List.of(
                "I have an RTX 3060 6GB and an RTX 3090 24GB. The web UI runs out of memory and the other GPU is idle.\n%s",
                "Running webui.py on two RTX 4090s: everything goes onto GPU 0 and I get this:\n%s",
                "运行webui.py后显存不足，我电脑上有两张显卡，3060 6G和3090 24G，另一张是3090，没有被调用。\n%s",
                "双卡4090部署，始终用0号显卡，报错：\n%s");
        for (String form : forms)
            for (String log : TORCH_OOMS) {
                String q = String.format(form, log);
                Answer a = askAsShipped(q);
                assertThat(a.cause()).as(q).isEqualTo("multi_gpu_split");
                assertThat(a.verdict()).as(q).isEqualTo(Verdict.FITS);
            }
    }

    @Test
    void givenTheSameOutOfMemoryWithOneCardOrNoCardLeftOutThenItIsNotTheSplit() {
        for (String form : List.of("My RTX 3090 24GB runs out of memory when I start the web UI:\n%s",
                "我有两张3090，启动webui.py就显存不足：\n%s", "一张4090，运行cli_demo.py报错：\n%s"))
            for (String log : TORCH_OOMS) {
                String q = String.format(form, log);
                assertThat(askAsShipped(q).cause()).as(q).isNotEqualTo("multi_gpu_split");
            }
        // a named model the two cards together cannot hold in any format ran out for its size, whatever the split
        String tooLarge = "I have two RTX 3060 12GB, the other GPU is idle, and DeepSeek-R1 671B runs out of memory:\n" + TORCH_OOMS.get(0);
        assertThat(askAsShipped(tooLarge).cause()).as(tooLarge).isNotEqualTo("multi_gpu_split");
    }

    @Test
    void aFailedLoadOrOneCardStatesNoFit() {
        for (String q : List.of("I have two RTX 3090s, only one GPU is used and it can't load the model at all",
                "两张3090，只有一张卡被占用，然后就跑不起来了", "My RTX 3090 only uses half of its memory, why?"))
            assertThat(askAsShipped(q).verdict()).as(q).isNotEqualTo(Verdict.FITS);
    }
}
