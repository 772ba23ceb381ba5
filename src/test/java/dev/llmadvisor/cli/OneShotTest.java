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
}
