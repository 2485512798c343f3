package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geokg.query.GeoSparql;
import org.geokg.query.QueryRunner;
import org.geokg.query.SavedQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The {@code geokg} command: turns geopolitical news into a knowledge graph and queries it. */
@Command(name = "geokg", mixinStandardHelpOptions = true, version = "geokg 0.1.0",
        description = "Turns geopolitical news into an RDF knowledge graph and answers SPARQL questions about it.",
        subcommands = {IngestCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class,
                RemoveCommand.class, SummarizeCommand.class, EvalMeetingsCommand.class, BenchCommand.class,
                TrainNerCommand.class, EvalNerCommand.class, TrainParserCommand.class, EvalParserCommand.class,
                TrainMeetingsCommand.class, LinkCommand.class, RenderCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class GeoKg implements Callable<Integer> {
    /** Exit code of an ingest that finished but skipped some input (each skip is named on stderr). */
    public static final int EXIT_SKIPPED = 3;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No verb: the usage on stderr, and exit code 2 (bad usage). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A command line with GeoKG's error handling: one line per error, exit 2 for bad usage or bad SPARQL. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GeoKg());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands().values().forEach(verb -> {
            if (!(verb.getCommand() instanceof CommandLine.HelpCommand)) {
                verb.getCommandSpec().mixinStandardHelpOptions(true);
            }
        });
        // A renderer, not a footer text: the saved queries are read from the jar only when the usage is shown.
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer());
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

    /** The exit codes, and the saved queries that {@code query NAME} runs. */
    private static String footer() {
        String newline = System.lineSeparator();
        StringBuilder footer = new StringBuilder(newline + "Exit codes: 0 done, 1 failed, 2 bad usage or bad SPARQL, "
                + EXIT_SKIPPED + " ingest done but some input skipped." + newline + newline
                + "Saved queries (geokg query NAME):" + newline);
        SavedQueries.list().forEach(q -> footer.append(String.format("  %-18s %s", q.name(), q.title()))
                .append(newline));
        return footer.toString();
    }

    public static void main(String[] args) {
        if (System.getProperty(GeoSparql.SKIP_AT_START) == null) {
            System.setProperty(GeoSparql.SKIP_AT_START, "true"); // registered when a query needs it (GeoSparql)
        }
        System.exit(commandLine().execute(args));
    }
}
