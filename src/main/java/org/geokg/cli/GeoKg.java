package org.geokg.cli;

import java.io.PrintWriter;
import org.geokg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The {@code geokg} command: turns geopolitical news into a knowledge graph and queries it. */
@Command(name = "geokg", mixinStandardHelpOptions = true, version = "geokg 0.1.0",
        description = "Turns geopolitical news into an RDF knowledge graph and answers SPARQL questions about it.",
        subcommands = {IngestCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class,
                RemoveCommand.class, SummarizeCommand.class, EvalMeetingsCommand.class, BenchCommand.class, TrainNerCommand.class,
                EvalNerCommand.class, TrainParserCommand.class, EvalParserCommand.class, TrainMeetingsCommand.class,
                LinkCommand.class, RenderCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class GeoKg implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with GeoKG's error handling: one line per error, exit 2 for bad usage or bad SPARQL. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GeoKg());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("geokg: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (parseResult.hasMatchedOption("--verbose")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ex instanceof QueryRunner.BadQueryException || ex instanceof UsageException ? 2 : 1;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
