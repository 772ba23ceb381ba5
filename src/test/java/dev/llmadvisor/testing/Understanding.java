package dev.llmadvisor.testing;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.parse.QuestionParser;

import java.nio.file.Path;
import java.util.List;

/** What the shipped knowledge makes of a question, parse -> facts only (no rules): for reading tests. */
public final class Understanding {

    private static final Knowledge KNOWLEDGE = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(KNOWLEDGE));
    private static final FactBuilder FACTS = new FactBuilder(KNOWLEDGE);

    private Understanding() { }

    /** The understanding of a question, as the advisor reads it (a parser failure reads as nothing understood). */
    public static Understood of(String question) {
        return FACTS.understand(PARSER.parse(question)).understood();
    }

    /** The models understood, by name ("generic" for a stand-in), in the order read. */
    public static List<String> modelNames(String question) {
        return of(question).models().stream().map(m -> m.generic() ? "generic" : String.valueOf(m.name())).toList();
    }

    /** The catalog ids of the models understood (null for a stand-in), in the order read. */
    public static List<String> modelIds(String question) {
        return of(question).models().stream().map(Understood.Model::id).toList();
    }

    /** The catalog id of the model a name finds. */
    public static String catalogId(String name) {
        return KNOWLEDGE.models().find(name).orElseThrow().model().id();
    }
}
