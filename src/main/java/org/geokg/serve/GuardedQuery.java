package org.geokg.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query service with a time limit on every query and a cap on the rows of SELECT queries. A response
 * whose query the cap shortened says so in the header {@value #ROW_LIMIT_HEADER} (the cap): a result with that many
 * rows may have been cut.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** The response header that gives the cap when it was put on the query. */
    static final String ROW_LIMIT_HEADER = "GeoKG-Row-Limit";

    private final Duration timeout;
    private final long limit;

    GuardedQuery(Duration timeout, long limit) {
        this.timeout = timeout;
        this.limit = limit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight();
        if (chosen.isSelectType() && (!chosen.hasLimit() || chosen.getLimit() > limit)) {
            chosen = chosen.cloneQuery();
            chosen.setLimit(limit);
            action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(limit));
        }
        return Pair.create(decided.getLeft(), chosen);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.dataset(dataset).query(query).context(action.getContext())
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
