package dev.llmadvisor.rules;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import dev.llmadvisor.facts.TierRow;
import dev.llmadvisor.knowledge.ShippedStamp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The DRL files of a rules folder as one KieBase (Drools' executable model), which every question reuses.
 *
 * <p>Compiling DRL to the executable model takes seconds (parse, generate Java, compile it), so it is done as
 * rarely as possible:
 * <ul>
 *   <li>the build compiles the shipped rules once ({@link Precompile}, run by Maven) and the jar carries the
 *       result; a rules folder whose files are the shipped ones (same content hash) loads that;</li>
 *   <li>a folder that differs is compiled on first use and the result kept in a disk cache keyed by the content
 *       hash of its files ({@link CompileCache}), so only a changed folder pays the compile, once.</li>
 * </ul>
 * Rule authors still edit DRL without rebuilding the program; hot reload goes through the same path.
 */
public final class RuleSet {

    /** How the KieBase was obtained. */
    public enum Provenance {
        /** The model the build compiled into the jar. */
        PRECOMPILED,
        /** A model compiled earlier for the same files, read from the disk cache. */
        CACHED,
        /** Compiled from the DRL now (and stored in the cache). */
        COMPILED,
        /**
         * Built from the DRL now by Drools' interpreted build, about half the cost of the executable model; the
         * executable model is compiled for the cache meanwhile ({@link ModelCompiles}), for the next start.
         */
        INTERPRETED
    }

    private static final AtomicLong BUILDS = new AtomicLong();
    static final String PREFIX = "src/main/resources/rules/";
    static final String EMBEDDED_MODEL = "/rules-model/rules.kjar";
    static final String EMBEDDED_INFO = "/rules-model/rules.properties";

    private final KieBase base;
    private final String origin;
    private final Map<String, String> sources;
    private final String contentHash;
    private final Provenance provenance;
    private final long loadNanos;
    private final List<Object> tableFacts;
    /** The files built from their DRL now by the interpreted build (empty when the rules came compiled). */
    private final List<String> builtFiles;
    /** For an interpreted build: its executable model once compiled in this process (never completed otherwise). */
    private final CompletableFuture<KieBase> model;

    private RuleSet(KieBase base, String origin, String contentHash, Provenance provenance, long loadNanos) {
        this(base, origin, contentHash, provenance, loadNanos, List.of(), null, List.of());
    }

    private RuleSet(KieBase base, String origin, String contentHash, Provenance provenance, long loadNanos, List<Object> tableFacts,
                    CompletableFuture<KieBase> model, List<String> builtFiles) {
        this.base = base;
        inNameOrder(base);
        this.builtFiles = List.copyOf(builtFiles);
        this.model = model;
        this.tableFacts = List.copyOf(tableFacts);
        this.origin = origin;
        this.contentHash = contentHash;
        this.provenance = provenance;
        this.loadNanos = loadNanos;
        Map<String, String> rules = new LinkedHashMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object src = r.getMetaData().get("source");
                rules.put(r.getName(), src == null ? "" : src.toString());
            }
        }
        for (Object row : tableFacts) if (row instanceof TierRow t) rules.put(t.rule(), t.source());
        this.sources = Map.copyOf(rules);
    }

    /**
     * Numbers the rules in the order of their package and name, which decides between rules of equal salience which
     * fires first (and so the order of their findings in a reply). Drools numbers them in the order it meets the files,
     * which follows a hash of the file names and differs between a whole folder's build and one whose unchanged files
     * came from the shipped model ({@link ChangedFiles}); numbered by name, every build of the same files fires alike.
     * Done before the first session; the same numbers again for a KieBase seen before.
     */
    private static void inNameOrder(KieBase base) {
        List<org.drools.base.definitions.rule.impl.RuleImpl> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) for (Rule r : p.getRules()) rules.add((org.drools.base.definitions.rule.impl.RuleImpl) r);
        rules.sort(java.util.Comparator.comparing(org.drools.base.definitions.rule.impl.RuleImpl::getPackageName)
                .thenComparing(org.drools.base.definitions.rule.impl.RuleImpl::getName));
        for (int i = 0; i < rules.size(); i++) if (rules.get(i).getLoadOrder() != i) rules.get(i).setLoadOrder(i);
    }

    private RuleSet relabel(String newOrigin) {
        return new RuleSet(base, newOrigin, contentHash, provenance, loadNanos, tableFacts, model, builtFiles);
    }

    /** This rule set with the rows of its tables, which every question's session receives as facts. */
    RuleSet withTables(List<Object> rows) {
        return new RuleSet(base, origin, contentHash, provenance, loadNanos, rows, model, builtFiles);
    }

    /**
     * The same rules in their executable model once it was compiled in the background (an interpreted build
     * evaluates constraints through MVEL, slower per question), else null. What they decide is the same.
     */
    RuleSet compiled() {
        KieBase m = model == null ? null : model.getNow(null);
        return m == null ? null : new RuleSet(m, origin, contentHash, Provenance.COMPILED, loadNanos, tableFacts, null, List.of());
    }

    /** The rows of the folder's rule tables (*.csv), inserted into every question's session. */
    public List<Object> tableFacts() { return tableFacts; }

    public KieBase base() { return base; }

    /** Where the rules came from (a folder, or "embedded"). */
    public String origin() { return origin; }

    /** Every rule by name with the document it encodes (its @source), table rows included. */
    public Map<String, String> rules() { return sources; }

    /** SHA-256 over the names and contents of the DRL files. */
    public String contentHash() { return contentHash; }

    public Provenance provenance() { return provenance; }

    /**
     * The files Drools built from their DRL now: for an interpreted build, all of them, or only those that differ
     * from the shipped rules when the others came from the shipped model ({@link ChangedFiles}); else none.
     */
    public List<String> builtFiles() { return builtFiles; }

    /** Time spent compiling or loading this rule set. */
    public long loadNanos() { return loadNanos; }

    /** Compiles (or loads the compiled model of) every *.drl under {@code dir}. */
    public static RuleSet compile(Path dir) throws RuleCompileException, IOException {
        List<Object> rows = RuleTables.read(dir);
        // A folder seen before with the same files (names, sizes, times) as the shipped ones is not read again.
        Embedded e = Embedded.get();
        String stamp = e == null || !Files.isDirectory(dir) ? null : ShippedStamp.of(dir, drlFiles(dir));
        if (ShippedStamp.matches("rules", stamp, e == null ? null : e.sourcesHash())) {
            long t0 = System.nanoTime();
            return new RuleSet(ModelArchive.load(e.model()), dir.toString(), e.sourcesHash(), Provenance.PRECOMPILED,
                    System.nanoTime() - t0).withTables(rows);
        }
        Map<String, String> files = read(dir);
        RuleSet set = compile(files, dir.toString(), dir).withTables(rows);
        if (set.provenance() == Provenance.PRECOMPILED) ShippedStamp.remember("rules", stamp, e.sourcesHash());
        return set;
    }

    /** The DRL files under {@code dir}, in the order {@link #read} reads them. */
    private static List<Path> drlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /** The DRL files under {@code dir} by relative path, read strictly as UTF-8 (a binary file is an error naming it). */
    public static Map<String, String> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("rules folder not found: " + dir);
        Map<String, String> files = new LinkedHashMap<>();
        for (Path p : drlFiles(dir)) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (!Files.isRegularFile(p)) throw new IOException(name + " is not a regular file");
            long size = Files.size(p);
            if (size > MAX_DRL_BYTES) throw new IOException(name + " is " + size + " bytes; a rule file may have at most " + MAX_DRL_BYTES);
            byte[] bytes = Files.readAllBytes(p);
            try {
                files.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                throw new IOException(name + " is not UTF-8 text (a binary file?)");
            }
            if (files.get(name).indexOf('\0') >= 0) throw new IOException(name + " is not text (it holds NUL bytes)");
        }
        return files;
    }

    /** Rule files larger than this are not rules: 4 MiB. */
    static final long MAX_DRL_BYTES = 4L << 20;

    /** The rules shipped inside the program: the model the build compiled, else the DRL under /rules. */
    public static RuleSet embedded() throws RuleCompileException, IOException {
        Embedded e = Embedded.get();
        if (e != null) {
            long t0 = System.nanoTime();
            return new RuleSet(ModelArchive.load(e.model()), "embedded", e.sourcesHash(), Provenance.PRECOMPILED, System.nanoTime() - t0,
                    RuleTables.embedded(), null, List.of());
        }
        URL url = RuleSet.class.getResource("/rules");
        if (url == null) throw new IOException("no embedded rules");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return compile(Path.of(uri)).relabel("embedded");
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException ex) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return compile(fs.getPath("/rules")).relabel("embedded");
        } catch (URISyntaxException ex) {
            throw new IOException(ex);
        }
    }

    /**
     * Writes the rule files shipped in the jar (its DRL files and rule tables) into {@code to}, a folder that then
     * holds exactly the shipped rules; false when the jar carries no compiled rules to say which files they are.
     */
    public static boolean copyShipped(Path to) throws IOException {
        Embedded e = Embedded.get();
        if (e == null || e.manifest() == null) return false;
        List<String> names = new ArrayList<>(e.manifest().fileHashes().keySet());
        names.add(RuleTables.TIERS);
        for (String name : names) {
            try (InputStream in = RuleSet.class.getResourceAsStream("/rules/" + name)) {
                if (in == null) return false;
                Path file = to.resolve(name);
                Files.createDirectories(file.getParent());
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return true;
    }

    /**
     * DRL texts keyed by file name as a KieBase: the precompiled model when the files are the shipped ones, the
     * cached model when they were compiled before, else Drools' interpreted build now while the executable model is
     * compiled for the cache ({@link ModelCompiles}).
     */
    public static RuleSet compile(Map<String, String> files, String origin) throws RuleCompileException {
        return compile(files, origin, null);
    }

    private static RuleSet compile(Map<String, String> files, String origin, Path folder) throws RuleCompileException {
        if (files.isEmpty()) throw new RuleCompileException(List.of(new RuleError(origin, 0, "no .drl files")));
        long t0 = System.nanoTime();
        String hash = contentHash(files);
        Embedded e = Embedded.get();
        if (e != null && e.sourcesHash().equals(hash)) {
            try {
                return new RuleSet(ModelArchive.load(e.model()), origin, hash, Provenance.PRECOMPILED, System.nanoTime() - t0);
            } catch (IOException ex) {
                throw new UncheckedIOException("the precompiled rules in the jar cannot be loaded", ex);
            }
        }
        String key = CompileCache.key(hash, e == null ? null : e.build());
        byte[] cached = CompileCache.read(key);
        if (cached != null) {
            try {
                return new RuleSet(ModelArchive.load(cached), origin, hash, Provenance.CACHED, System.nanoTime() - t0);
            } catch (IOException | RuntimeException | LinkageError ex) {
                CompileCache.forget(key);
            }
        }
        // Measured on 2 cores: the interpreted build of the shipped rules costs about half the CPU and wall time of
        // the executable model, so a changed folder's first question waits for that only (see ModelCompiles); and a
        // folder that differs from the shipped rules by a file or two builds only those files (ChangedFiles).
        ChangedFiles.Built partial = ChangedFiles.build(files, e);
        KieBase base = partial != null ? partial.base() : interpreted(files, origin);
        CompletableFuture<KieBase> model = ModelCompiles.schedule(key, files, origin, folder);
        return new RuleSet(base, origin, hash, Provenance.INTERPRETED, System.nanoTime() - t0, List.of(), model,
                partial != null ? partial.built() : List.copyOf(files.keySet()));
    }

    /** The files compiled to the executable model now and cached: the slow path, for tests and comparisons. */
    static RuleSet compileModel(Map<String, String> files, String origin) throws RuleCompileException {
        long t0 = System.nanoTime();
        String hash = contentHash(files);
        byte[] model = build(files, origin);
        CompileCache.write(cacheKey(files), model);
        try {
            return new RuleSet(ModelArchive.load(model), origin, hash, Provenance.COMPILED, System.nanoTime() - t0);
        } catch (IOException ex) {
            throw new UncheckedIOException("a freshly compiled rule model cannot be loaded", ex);
        }
    }

    /** The disk cache's key for these files' executable model in this program build. */
    static String cacheKey(Map<String, String> files) {
        Embedded e = Embedded.get();
        return CompileCache.key(contentHash(files), e == null ? null : e.build());
    }

    /**
     * Drools' interpreted build of the files (DRL parsed, constraints run by MVEL, consequences compiled to Java
     * classes in memory); its errors name the file, line and rule.
     */
    static KieBase interpreted(Map<String, String> files, String origin) throws RuleCompileException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("dev.llmadvisor", "rules-interpreted", "1.0." + BUILDS.incrementAndGet());
        try {
            KieBuilder kb = ks.newKieBuilder(fileSystem(ks, id, files)).buildAll();
            List<Message> msgs = kb.getResults().getMessages(Message.Level.ERROR);
            if (!msgs.isEmpty()) throw new RuleCompileException(errors(msgs, origin));
            KieBaseConfiguration conf = ks.newKieBaseConfiguration();
            // Drools 10.2.0 turns an MVEL constraint that passed 20 times into bytecode that calls a method with a
            // stale signature (NoSuchMethodError with `str[startsWith]` on a bound variable: apache/incubator-kie-drools
            // issue 6711, fixed after 10.2.0 by pull request 6730); constraints stay interpreted instead.
            conf.setOption(ConstraintJittingThresholdOption.get(-1));
            return ks.newKieContainer(id).newKieBase(conf);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** SHA-256 over the sorted file names and their contents. */
    public static String contentHash(Map<String, String> files) {
        return dev.llmadvisor.knowledge.ContentHash.of(files);
    }

    /**
     * Compiles DRL texts into Drools' executable model (rules as Java lambdas: no interpreted or JIT-compiled MVEL
     * constraints at run time) and returns the module's bytes. When that fails, an interpreted build of the same
     * files supplies the errors, since it names the file, line and rule where the model build names generated
     * sources.
     */
    static byte[] build(Map<String, String> files, String origin) throws RuleCompileException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("dev.llmadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
        KieBuilder kb = ks.newKieBuilder(fileSystem(ks, id, files)).buildAll(ExecutableModelProject.class);
        try {
            if (kb.getResults().hasMessages(Message.Level.ERROR)) {
                ReleaseId diag = ks.newReleaseId("dev.llmadvisor", "rules-diagnostics", "1.0." + BUILDS.incrementAndGet());
                KieBuilder interpreted = ks.newKieBuilder(fileSystem(ks, diag, files)).buildAll();
                ks.getRepository().removeKieModule(diag);
                List<Message> msgs = interpreted.getResults().getMessages(Message.Level.ERROR);
                throw new RuleCompileException(errors(msgs.isEmpty() ? kb.getResults().getMessages(Message.Level.ERROR) : msgs, origin));
            }
            return ((InternalKieModule) kb.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    private static KieFileSystem fileSystem(KieServices ks, ReleaseId id, Map<String, String> files) {
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        files.forEach((name, text) -> kfs.write(PREFIX + name, text));
        return kfs;
    }

    private static List<RuleError> errors(List<Message> msgs, String origin) {
        List<RuleError> errors = new ArrayList<>();
        for (Message m : msgs) {
            String path = m.getPath() == null ? origin : m.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
            errors.add(new RuleError(path, m.getLine(), m.getText().strip()));
        }
        return errors;
    }

    /** The model the build compiled from the shipped rules, with the content hash of those rules and a build id. */
    record Embedded(byte[] model, String sourcesHash, String build, ChangedFiles.Manifest manifest) {
        private static volatile Embedded loaded;
        private static volatile boolean looked;

        static Embedded get() {
            if (!looked) {
                synchronized (Embedded.class) {
                    if (!looked) {
                        loaded = read();
                        looked = true;
                    }
                }
            }
            return loaded;
        }

        private static Embedded read() {
            try (InputStream m = RuleSet.class.getResourceAsStream(EMBEDDED_MODEL);
                 InputStream i = RuleSet.class.getResourceAsStream(EMBEDDED_INFO)) {
                if (m == null || i == null) return null;
                Properties p = new Properties();
                p.load(i);
                String hash = p.getProperty("sources.sha256");
                String build = p.getProperty("build");
                if (hash == null || build == null) return null;
                return new Embedded(m.readAllBytes(), hash, build, ChangedFiles.Manifest.from(p));
            } catch (IOException e) {
                return null;
            }
        }
    }
}
