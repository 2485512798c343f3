package org.geokg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
        long cap;
        try (KgStore store = storeOptions.open(limit);
             CommandOutput out = new CommandOutput(spec.commandLine().getOut())) {
            cap = new QueryRunner(store).run(parsed, bound, format, out);
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
