package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Profile;
import dev.llmadvisor.sizing.ProfileTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Build step (Maven's process-classes phase, after the rules): computes the profile of every catalog model in every
 * format of the default ladder and writes them beside the classes ({@link PrecomputedProfiles}), so that an open
 * question at start-up reads them instead of typing every tensor of 250 models. Arguments: the knowledge folder and
 * the output file.
 */
public final class ProfilePrecompile {

    private ProfilePrecompile() { }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ProfilePrecompile KNOWLEDGE_DIR OUT_FILE");
            System.exit(2);
        }
        Knowledge k = Knowledge.load(Path.of(args[0]));
        // Generic stand-ins scale their template's layers, so only catalog architectures can be computed ahead.
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (ModelEntry m : k.models().all()) {
            for (WeightFormat f : FactBuilder.LADDER) {
                profiles.computeIfAbsent(ProfileTable.key(m.arch(), f), key -> ModelSpec.of("", m.arch(), f).profile());
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            ProfileTable.write(profiles, o);
        }
    }
}
