package dev.llmadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The class-data archive a first one-shot run leaves for the next ones (the relaunch itself needs a java -jar line). */
class OneShotTest {

    @TempDir
    Path dir;

    @Test
    void aGoodRunsArchiveReplacesTheJarsOlderOnesOnly() throws Exception {
        Path older = Files.writeString(dir.resolve("abc-100-1.jsa"), "old build");
        Path otherJar = Files.writeString(dir.resolve("def-100-1.jsa"), "another jar");
        Path fresh = Files.writeString(dir.resolve("abc-42.tmp"), "archive");
        Path archive = dir.resolve("abc-200-2.jsa");

        OneShot.keep(fresh, archive, "abc", true);

        assertThat(archive).hasContent("archive");
        assertThat(fresh).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(otherJar).exists();
    }

    @Test
    void aGoodRunThatLeftNoArchiveIsRecordedAsAnEmptyOne() throws Exception {
        Path archive = dir.resolve("abc-200-2.jsa");

        OneShot.keep(dir.resolve("abc-42.tmp"), archive, "abc", true);

        assertThat(archive).isEmptyFile();
    }

    @Test
    void aFailedRunLeavesNothing() throws Exception {
        Path fresh = Files.writeString(dir.resolve("abc-42.tmp"), "partial");
        Path archive = dir.resolve("abc-200-2.jsa");

        OneShot.keep(fresh, archive, "abc", false);

        assertThat(fresh).doesNotExist();
        assertThat(archive).doesNotExist();
    }

    @Test
    void theChangedRulesTrainingLeavesNoFolderCacheOrCompileBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<java.util.Set<Path>> trainings = () -> {
            try (var s = Files.list(tmp)) {
                return s.filter(p -> p.getFileName().toString().startsWith("llm-advisor-training")).collect(java.util.stream.Collectors.toSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        java.util.Set<Path> before = trainings.get();
        String cache = System.getProperty(dev.llmadvisor.knowledge.CacheFolder.PROPERTY);
        System.setProperty(dev.llmadvisor.knowledge.CacheFolder.PROPERTY, dir.toString());
        java.io.PrintStream out = System.out;
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(answer, true, java.nio.charset.StandardCharsets.UTF_8));
            OneShot.trainChangedRules();
            System.setOut(out);
            assertThat(answer.toString(java.nio.charset.StandardCharsets.UTF_8)).as("the training's answer")
                    .contains("Touches its candidate (class-data archive training)").contains("kept firing");
            assertThat(System.getProperty(dev.llmadvisor.knowledge.CacheFolder.PROPERTY)).isEqualTo(dir.toString());
            assertThat(dev.llmadvisor.rules.ModelCompiles.detachDeferred()).as("detached compiles left").isZero();
            assertThat(dir.resolve("rules")).doesNotExist();
            assertThat(trainings.get()).isEqualTo(before);
        } finally {
            System.setOut(out);
            if (cache == null) System.clearProperty(dev.llmadvisor.knowledge.CacheFolder.PROPERTY);
            else System.setProperty(dev.llmadvisor.knowledge.CacheFolder.PROPERTY, cache);
        }
    }
}
