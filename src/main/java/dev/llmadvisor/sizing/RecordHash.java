package dev.llmadvisor.sizing;

import java.util.Objects;

/**
 * A record's hash code computed as the JDK's implicit one is (from 0, {@code 31 * h} plus each component's hash, in
 * order), for the records a question hashes as cache keys. JDK 17 links a record's implicit hashCode through method
 * handles at its first call: some 10-25 ms of a cold start's CPU per record class, in lambda forms spun and compiled.
 * This is plain code with the same value, so collections ordered by these hashes iterate as before; RecordHashTest
 * checks it against the JDK's, and each record's components.
 */
public final class RecordHash {

    private RecordHash() { }

    public static int of(Object... components) {
        int h = 0;
        for (Object c : components) h = 31 * h + Objects.hashCode(c);
        return h;
    }
}
