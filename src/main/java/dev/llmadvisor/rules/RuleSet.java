package dev.llmadvisor.rules;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The DRL files of a rules folder compiled into one KieBase, which every question reuses. Compiled from
 * the files' text at run time, so rule authors edit DRL without rebuilding the program.
 */
public final class RuleSet {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String PREFIX = "src/main/resources/rules/";

    private final KieBase base;
    private final String origin;
    private final Map<String, String> sources;

    private RuleSet(KieBase base, String origin, Map<String, String> sources) {
        this.base = base;
        this.origin = origin;
        this.sources = Map.copyOf(sources);
    }

    public KieBase base() { return base; }

    /** Where the rules came from (a folder, or "embedded"). */
    public String origin() { return origin; }

    /** Every rule by name with the document it encodes (its @source). */
    public Map<String, String> rules() { return sources; }

    /** Compiles every *.drl under {@code dir}. */
    public static RuleSet compile(Path dir) throws RuleCompileException, IOException {
        if (!Files.isDirectory(dir)) throw new IOException("rules folder not found: " + dir);
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return compile(files, dir.toString());
    }

    /** The rules shipped inside the program (the rules/ folder of the source tree). */
    public static RuleSet embedded() throws RuleCompileException, IOException {
        URL url = RuleSet.class.getResource("/rules");
        if (url == null) throw new IOException("no embedded rules");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return compile(Path.of(uri));
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            RuleSet r = compile(fs.getPath("/rules"));
            return new RuleSet(r.base, "embedded", r.sources);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * Compiles DRL texts keyed by file name into Drools' executable model (rules as Java lambdas: no
     * interpreted or JIT-compiled MVEL constraints at run time). When that fails, an interpreted build of
     * the same files supplies the errors, since it names the file, line and rule where the model build
     * names generated sources.
     */
    public static RuleSet compile(Map<String, String> files, String origin) throws RuleCompileException {
        if (files.isEmpty()) throw new RuleCompileException(List.of(new RuleError(origin, 0, "no .drl files")));
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("dev.llmadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
        KieBuilder kb = ks.newKieBuilder(fileSystem(ks, id, files)).buildAll(ExecutableModelProject.class);
        if (kb.getResults().hasMessages(Message.Level.ERROR)) {
            ks.getRepository().removeKieModule(id);
            ReleaseId diag = ks.newReleaseId("dev.llmadvisor", "rules-diagnostics", "1.0." + BUILDS.incrementAndGet());
            KieBuilder interpreted = ks.newKieBuilder(fileSystem(ks, diag, files)).buildAll();
            ks.getRepository().removeKieModule(diag);
            List<Message> msgs = interpreted.getResults().getMessages(Message.Level.ERROR);
            throw new RuleCompileException(errors(msgs.isEmpty() ? kb.getResults().getMessages(Message.Level.ERROR) : msgs, origin));
        }
        KieBase base = ks.newKieContainer(id).getKieBase();
        // The module stays reachable through the KieBase; the repository need not keep it.
        ks.getRepository().removeKieModule(id);
        Map<String, String> rules = new LinkedHashMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Object src = r.getMetaData().get("source");
                rules.put(r.getName(), src == null ? "" : src.toString());
            }
        }
        return new RuleSet(base, origin, rules);
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

}
