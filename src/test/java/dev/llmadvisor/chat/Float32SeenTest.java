package dev.llmadvisor.chat;

import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.testing.RealAdvisors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory a person sees their model take, against its parameters, shows the bytes per weight loaded: about 4 is a
 * float32 load (cause unquantized, said with the figures), about 2 the 16-bit load it is published in (not this cause).
 */
class Float32SeenTest {

    /** As `ask` and `evaluate-real` answer it: the shipped knowledge, so the catalog's ChatGLM3-6B is the model sized. */
    private static Answer answer(String question) {
        return RealAdvisors.askAsShipped(question);
    }

    @Test
    void fourBytesPerParameterInUseIsAFloat32Load() {
        Answer en = answer("Mistral 7B uses 29GB of VRAM on my A100 40GB with transformers, why does it take so much memory?");
        assertThat(en.cause()).isEqualTo("unquantized");
        assertThat(en.reply().toText(false)).contains("29.0 GB in use is about 4 bytes for each of the 7.3B parameters").contains("float32")
                .contains("torch_dtype=torch.float16");
        // ChatGLM3 #558: 27 GB on a 32 GB Mac for the 6B model, whose README says 13 GB
        Answer zh = answer("Mac 部署ChatGLM3 实际占用内存为27G。我使用的是mac mini 32GB内存的电脑，在启动后，机器内存直接就占了27个G，"
                + "想问一下是否是我配置问题，因为我看readme里写的是mac电脑启动占用内存为13GB");
        assertThat(zh.cause()).isEqualTo("unquantized");
        assertThat(zh.reply().toText(false)).contains("float32").contains("27.0 GB");
    }

    @Test
    void twoBytesPerParameterInUseIsNotAFloat32Load() {
        Answer a = answer("Mistral 7B uses 15GB of VRAM on my A100 40GB with transformers, why does it take so much memory?");
        assertThat(a.cause()).isNotEqualTo("unquantized");
        assertThat(a.reply().toText(false)).doesNotContain("float32");
    }
}
