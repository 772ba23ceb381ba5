package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A size with no model ("a 13b model", "30B") is sized as a generic stand-in, which is no file anyone can download:
 * its commands name a placeholder of that size, say so in their note, and stay pasteable (no parentheses or spaces
 * from the stand-in's display name, which a shell would reject).
 */
class StandInCommandsTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    @Test
    void aGenericStandInsCommandsNameAPlaceholderOfItsSize() {
        String[][] cases = {
                {"can my 3090 run a 13b model?", "13B"},
                {"RTX 3060 12GB or RTX 4060 Ti 16GB for running 13b models?", "13B"},
                {"一张3090能跑30b的模型吗", "30B"},
                {"can two 3090s run a 13b model with vllm?", "13B"},
                {"can a 4090 run a 7b model in sglang", "7B"},
        };
        int n = 0;
        for (String[] c : cases) {
            Answer a = assembly.advisor().answer("stand-in-commands-" + (n++), c[0]);
            assertThat(a.shown()).as(c[0]).isNotEmpty();
            assertThat(a.shown().get(0).candidate().generic()).as(c[0] + " is sized as a stand-in").isTrue();
            assertThat(a.commands()).as(c[0]).isNotEmpty();
            assertThat(a.commands()).as(c[0]).anySatisfy(cmd -> assertThat(cmd.command()).contains("your-" + c[1] + "-model"));
            assertThat(a.commands()).as(c[0]).allSatisfy(cmd -> {
                assertThat(cmd.command()).doesNotContain("(").doesNotContain("generic");
                if (cmd.command().contains("your-")) assertThat(cmd.note()).isEqualTo(CommandWriter.STAND_IN_NOTE);
            });
        }
    }

    @Test
    void aFormatLlamaCppDoesNotLoadIsNeverNamedAsAGgufFileOnAnEngineWithoutCommandsOfItsOwn() {
        String[] questions = {
                "can TheBloke/Llama-2-13B-chat-GPTQ run on my 3060 12gb with text-generation-webui?",
                "qwen2.5 14b awq in oobabooga on a 4090, will it fit?",
                "llama 3 8b gptq on my 3060 12gb with exllama?",
                "我用text-generation-webui，4090能跑qwen2.5 32b awq吗",
        };
        for (String q : questions) {
            Answer a = assembly.advisor().answer("non-gguf-commands", q);
            assertThat(a.shown()).as(q).isNotEmpty();
            assertThat(a.shown().get(0).candidate().format().isGguf()).as(q + " is sized in the format named").isFalse();
            // a program of another kind (text-generation-webui) gets no command line at all (OtherProgramCommandTest)
            assertThat(a.commands()).as(q).noneSatisfy(cmd -> assertThat(cmd.command()).contains(".gguf"));
            if (q.contains("exllama")) assertThat(a.commands()).as(q).isNotEmpty();
        }
    }

    @Test
    void aCatalogModelKeepsItsOwnFile() {
        Answer a = assembly.advisor().answer("stand-in-commands-catalog", "can my 3090 run qwen3 14b?");
        assertThat(a.commands()).anySatisfy(cmd -> assertThat(cmd.command()).contains("-m Qwen3-14B-Q"));
        assertThat(a.commands()).noneSatisfy(cmd -> assertThat(cmd.command()).contains("your-"));
    }
}
