package dev.llmadvisor.cli;

import dev.llmadvisor.discord.DiscordBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Runs the Discord bot until stopped. The token comes from the environment only. */
@Command(name = "discord", mixinStandardHelpOptions = true, description = "Run the Discord bot (token from $DISCORD_TOKEN; see docs/discord.md).")
final class DiscordCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "bot settings (default: bot-config/discord.yaml or the embedded one)")
    Path config;


    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        Assembly a = sources.assemble();
        return DiscordBot.run(config, a.advisor(), a.names());
    }
}
