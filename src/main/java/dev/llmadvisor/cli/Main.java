package dev.llmadvisor.cli;

import dev.llmadvisor.knowledge.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** Entry point: the console chat without arguments, or one of the subcommands. */
@Command(name = "llm-advisor", mixinStandardHelpOptions = true, version = "llm-advisor 0.1.0",
        description = "Which local LLMs can your hardware run? Sizing from the model's architecture, judgement from rules.",
        subcommands = {ChatCommand.class, AskCommand.class, EstimateCommand.class, RulesCommand.class, DiscordCommand.class,
                EvaluateCommand.class, EvaluateRealCommand.class, AccuracyCommand.class, ParseEvalCommand.class})
public final class Main implements Callable<Integer> {

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
        System.exit(run(args));
    }

    /** Runs a command line; bad input gets a message and exit code 2, never a stack trace. */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** As {@link #run(String...)}, with the commands made by {@code factory} (tests inject their environment). */
    static int run(CommandLine.IFactory factory, String... args) {
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof InputError) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            cmd.getErr().println("error: unexpected failure (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "); set LLM_ADVISOR_LOG=DEBUG for details");
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
            return 1;
        });
        return cl.execute(args);
    }
}
