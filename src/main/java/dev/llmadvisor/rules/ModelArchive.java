package dev.llmadvisor.rules;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rule set compiled to Drools' executable model, as the bytes of the module the model compiler produced
 * (generated classes plus {@code META-INF/kie/.../drools-model}, which names the model classes). Turning the
 * bytes back into a KieBase defines the classes and builds the network: no DRL parsing, no Java code
 * generation, no Java compiler. This is what the build ships for the embedded rules and what the disk cache
 * keeps for a rules folder that differs from them.
 */
final class ModelArchive {

    private ModelArchive() { }

    /** Builds the KieBase of an archive made by {@link RuleSet}'s compiler. */
    static KieBase load(byte[] archive) throws IOException {
        return load(archive, null);
    }

    /** The same with {@code conf} for the KieBase (null: Drools' defaults). */
    static KieBase load(byte[] archive, KieBaseConfiguration conf) throws IOException {
        return load(archive, conf, RuleSet.class.getClassLoader());
    }

    /** The same with the class loader that gives the facts' and Drools' classes. */
    static KieBase load(byte[] archive, KieBaseConfiguration conf, ClassLoader program) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        List<String> modelNames = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - 6).replace('/', '.'), z.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    for (String line : new String(z.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String n = line.strip();
                        // The first line is "Drools-Model-Version:10.2.0"; the others name model classes.
                        if (!n.isEmpty() && !n.contains(":")) modelNames.add(n);
                    }
                }
            }
        }
        if (modelNames.isEmpty()) throw new IOException("not a compiled rule model (no drools-model entry)");
        ClassLoader loader = new Loader(classes, program);
        List<Model> models = new ArrayList<>();
        for (String n : modelNames) {
            try {
                models.add((Model) loader.loadClass(n).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                throw new IOException("compiled rule model " + n + " cannot be loaded: " + e, e);
            }
        }
        return conf == null ? KieBaseBuilder.createKieBaseFromModel(models) : KieBaseBuilder.createKieBaseFromModel(models, conf);
    }

    /** Defines the generated classes on demand; everything else (facts, Drools) comes from the program. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super("rules-model", parent);
            this.classes = classes;
        }

        /**
         * The archive's own classes first: asked first, the program's class loader searches the jar for each of the
         * model's 1,300-odd generated classes and throws a ClassNotFoundException with its stack trace for every one.
         */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }
}
