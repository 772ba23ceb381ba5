package dev.llmadvisor.rules;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Turning the shipped compiled model back into a KieBase. */
class ModelArchiveTest {

    /** Records the names the model's loader asks the program's class loader for. */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Recording(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (asked) {
                asked.add(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void theModelsOwnClassesComeFromTheArchiveWithoutAskingTheProgramsLoader() throws Exception {
        byte[] model;
        try (InputStream in = RuleSet.class.getResourceAsStream(RuleSet.EMBEDDED_MODEL)) {
            assertThat(in).as("the build's compiled model").isNotNull();
            model = in.readAllBytes();
        }
        Recording program = new Recording(RuleSet.class.getClassLoader());

        KieBase base = ModelArchive.load(model, null, program);

        assertThat(base.getKiePackages()).flatMap(p -> p.getRules()).isNotEmpty();
        // the program's loader still gives the facts and Drools, but never a generated class of the model
        assertThat(program.asked).anyMatch(n -> n.startsWith("dev.llmadvisor."))
                .noneMatch(n -> n.startsWith("rules."));
    }
}
