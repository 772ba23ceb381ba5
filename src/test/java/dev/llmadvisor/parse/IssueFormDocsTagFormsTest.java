package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issue form's "[Docs]" title tag and its "📚 The doc issue" heading sort the issue; they are no document whose setup
 * the card belongs to, so the card in the title is the person's (eval/real-questions/README.md: gpus is the hardware the
 * person has). A card the docs are said to name stays the document's.
 */
class IssueFormDocsTagFormsTest {

    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(Knowledge.load(Path.of("knowledge"))));

    @Test
    void theDocsTagLeavesTheCardThePersons() {
        for (String q : List.of("[Docs] v100 awq int4量化输出乱码\n\n### 📚 The doc issue\n\n模型是qwen7b",
                "[Doc] A10 runs out of memory with qwen2.5 7b awq")) {
            List<GpuMention> gpus = PARSER.parse(q).gpus();
            assertThat(gpus).as(q).hasSize(1);
        }
    }

    @Test
    void aCardTheDocsNameStaysTheDocuments() {
        assertThat(PARSER.parse("The docs say you need an A100 for qwen2.5 72b. Is that true?").gpus()).isEmpty();
    }
}
