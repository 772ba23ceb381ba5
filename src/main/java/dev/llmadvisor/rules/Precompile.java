package dev.llmadvisor.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Build step (Maven's process-classes phase): compiles the shipped rules to the executable model and writes it
 * beside the classes, so the program never compiles them at run time. Arguments: the rules folder and the output
 * folder ({@code target/classes/rules-model}).
 */
public final class Precompile {

    private Precompile() { }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Precompile RULES_DIR OUT_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> files = RuleSet.read(rules);
        if (files.isEmpty()) throw new IllegalStateException("no .drl files in " + rules);
        byte[] model;
        try {
            model = RuleSet.build(files, rules.toString());
        } catch (RuleCompileException e) {
            System.err.println("the shipped rules do not compile:\n" + e.getMessage());
            System.exit(1);
            return;
        }
        ModelArchive.load(model); // fails the build if the model does not load
        Files.createDirectories(out);
        Files.write(out.resolve("rules.kjar"), model);
        Properties info = new Properties();
        info.setProperty("sources.sha256", RuleSet.contentHash(files));
        info.setProperty("build", System.currentTimeMillis() + "-" + UUID.randomUUID());
        // each file's hash and rules, so a folder that changes a file or two builds only those (ChangedFiles)
        ChangedFiles.Manifest.of(files).properties().forEach(info::setProperty);
        try (Writer w = Files.newBufferedWriter(out.resolve("rules.properties"), StandardCharsets.ISO_8859_1)) {
            info.store(w, "The shipped rules compiled at build time (see RuleSet)");
        }
    }
}
