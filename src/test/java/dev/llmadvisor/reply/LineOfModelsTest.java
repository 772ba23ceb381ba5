package dev.llmadvisor.reply;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a question that names a line of models rather than one ("the smallest llama model", "the DeepSeek"), then the
 * list of that line's models says it is the line's, never "each model you named"; models named one by one keep it.
 */
class LineOfModelsTest {

    static final Assembly assembly = RealAdvisors.asShippedOffline();

    @Test
    void givenALineWordThenTheListSaysItIsTheLines() {
        assertThat(assembly.advisor().answer("line-en", "Does 8GB able to run smallest llama model?").reply().headline())
                .startsWith("You named a line of models, not one of them;").doesNotContain("each model you named");
        assertThat(assembly.advisor().answer("line-zh", "我的4060 8G能跑deepseek吗").reply().headline())
                .startsWith("你说的是一个系列，不是其中某个模型；").doesNotContain("你问的模型各自的情况");
    }

    @Test
    void givenModelsNamedOneByOneThenEachIsOneTheyNamed() {
        assertThat(assembly.advisor().answer("line-named", "can my 4090 run qwen3 14b and llama 3.1 70b?").reply().headline())
                .isEqualTo("On GeForce RTX 4090 (24 GB), each model you named:");
    }
}
