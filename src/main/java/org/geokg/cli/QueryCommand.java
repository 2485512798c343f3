package org.geokg.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.geokg.query.QueryRunner;
import org.geokg.query.QueryText;
import org.geokg.query.SavedQueries;
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
        QueryText text = SavedQueries.find(query);
        Query parsed = text.parse();
        Map<String, Node> bound = new LinkedHashMap<>(text.defaults());
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals < 1) {
                throw new ParameterException(spec.commandLine(), "--param needs NAME=VALUE, not " + param);
            }
            bound.put(param.substring(0, equals), QueryRunner.term(param.substring(equals + 1)));
        }
        try (KgStore store = storeOptions.open(); CommandOutput out = new CommandOutput(spec.commandLine().getOut())) {
            new QueryRunner(store).run(parsed, bound, format, out);
        }
        return 0;
    }
}
