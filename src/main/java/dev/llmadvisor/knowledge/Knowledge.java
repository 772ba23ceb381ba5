package dev.llmadvisor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmadvisor.sizing.Device;
import dev.llmadvisor.sizing.ModelArch;
import dev.llmadvisor.sizing.WeightFormat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge base: models (models/*.yaml), GPUs (gpus.yaml) and weight formats (formats.yaml). Loaded from
 * a folder on disk, or from the copy embedded in the jar under /knowledge.
 */
public record Knowledge(ModelCatalog models, GpuCatalog gpus, FormatCatalog formats, GenericCatalog generic,
                        List<NameChange> nameChanges) {

    public Knowledge {
        nameChanges = List.copyOf(nameChanges);
    }

    /** What {@code query} meant before, when it is a name that has changed model. */
    public java.util.Optional<NameChange> nameChange(String query) {
        return nameChanges.stream().filter(c -> c.names(query)).findFirst();
    }

    private static final Set<String> QUALITIES = Set.of("lossless", "near_lossless", "high", "balanced", "low", "extreme");
    /** Compiled once: String.matches compiles the pattern at each call, for each of some 170 cards at every start. */
    private static final Pattern COMPUTE_CAPABILITY = Pattern.compile("\\d{1,2}\\.\\d");

    /** The knowledge of {@code dir}; the build's bundle of it when the folder is the one shipped (same content hash). */
    public static Knowledge load(Path dir) {
        // The hash of the bytes equals the bundle's only for the shipped files, which are UTF-8; any other folder is
        // decoded from the same bytes, which reports a file that is not.
        // A folder seen before with the same files (names, sizes, times) as the shipped ones is not read again.
        List<Path> paths = KnowledgeFiles.paths(dir);
        String bundle = KnowledgeFiles.bundleHash();
        String stamp = bundle == null ? null : ShippedStamp.of(dir, paths);
        if (ShippedStamp.matches("knowledge", stamp, bundle)) return embedded();
        Map<String, byte[]> bytes = KnowledgeFiles.bytes(dir, paths);
        if (ContentHash.ofBytes(bytes).equals(bundle)) {
            ShippedStamp.remember("knowledge", stamp, bundle);
            return embedded();
        }
        return from(KnowledgeFiles.parse(dir.toString(), KnowledgeFiles.texts(bytes)));
    }

    /**
     * The knowledge base shipped in the jar (or in target/classes when run from the build): the build's bundle of
     * it, or, without one, the folder itself.
     */
    public static Knowledge embedded() {
        try (InputStream bundle = Knowledge.class.getResourceAsStream(KnowledgeFiles.BUNDLE)) {
            // The build loaded the same files with every check before it wrote the bundle (KnowledgeFiles.main).
            if (bundle != null) return from(KnowledgeFiles.bundle(new BufferedInputStream(bundle, 1 << 16), "embedded in the jar"), false);
        } catch (IOException e) {
            throw new InputError("cannot read the embedded knowledge base: " + e.getMessage(), e);
        }
        URL marker = Knowledge.class.getResource("/knowledge/gpus.yaml");
        if (marker == null) throw new InputError("the embedded knowledge base is missing (no /knowledge/gpus.yaml on the class path)");
        return fromResource(marker);
    }

    /** Loads the folder holding {@code gpusYaml}, a file: or jar: URL. */
    static Knowledge fromResource(URL gpusYaml) {
        try {
            URI uri = gpusYaml.toURI();
            if (!uri.getScheme().equals("jar")) return load(Path.of(uri).getParent());
            // jar:file:/path/app.jar!/knowledge/gpus.yaml: open the jar as a file system and walk it like a folder.
            String entry = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 1);
            try {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(fs.getPath(entry).getParent());
                }
            } catch (FileSystemAlreadyExistsException e) {
                return load(FileSystems.getFileSystem(uri).getPath(entry).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new InputError("cannot read the embedded knowledge base: " + e.getMessage(), e);
        }
    }

    static Knowledge from(KnowledgeFiles files) {
        return from(files, true);
    }

    /**
     * {@code resolveNames}: check that each name-change and outside-the-catalog name resolves as its file says. That
     * looks up every such name through the catalog's loosest index, built for it alone in an open question (about a
     * twentieth of a one-shot ask's Java time); a bundle the build checked skips it, and leaves the catalog's name
     * indexes to the first name looked up.
     */
    private static Knowledge from(KnowledgeFiles files, boolean resolveNames) {
        // a folder the build did not check has its names indexed now, so that a name two models or cards share is a load error
        ModelCatalog models = resolveNames ? models(files).checked() : models(files);
        GpuCatalog gpus = resolveNames ? gpus(files).checked() : gpus(files);
        return new Knowledge(models, gpus, formats(files), generic(files, models, resolveNames), nameChanges(files, models, resolveNames));
    }

    /** The entries under {@code key}, each with a label naming file and entry for errors. */
    private static List<Fields> entries(KnowledgeFiles files, String name, String key, String idKey) {
        JsonNode list = files.get(name).get(key);
        if (list == null || !list.isArray()) throw new InputError(name + " needs a list under \"" + key + "\"");
        List<Fields> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            i++;
            String id = n.path(idKey).asText("");
            String where = name + ", entry " + (id.isBlank() ? "#" + i : id);
            if (!n.isObject()) throw new InputError(where + " is not a mapping");
            out.add(new Fields(n, where));
        }
        return out;
    }

    private static List<String> sources(Fields f) {
        List<String> s = f.strings("sources");
        if (s.isEmpty()) throw f.error("no sources");
        return s;
    }

    private static final Pattern YAML_SUFFIX = Pattern.compile("\\.ya?ml$");

    private static ModelCatalog models(KnowledgeFiles files) {
        List<ModelEntry> all = new ArrayList<>();
        Map<ModelEntry, String> where = new IdentityHashMap<>();
        Set<String> ids = new HashSet<>();
        for (String file : files.modelFiles()) {
            JsonNode named = files.get(file).path("family");
            // the file's name stands in only when the file names no family; the suffix pattern is compiled once, not per file
            String family = named.isMissingNode() || named.isNull() ? YAML_SUFFIX.matcher(file.substring("models/".length())).replaceFirst("") : named.asText();
            for (Fields f : entries(files, file, "models", "id")) {
                ModelEntry m = model(f, family);
                if (!ids.add(m.id())) throw f.error("id " + m.id() + " is used twice");
                where.put(m, f.where());
                all.add(m);
            }
        }
        return finetunes(files, new ModelCatalog(all, where::get));
    }

    /**
     * finetunes.yaml (optional): each entry needs name, base and source; the base is a catalog model id (or
     * an exact name of one). An unknown base is a load error naming the entry.
     */
    private static ModelCatalog finetunes(KnowledgeFiles files, ModelCatalog models) {
        if (!files.has("finetunes.yaml")) return models;
        List<FineTune> all = new ArrayList<>();
        Map<FineTune, String> where = new IdentityHashMap<>();
        for (Fields f : entries(files, "finetunes.yaml", "finetunes", "name")) {
            String base = f.str("base");
            ModelEntry m = models.exact(base).orElseThrow(() -> f.error("base " + base + " is not a model of the catalog"));
            String source = f.optStr("source");
            if (source == null || source.isBlank()) throw f.error("no source");
            FineTune t = new FineTune(f.str("name"), f.strings("aliases"), m, source, f.optStr("notes"));
            where.put(t, f.where());
            all.add(t);
        }
        return models.withFinetunes(all, where::get);
    }

    /**
     * name-changes.yaml (optional): each name must resolve to its {@code model} today, and {@code before} must be a
     * catalog model, so a catalog change that moves the name is a load error, not a wrong note.
     */
    private static List<NameChange> nameChanges(KnowledgeFiles files, ModelCatalog models, boolean resolveNames) {
        if (!files.has("name-changes.yaml")) return List.of();
        List<NameChange> out = new ArrayList<>();
        for (Fields f : entries(files, "name-changes.yaml", "names", "name")) {
            String name = f.str("name");
            ModelEntry now = models.exact(f.str("model")).orElseThrow(() -> f.error("model " + f.str("model") + " is not a model of the catalog"));
            ModelEntry before = models.exact(f.str("before")).orElseThrow(() -> f.error("before " + f.str("before") + " is not a model of the catalog"));
            ModelEntry resolved = resolveNames ? models.find(name).map(ModelMatch::model).orElse(null) : now;
            if (resolved != now) throw f.error("\"" + name + "\" resolves to " + (resolved == null ? "no model" : resolved.id()) + ", not " + now.id());
            out.add(new NameChange(name, now, before, f.str("until"), f.str("source")));
        }
        return out;
    }

    private static ModelEntry model(Fields f, String family) {
        double params = f.positive("params_b");
        Double active = f.optPositive("active_params_b");
        int context = f.positiveInt("context");
        int maxContext = f.n().hasNonNull("max_context") ? f.positiveInt("max_context") : context;
        if (maxContext < context) throw f.error("max_context " + maxContext + " is below context " + context);
        if (active != null && active > params) throw f.error("active_params_b " + active + " exceeds params_b " + params);
        JsonNode config = f.n().get("config");
        if (config == null || !config.isObject()) throw f.error("config is missing");
        ModelArch arch;
        try {
            arch = HfConfigReader.read(config);
        } catch (InputError e) {
            throw f.error("config: " + e.getMessage());
        }
        return new ModelEntry(f.str("id"), f.str("name"), family, params, active == null ? params : active, context,
                maxContext, new LinkedHashSet<>(f.strings("uses")), f.strings("languages"), f.strings("aliases"),
                f.optStr("ollama"), f.optStr("hf"), f.optStr("notes"), sources(f), arch, f.bool("legacy", false),
                HfConfigReader.statedFormat(config, new ArrayList<>()).orElse(null), f.bool("runs_on_llamacpp", true),
                remoteCodeClass(config), builds(f));
    }

    /** The maker's own quantized repositories: {hf, label, sized_as (a format name), cuda_only}. */
    private static List<ModelEntry.Build> builds(Fields f) {
        JsonNode v = f.n().get("builds");
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw f.error("builds must be a list");
        List<ModelEntry.Build> out = new ArrayList<>();
        for (JsonNode b : v) {
            Fields e = new Fields(b, f.where() + ", build");
            WeightFormat format = WeightFormat.parse(e.str("sized_as")).orElseThrow(() -> e.error("sized_as " + e.str("sized_as") + " is not a format"));
            out.add(new ModelEntry.Build(format, e.str("hf"), e.str("label"), e.bool("cuda_only", false)));
        }
        return out;
    }

    /**
     * The Auto class a repository's own code is loaded through: config.json's auto_map names the classes it provides
     * (transformers' "custom models"); a causal-LM class where it maps one, else its AutoModel (the first ChatGLM-6B maps
     * only AutoModel and AutoModelForSeq2SeqLM). Null without an auto_map: transformers ships the architecture.
     */
    private static String remoteCodeClass(JsonNode config) {
        JsonNode map = config.get("auto_map");
        if (map == null || !map.isObject()) return null;
        return map.has("AutoModelForCausalLM") ? "AutoModelForCausalLM" : "AutoModel";
    }

    /** The eras of generic stand-ins (generic.yaml); a folder without the file has none. */
    private static GenericCatalog generic(KnowledgeFiles files, ModelCatalog models, boolean resolveNames) {
        if (!files.has("generic.yaml")) return GenericCatalog.none();
        JsonNode eras = files.get("generic.yaml").get("eras");
        if (eras == null || !eras.isObject()) throw new InputError("generic.yaml needs a mapping under \"eras\"");
        List<GenericCatalog.Era> out = new ArrayList<>();
        for (var it = eras.fields(); it.hasNext(); ) {
            var e = it.next();
            Fields f = new Fields(e.getValue(), "generic.yaml, era " + e.getKey());
            List<ModelEntry> templates = new ArrayList<>();
            for (String id : f.strings("templates")) {
                templates.add(models.exact(id).orElseThrow(() -> f.error("template " + id + " is not a catalog model id")));
            }
            if (templates.isEmpty()) throw f.error("no templates");
            List<Double> sizes = new ArrayList<>();
            for (JsonNode n : e.getValue().path("sizes_b")) sizes.add(n.asDouble());
            out.add(new GenericCatalog.Era(e.getKey(), f.optStr("description"), sizes, f.strings("families"), templates));
        }
        List<ModelEntry> moeBases = new ArrayList<>();
        Fields g = new Fields(files.get("generic.yaml"), "generic.yaml");
        for (String id : g.strings("moe_bases")) {
            ModelEntry m = models.exact(id).orElseThrow(() -> g.error("MoE base " + id + " is not a catalog model id"));
            if (m.isMoe()) throw g.error("MoE base " + id + " is itself a MoE");
            moeBases.add(m);
        }
        return new GenericCatalog(out, outside(files.get("generic.yaml").path("outside"), models, resolveNames), moeBases);
    }

    /** The releases outside the catalog (generic.yaml, "outside"); a name the catalog resolves is a load error. */
    private static List<GenericCatalog.Outside> outside(JsonNode list, ModelCatalog models, boolean resolveNames) {
        List<GenericCatalog.Outside> out = new ArrayList<>();
        for (JsonNode n : list) {
            Fields f = new Fields(n, "generic.yaml, outside " + n.path("name").asText("?"));
            String name = f.str("name");
            List<String> aliases = f.strings("aliases");
            if (resolveNames) {
                for (String s : java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList()) {
                    models.find(s).ifPresent(m -> {
                        throw f.error("\"" + s + "\" is a catalog name (" + m.model().id() + "); the catalog's entry is used instead");
                    });
                }
            }
            double total = n.path("params_b").asDouble(0);
            if (total <= 0) throw f.error("needs params_b");
            double active = n.path("active_params_b").asDouble(total);
            out.add(new GenericCatalog.Outside(name, aliases, total, active, f.str("why"), f.str("source"), f.bool("legacy", false)));
        }
        return out;
    }

    private static GpuCatalog gpus(KnowledgeFiles files) {
        Map<GpuEntry, String> where = new IdentityHashMap<>();
        List<GpuEntry> all = new ArrayList<>();
        for (Fields f : entries(files, "gpus.yaml", "gpus", "name")) {
            GpuEntry g = gpu(f);
            where.put(g, f.where());
            all.add(g);
        }
        return new GpuCatalog(all, where::get);
    }

    private static GpuEntry gpu(Fields f) {
        List<Integer> unified = f.positiveInts("unified_memory_gb");
        Double vram = f.optPositive("vram_gb");
        if ((vram == null) == unified.isEmpty()) throw f.error("give exactly one of vram_gb and unified_memory_gb");
        String backend = f.str("backend");
        Device.Backend b;
        try {
            b = Device.Backend.valueOf(backend.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.error("backend " + backend + " is not one of cuda, rocm, vulkan, sycl, metal, cann, musa");
        }
        String source = f.optStr("source");
        if (source == null || source.isBlank()) throw f.error("no source");
        String cc = f.optStr("compute_capability");
        if (cc != null && !COMPUTE_CAPABILITY.matcher(cc).matches()) throw f.error("compute_capability " + cc + " is not of the form 8.6");
        Integer cores = f.n().hasNonNull("gpu_cores") ? f.positiveInt("gpu_cores") : null;
        List<Integer> mods = f.positiveInts("memory_mods_gb");
        if (!mods.isEmpty() && vram == null) throw f.error("memory_mods_gb is for cards with vram_gb");
        return new GpuEntry(f.str("name"), f.str("vendor"), f.strings("aliases"), vram == null ? 0 : vram, unified,
                f.positive("bandwidth_gbs"), b, f.str("segment"), f.positiveInt("released"), source,
                f.optStr("arch"), cc, cores, mods, f.optPositive("fp16_tflops"));
    }

    private static FormatCatalog formats(KnowledgeFiles files) {
        List<FormatEntry> all = new ArrayList<>();
        Map<WeightFormat, String> seen = new HashMap<>();
        for (Fields f : entries(files, "formats.yaml", "formats", "id")) {
            String id = f.str("id");
            WeightFormat w;
            try {
                w = WeightFormat.valueOf(id.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw f.error("id " + id + " is not a known weight format");
            }
            if (seen.put(w, f.where()) != null) throw f.error("format " + w + " is listed twice");
            String quality = f.str("quality");
            if (!QUALITIES.contains(quality)) throw f.error("quality " + quality + " is not one of " + QUALITIES);
            String source = f.optStr("source");
            if (source == null || source.isBlank()) throw f.error("no source");
            all.add(new FormatEntry(w, f.positive("bpw_reference"), f.optNumber("ppl_delta"), quality, f.str("description"), source,
                    f.strings("engines")));
        }
        Map<String, List<WeightFormat>> ladders = new java.util.LinkedHashMap<>();
        if (files.get("formats.yaml").has("ladders")) {
            for (Fields f : entries(files, "formats.yaml", "ladders", "engine")) {
                String engine = f.str("engine");
                List<WeightFormat> ladder = new ArrayList<>();
                for (String id : f.strings("formats")) {
                    WeightFormat w = WeightFormat.parse(id).orElseThrow(() -> f.error("format " + id + " is not a known weight format"));
                    FormatEntry e = all.stream().filter(x -> x.format() == w).findFirst()
                            .orElseThrow(() -> f.error("format " + id + " has no entry"));
                    if (!e.loadedBy(engine)) throw f.error("format " + id + " does not list engine " + engine);
                    ladder.add(w);
                }
                if (f.optStr("source") == null) throw f.error("no source");
                ladders.put(engine, ladder);
            }
        }
        return new FormatCatalog(all, ladders);
    }
}
