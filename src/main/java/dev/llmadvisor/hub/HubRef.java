package dev.llmadvisor.hub;

import java.util.Locale;
import java.util.Objects;

/**
 * A model repository on a hub: {@code org/repo} on Hugging Face (or a mirror of it) or ModelScope, optionally a
 * revision, one file in it (a GGUF file) and a quantization tag ({@code hf.co/org/repo:Q4_K_M} as Ollama and
 * llama.cpp's {@code -hf} write it). Where the repository is fetched from is the configured endpoint of its hub,
 * never the host of a pasted link.
 *
 * @param revision a branch, tag or commit; null for the hub's default (main on Hugging Face, master on ModelScope)
 * @param file     a file in the repository (e.g. {@code Qwen3-8B-Q4_K_M.gguf}), or null
 * @param quant    a quantization tag to choose a GGUF file by (e.g. {@code Q4_K_M}, {@code UD-Q4_K_XL}), or null
 */
public record HubRef(Hub hub, String org, String repo, String revision, String file, String quant) {

    /** Which hub the repository lives on. */
    public enum Hub {
        HUGGING_FACE("Hugging Face", "Hugging Face", "main"),
        MODELSCOPE("ModelScope", "魔搭 ModelScope", "master");

        private final String label;
        private final String labelZh;
        private final String defaultRevision;

        Hub(String label, String labelZh, String defaultRevision) {
            this.label = label;
            this.labelZh = labelZh;
            this.defaultRevision = defaultRevision;
        }

        public String label() { return label; }

        public String labelZh() { return labelZh; }

        public String defaultRevision() { return defaultRevision; }
    }

    public HubRef {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(repo, "repo");
        revision = blankToNull(revision);
        file = blankToNull(file);
        quant = blankToNull(quant);
    }

    public static HubRef huggingFace(String org, String repo) {
        return new HubRef(Hub.HUGGING_FACE, org, repo, null, null, null);
    }

    public static HubRef modelScope(String org, String repo) {
        return new HubRef(Hub.MODELSCOPE, org, repo, null, null, null);
    }

    /** {@code org/repo}. */
    public String id() { return org + "/" + repo; }

    public String revisionOrDefault() { return revision != null ? revision : hub.defaultRevision(); }

    public HubRef withFile(String f) { return new HubRef(hub, org, repo, revision, f, quant); }

    public HubRef withQuant(String q) { return new HubRef(hub, org, repo, revision, file, q); }

    public HubRef withRevision(String r) { return new HubRef(hub, org, repo, r, file, quant); }

    /** Whether the reference names a GGUF file. */
    public boolean namesGguf() { return file != null && file.toLowerCase(Locale.ROOT).endsWith(".gguf"); }

    /** A stable key: hub, repository (case kept: Hub ids are case-sensitive in paths), revision, file and tag. */
    String key() {
        return hub + "|" + id() + "|" + revisionOrDefault() + "|" + (file == null ? "" : file) + "|"
                + (quant == null ? "" : quant.toUpperCase(Locale.ROOT));
    }

    /** As people write it: {@code org/repo}, {@code org/repo/file.gguf} or {@code org/repo:Q4_K_M}. */
    @Override
    public String toString() {
        return (hub == Hub.MODELSCOPE ? "modelscope:" : "") + id() + (file != null ? "/" + file : "")
                + (quant != null ? ":" + quant : "") + (revision != null ? "@" + revision : "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
