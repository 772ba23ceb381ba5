package dev.llmadvisor.facts;

import dev.llmadvisor.sizing.ProfileTable;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The profiles the build computed ({@link ProfilePrecompile}), read once on first use; empty if absent or unreadable. */
final class PrecomputedProfiles {

    static final String RESOURCE = "/profiles/profiles.bin";

    private PrecomputedProfiles() { }

    static ProfileTable embedded() {
        return Holder.TABLE;
    }

    private static final class Holder {
        static final ProfileTable TABLE = load();

        private static ProfileTable load() {
            try (InputStream in = PrecomputedProfiles.class.getResourceAsStream(RESOURCE)) {
                return in == null ? ProfileTable.empty() : ProfileTable.read(new BufferedInputStream(in, 1 << 16));
            } catch (IOException e) {
                // Only a speed-up: without it every profile is computed, as before the build step existed.
                return ProfileTable.empty();
            }
        }
    }
}
