package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.InputError;
import dev.llmadvisor.rules.ModelCompiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** Entry point: the console chat without arguments, or one of the subcommands. */
@Command(name = "llm-advisor", mixinStandardHelpOptions = true, version = "llm-advisor 0.1.0",
        description = "Which local LLMs can your hardware run? Sizing from the model's architecture, judgement from rules.")
public final class Main implements Callable<Integer> {

    /** In the order the usage help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ChatCommand.class, AskCommand.class, EstimateCommand.class,
            RulesCommand.class, DiscordCommand.class, EvaluateCommand.class, EvaluateRealCommand.class, AccuracyCommand.class,
            ParseEvalCommand.class);

    @Mixin
    SourceOptions sources;

    /** Without a subcommand: the console chat. */
    @Override
    public Integer call() throws Exception {
        return ChatCommand.chat(sources);
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt tuned = OneShot.inTunedJvm(args);
        if (tuned.isPresent()) System.exit(tuned.getAsInt());
        OneShot.tuneFor(args);
        // A command that ends after its answer leaves a changed rules folder's compiled model to a detached JVM;
        // the chat and the bot live on and compile it on a background thread.
        if (!livesOn(args)) ModelCompiles.deferToExit();
        int code = run(args);
        OneShot.train(args);
        ModelCompiles.detachDeferred();
        System.exit(code);
    }

    /** The console chat (no subcommand) and the bot run until stopped. */
    private static boolean livesOn(String[] args) {
        return args.length == 0 || args[0].equals("chat") || args[0].equals("discord") || args[0].startsWith("-");
    }

    /** Runs a command line; bad input gets a message and exit code 2, never a stack trace. */
    public static int run(String... args) {
        AskCommand plain = AskCommand.plainLine(args);
        if (plain != null) {
            try {
                return plain.call();
            } catch (Exception ex) {
                return failure(ex, new PrintWriter(System.err, true));
            }
        }
        return run(CommandLine.defaultFactory(), args);
    }

    /** As {@link #run(String...)}, with the commands made by {@code factory} (tests inject their environment). */
    static int run(CommandLine.IFactory factory, String... args) {
        CommandLine cl = new CommandLine(new Main(), factory);
        for (Class<?> c : subcommandsFor(args)) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failure(ex, cmd.getErr()));
        return cl.execute(args);
    }

    /** What a command that threw prints and exits with: bad input 2, anything else 1, never a stack trace. */
    private static int failure(Exception ex, PrintWriter err) {
        if (ex instanceof InputError) {
            err.println("error: " + ex.getMessage());
            return 2;
        }
        err.println("error: unexpected failure (" + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "); set LLM_ADVISOR_LOG=DEBUG for details");
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
        return 1;
    }

    /**
     * The subcommand a line starts with, else all of them (the usage help lists them all). Picocli builds the model
     * of every subcommand it is given, from annotations, by reflection: a one-shot {@code ask} does not pay for the
     * eight others.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) return List.of(c);
            }
        }
        return SUBCOMMANDS;
    }
}
