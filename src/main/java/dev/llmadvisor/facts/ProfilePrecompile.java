package dev.llmadvisor.facts;

import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.knowledge.ModelEntry;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.ModelSpec;
import dev.llmadvisor.sizing.Profile;
import dev.llmadvisor.sizing.ProfileTable;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        List<ModelArch> archs = new ArrayList<>();
        for (ModelEntry m : k.models().all()) archs.add(m.arch());
        for (var era : k.generic().eras()) for (ModelEntry m : era.templates()) archs.add(m.arch());
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (ModelArch a : archs) {
            for (WeightFormat f : FactBuilder.LADDER) {
                profiles.computeIfAbsent(ProfileTable.key(a, f), key -> ModelSpec.of("", a, f).profile());
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            ProfileTable.write(profiles, o);
        }
    }
}
