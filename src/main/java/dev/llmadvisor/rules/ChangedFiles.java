package dev.llmadvisor.rules;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A changed rules folder built from the shipped rules' precompiled model plus Drools' interpreted build of only the
 * files that differ from the shipped ones.
 *
 * <p>A folder someone is editing usually differs from the shipped rules by a file or two (a new rule file, an edited
 * one). The interpreted build of the whole folder parses every file and compiles every rule's consequence (about
 * 3.4 s of CPU for the shipped 137 rules on 2 cores); here the unchanged files come from the model the jar carries
 * (no parsing, no Java compiler), the rules of changed or removed shipped files are taken out of it, and only the
 * changed files are parsed and compiled, into the same KieBase.
 *
 * <p>That is only sound while files do not depend on one another beyond the fact classes they import: the jar's
 * manifest says whether every shipped file holds nothing but imports and rules ({@link Manifest#plain}), and the
 * changed files' build is checked the same way (no functions, globals, declared types, queries, windows or entry
 * points, no rule that extends another, no rule name a kept file also uses). Whenever any of that does not hold, or
 * the changed files do not compile on their own, {@link #build} answers null and the caller builds the whole folder,
 * which also gives the errors as the author's files show them.
 *
 * <p>Rules of equal salience fire in their load order, which Drools numbers across the files in an order of its own;
 * {@link RuleSet} numbers every build's rules by name instead, so this one fires as the whole folder's build and its
 * compiled model do ({@code BuildsAgreeTest}).
 */
final class ChangedFiles {

    private ChangedFiles() { }

    /** What the build recorded about the shipped files: their hashes, their rules, and whether all are plain. */
    record Manifest(Map<String, String> fileHashes, Map<String, List<String>> fileRules, boolean plain) {
        // fileRules: each file's rules as package and name (see ruleKey)

        static final String FILE = "file.";
        static final String HASH = ".sha256";
        static final String RULES = ".rules";
        static final String PLAIN = "plain";

        /** The manifest of {@code files} (Precompile): each file parsed for its rules and anything but imports and rules. */
        static Manifest of(Map<String, String> files) throws IOException {
            Map<String, String> hashes = new LinkedHashMap<>();
            Map<String, List<String>> rules = new LinkedHashMap<>();
            boolean plain = true;
            for (Map.Entry<String, String> f : files.entrySet()) {
                DrlParser parser = new DrlParser();
                PackageDescr pkg;
                try {
                    pkg = parser.parse(false, f.getValue());
                } catch (DroolsParserException e) {
                    throw new IOException(f.getKey() + " does not parse: " + e.getMessage(), e);
                }
                if (parser.hasErrors() || pkg == null) throw new IOException(f.getKey() + " does not parse: " + parser.getErrors());
                hashes.put(f.getKey(), fileHash(f.getKey(), f.getValue()));
                List<String> names = new ArrayList<>();
                for (RuleDescr r : pkg.getRules()) names.add(ruleKey(pkg.getName(), r.getName()));
                rules.put(f.getKey(), names);
                plain &= onlyRules(pkg);
            }
            return new Manifest(hashes, rules, plain);
        }

        /** The manifest's entries as properties. */
        Map<String, String> properties() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put(PLAIN, Boolean.toString(plain));
            fileHashes.forEach((name, hash) -> {
                p.put(FILE + name + HASH, hash);
                p.put(FILE + name + RULES, String.join("\n", fileRules.getOrDefault(name, List.of())));
            });
            return p;
        }

        /** The manifest in {@code p}, or null when it holds none (a jar built before manifests). */
        static Manifest from(java.util.Properties p) {
            if (p.getProperty(PLAIN) == null) return null;
            Map<String, String> hashes = new LinkedHashMap<>();
            Map<String, List<String>> rules = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith(FILE) || !key.endsWith(HASH)) continue;
                String name = key.substring(FILE.length(), key.length() - HASH.length());
                String list = p.getProperty(FILE + name + RULES);
                if (list == null) return null;
                hashes.put(name, p.getProperty(key));
                rules.put(name, list.isEmpty() ? List.of() : List.of(list.split("\n", -1)));
            }
            return new Manifest(hashes, rules, Boolean.parseBoolean(p.getProperty(PLAIN)));
        }
    }

    /** A rule as the manifest names it: its package and name (a rule is unique by both). */
    static String ruleKey(String pkg, String name) {
        return pkg + "\u0000" + name;
    }

    /** A file's identity for the manifest: its name and text. */
    static String fileHash(String name, String text) {
        return RuleSet.contentHash(Map.of(name, text));
    }

    /** Whether a parsed file holds only imports and rules that stand alone. */
    private static boolean onlyRules(PackageDescr pkg) {
        if (pkg.getUnit() != null || !pkg.getFunctions().isEmpty() || !pkg.getGlobals().isEmpty() || !pkg.getTypeDeclarations().isEmpty()
                || !pkg.getEnumDeclarations().isEmpty() || !pkg.getFunctionImports().isEmpty() || !pkg.getAccumulateImports().isEmpty()
                || !pkg.getEntryPointDeclarations().isEmpty() || !pkg.getWindowDeclarations().isEmpty()) return false;
        for (RuleDescr r : pkg.getRules()) if (r.isQuery() || r.getParentName() != null || r.getUnit() != null) return false;
        return true;
    }

    /** A KieBase of the shipped model and the files built from DRL now ({@code built}, by name). */
    record Built(KieBase base, List<String> built) { }

    /** The files of {@code files} that are not the shipped ones, by name (new, or with other text). */
    static Map<String, String> changed(Map<String, String> files, Manifest shipped) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (!fileHash(name, text).equals(shipped.fileHashes().get(name))) out.put(name, text);
        });
        return out;
    }

    /**
     * The KieBase of {@code files} as the shipped model minus the rules of the shipped files that changed or are gone,
     * plus the interpreted build of the changed files; null when that does not apply or does not work out (see the
     * class comment), and the whole folder is to be built.
     */
    static Built build(Map<String, String> files, RuleSet.Embedded shipped) {
        Manifest m = shipped == null ? null : shipped.manifest();
        if (m == null || !m.plain()) return null;
        Map<String, String> changed = changed(files, m);
        // Worth it while the changed files are the smaller part: beyond that the whole folder's build is as cheap.
        long changedChars = changed.values().stream().mapToLong(String::length).sum();
        long allChars = files.values().stream().mapToLong(String::length).sum();
        if (changedChars * 2 > allChars) return null;
        Set<String> dropped = new HashSet<>();
        Set<String> kept = new HashSet<>();
        m.fileRules().forEach((name, rules) -> {
            if (files.containsKey(name) && !changed.containsKey(name)) kept.addAll(rules);
            else dropped.addAll(rules);
        });
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        // as in RuleSet.interpreted: the changed files' constraints are MVEL and stay interpreted (Drools issue 6711)
        conf.setOption(ConstraintJittingThresholdOption.get(-1));
        // The shipped model loads on a thread of its own while the changed files are parsed and built here: the two
        // take about as long, and a changed folder's first question waits for both.
        FutureTask<KieBase> model = new FutureTask<>(() -> ModelArchive.load(shipped.model(), conf));
        Thread loading = new Thread(model, "load-shipped-rules");
        loading.setDaemon(true);
        loading.start();
        try {
            Collection<KiePackage> added = List.of();
            if (!changed.isEmpty()) {
                // parsed on their own first (a small part of the build): a file that declares or shares anything is built with the rest
                for (String text : changed.values()) {
                    DrlParser parser = new DrlParser();
                    PackageDescr pkg = parser.parse(false, text);
                    if (parser.hasErrors() || pkg == null || !onlyRules(pkg)) return null;
                }
                KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
                changed.forEach((name, text) -> kb.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(RuleSet.PREFIX + name), ResourceType.DRL));
                if (kb.hasErrors()) return null;
                added = kb.getKnowledgePackages();
                for (KiePackage p : added) if (!namedApart(p, kept)) return null;
            }
            InternalKnowledgeBase base = (InternalKnowledgeBase) model.get();
            for (KiePackage p : List.copyOf(base.getKiePackages())) {
                for (Rule r : List.copyOf(p.getRules())) if (dropped.contains(ruleKey(p.getName(), r.getName()))) base.removeRule(p.getName(), r.getName());
            }
            if (!added.isEmpty()) base.addPackages(added);
            return new Built(base, List.copyOf(changed.keySet()));
        } catch (DroolsParserException | ExecutionException | RuntimeException | LinkageError e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether no rule of a built package has the name of a kept rule (in the whole folder's build, an error). */
    private static boolean namedApart(KiePackage p, Set<String> kept) {
        for (Rule r : p.getRules()) if (kept.contains(ruleKey(p.getName(), r.getName()))) return false;
        return true;
    }
}
