package dev.llmadvisor.eval.real;

import dev.llmadvisor.knowledge.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A label outside the README's vocabularies stops the load with the entry named, rather than being scored as a miss. */
class RealQuestionLoaderTest {

    @TempDir
    Path dir;

    private void write(String kind, String verdict, String cause) throws IOException {
        Files.writeString(dir.resolve("batch.yaml"), """
                questions:
                  - id: en-x-1-a
                    text: can my 3090 run llama 3 70b?
                    understood:
                      kind: %s
                    outcome:
                      verdict: %s
                      cause: %s
                """.formatted(kind, verdict, cause));
    }

    @Test
    void labelsInTheirVocabulariesLoad() throws IOException {
        write("can_run", "\"no\"", "model_too_large");
        RealQuestion q = RealQuestionLoader.load(dir).get(0);
        assertThat(q.outcome().verdict()).isEqualTo("no");
        assertThat(q.understood().kind()).isEqualTo("can_run");
    }

    @Test
    void aBareNoThatYamlReadsAsFalseIsRefusedWithTheFix() throws IOException {
        write("can_run", "no", "null");
        assertThatThrownBy(() -> RealQuestionLoader.load(dir)).isInstanceOf(InputError.class)
                .hasMessageContaining("en-x-1-a").hasMessageContaining("verdict 'false'").hasMessageContaining("write \"no\"");
    }

    @Test
    void aKindOrCauseOutsideTheVocabularyIsRefused() throws IOException {
        write("can-run", "fits", "null");
        assertThatThrownBy(() -> RealQuestionLoader.load(dir)).isInstanceOf(InputError.class).hasMessageContaining("kind 'can-run'");
        write("diagnose", "fits", "oom");
        assertThatThrownBy(() -> RealQuestionLoader.load(dir)).isInstanceOf(InputError.class).hasMessageContaining("cause 'oom'");
    }
}
