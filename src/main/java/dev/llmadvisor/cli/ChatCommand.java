package dev.llmadvisor.cli;

import dev.llmadvisor.chat.RuleAdvisor;
import dev.llmadvisor.reply.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** The console chat: no account, no network. Type a question; "why" explains the last answer. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the advisor in the console (the default).")
final class ChatCommand implements Callable<Integer> {


    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() throws Exception {
        return chat(sources);
    }

    /** A line that is a console command rather than a question. */
    enum Word {
        QUIT, WHY, NONE;

        // the leaving words of other chat consoles too: Ollama's REPL leaves on "/bye", many on "/quit" or ":q"
        private static final Set<String> QUITS = Set.of("quit", "exit", "bye", "q", "退出", "再见");
        private static final Set<String> WHYS = Set.of("why", "explain", "为什么", "理由");

        static Word of(String line) {
            String w = line.strip().replaceFirst("^[/:]", "").toLowerCase(Locale.ROOT);
            return QUITS.contains(w) ? QUIT : WHYS.contains(w) ? WHY : NONE;
        }
    }

    /** The chat loop on standard input and output, until end of input or "quit". */
    static int chat(SourceOptions sources) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("LLM hardware advisor. Ask e.g. \"what can my 16GB card run?\" / \"两张3090跑70b的Q4可以吗\"."
                + " Type \"why\" for the reasons, \"quit\" to leave.");
        RuleAdvisor advisor = sources.assemble().advisor();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) break;
            String t = line.strip();
            if (t.isEmpty()) continue;
            Word word = Word.of(t);
            if (word == Word.QUIT) break;
            boolean why = word == Word.WHY;
            Reply r = why ? advisor.explain("console") : advisor.ask("console", t);
            out.println(r.toText(why));
            out.println();
        }
        return 0;
    }
}
