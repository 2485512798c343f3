package org.geokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.geokg.GeoKgException;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg query FILE.rq|NAME|'SPARQL'}: runs a SPARQL query over the store. */
@Command(name = "query", description = "Run a SPARQL query: a .rq file, the name of a saved query "
        + "(who-met-whom, meetings-of, ...), or the query text itself.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "A .rq file, a saved query name, or SPARQL text.")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE (an IRI in <...>, "
            + "a Turtle literal, a number, a date, or a plain string). Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: table).")
    QueryRunner.ResultFormat format = QueryRunner.ResultFormat.TABLE;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QueryText text = text(query);
        Query parsed = QueryRunner.parse(text.text(), text.source());
        Map<String, Node> bound = new LinkedHashMap<>(QueryRunner.defaults(text.text()));
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals < 1) {
                throw new ParameterException(spec.commandLine(), "--param needs NAME=VALUE, not " + param);
            }
            bound.put(param.substring(0, equals), QueryRunner.term(param.substring(equals + 1)));
        }
        try (KgStore store = storeOptions.open()) {
            print(spec.commandLine().getOut(), new QueryRunner(store), parsed, bound, format);
        }
        return 0;
    }

    /** Runs a query and prints its result through the command's writer, so that tests can read it. */
    static void print(PrintWriter out, QueryRunner runner, Query query, Map<String, Node> parameters,
                      QueryRunner.ResultFormat format) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        runner.run(query, parameters, format, result);
        out.print(result.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Reads a query from a file, a saved query bundled in the jar, or the argument itself, with the defaults it
     * declares for its parameters bound.
     */
    static Query load(String argument) {
        QueryText text = text(argument);
        return QueryRunner.bind(QueryRunner.parse(text.text(), text.source()), QueryRunner.defaults(text.text()));
    }

    /** The text of a query and where it comes from, for messages. */
    record QueryText(String text, String source) {
    }

    /** The text of a query file, of a saved query bundled in the jar, or the argument itself. */
    static QueryText text(String argument) {
        Path file = Path.of(argument.length() < 4096 && !argument.contains("\n") ? argument : ".");
        if (argument.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                InputStream bundled = savedQuery(file.getFileName().toString());
                if (bundled == null) {
                    throw new GeoKgException(argument + ": no such query file");
                }
                return new QueryText(read(bundled, argument), argument);
            }
            try {
                return new QueryText(Files.readString(file, StandardCharsets.UTF_8), argument);
            } catch (IOException e) {
                throw new GeoKgException(argument + ": cannot read: " + e.getMessage(), e);
            }
        }
        if (argument.matches("[a-z0-9-]+")) {
            InputStream bundled = savedQuery(argument + ".rq");
            if (bundled != null) {
                return new QueryText(read(bundled, argument), argument + ".rq");
            }
        }
        return new QueryText(argument, "query");
    }

    private static InputStream savedQuery(String name) {
        return QueryCommand.class.getClassLoader().getResourceAsStream("org/geokg/queries/" + name);
    }

    private static String read(InputStream in, String name) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeoKgException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
