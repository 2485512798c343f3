package org.geokg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.geokg.GeoKgException;
import org.geokg.query.QueryParameters;
import org.geokg.query.QueryRunner;
import org.geokg.query.QueryText;
import org.geokg.query.SavedQueries;
import org.geokg.store.KgStore;
import org.geokg.store.QueryTimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg query FILE.rq|NAME|'SPARQL'}: runs a SPARQL query over the store. */
@Command(name = "query", description = "Run a SPARQL query: a .rq file, the name of a saved query "
        + "(who-met-whom, meetings-of, ...), or the query text itself.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "A .rq file, a saved query name, or SPARQL text.")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind the query's variable ?NAME to VALUE (an "
            + "IRI in <...>, a Turtle literal, a number, a date, or a plain string). Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: table); "
            + "a CONSTRUCT writes Turtle (table) or JSON-LD (json).")
    QueryRunner.ResultFormat format = QueryRunner.ResultFormat.TABLE;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after SECONDS (default: "
            + "${DEFAULT-VALUE}); 0 or none for no limit.", defaultValue = "60")
    String timeout;

    @Option(names = "--repeat", paramLabel = "N", description = "A warm benchmark of the query: after printing the "
            + "answer, run it N times more in the same process, each writing its answer in --format to nowhere, and "
            + "print their seconds (min, median, max) and the answer's size on stderr.")
    int repeat;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        QueryText text = SavedQueries.find(query);
        Query parsed = text.parse();
        Map<String, Node> bound = QueryParameters.read(text, parsed, params);
        Duration limit = timeout();
        if (repeat < 0) {
            throw new UsageException("--repeat takes a number of runs, 0 or more, not " + repeat);
        }
        long cap;
        try (KgStore store = storeOptions.open(limit);
             CommandOutput out = new CommandOutput(spec.commandLine().getOut())) {
            QueryRunner runner = new QueryRunner(store);
            cap = runner.run(parsed, bound, format, out);
            if (repeat > 0) {
                out.flush();
                timeRuns(answer -> runner.run(parsed, bound, format, answer));
            }
        } catch (QueryTimeoutException e) {
            throw new GeoKgException(e.getMessage() + "; allow more with --timeout SECONDS, or --timeout none", e);
        }
        if (cap > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("geokg: warning: the endpoint returned " + cap + " rows, its row cap: the answer may be cut "
                    + "(add LIMIT and OFFSET to read it in pages)");
            err.flush();
        }
        return 0;
    }

    /** Runs the query {@link #repeat} times and prints their seconds and the answer's size on stderr. */
    private void timeRuns(Consumer<OutputStream> run) {
        double[] seconds = new double[repeat];
        long[] bytes = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        for (int i = 0; i < repeat; i++) {
            bytes[0] = 0;
            long start = System.nanoTime();
            run.accept(counter);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "geokg: %d warm runs, %d bytes of %s each: min %.3f s, median %.3f s, max %.3f s%n",
                repeat, bytes[0], format.name().toLowerCase(Locale.ROOT), seconds[0], seconds[repeat / 2],
                seconds[repeat - 1]);
        err.flush();
    }

    /** The time limit, or null for none. */
    private Duration timeout() {
        if (timeout.equals("none") || timeout.matches("0+(\\.0*)?")) {
            return null;
        }
        if (!timeout.matches("\\d{1,7}(\\.\\d{1,3})?")) {
            throw new UsageException("--timeout takes a number of seconds, or 0 or none for no limit, not " + timeout);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(timeout) * 1000));
    }
}
