package org.geokg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service with a time limit on every query, its parsing included, a cap on the rows of SELECT
 * queries, and SERVICE calls only to the hosts allowed. A response whose query the cap shortened says so in the
 * header {@value #ROW_LIMIT_HEADER} (the cap): a result with that many rows may have been cut.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** The response header that gives the cap when it was put on the query. */
    static final String ROW_LIMIT_HEADER = "GeoKG-Row-Limit";

    private final Duration timeout;
    private final long limit;
    private final ServiceGuard services;

    GuardedQuery(Duration timeout, long limit, ServiceGuard services) {
        this.timeout = timeout;
        this.limit = limit;
        this.services = services;
    }

    /** Parses the query under the timeout and checks its SERVICE calls before Fuseki parses and runs it. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        Query parsed = BoundedParse.query(queryString, timeout);
        if (parsed != null) {
            services.check(parsed);
        }
        super.execute(queryString, action);
    }

    /** Reads a query sent as the body; a body over the size limit is refused with 413, not Fuseki's 500. */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString;
        try {
            queryString = IO.readWholeFileAsUTF8(action.getRequestInputStream());
        } catch (IOException | RuntimeException e) {
            ServletOps.error(RequestGuard.tooLarge(e) ? HttpSC.PAYLOAD_TOO_LARGE_413 : HttpSC.BAD_REQUEST_400,
                    RequestGuard.tooLarge(e) ? "the request is over the size limit" : "cannot read the request");
            return;
        }
        execute(queryString, action);
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
        return QueryExec.dataset(dataset).query(query).context(services.guard(action.getContext()))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
