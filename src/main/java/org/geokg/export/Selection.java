package org.geokg.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.geokg.graph.MeetingFilter;
import org.geokg.query.QueryRunner;
import org.geokg.query.QueryText;

/** What an export writes: the whole store, the meeting network, or the graph of a CONSTRUCT query. */
public sealed interface Selection {
    /** Every article graph; as a network, every entity, position and meeting and their relations. */
    record All() implements Selection {
    }

    /**
     * The meeting network of the meetings the filter keeps: agents and who met whom (network formats only).
     *
     * @param filter the meetings to keep
     */
    record Meetings(MeetingFilter filter) implements Selection {
    }

    /**
     * The graph a CONSTRUCT or DESCRIBE query builds over the union graph; a query of another kind is a
     * {@link QueryRunner.BadQueryException}.
     *
     * @param query  the parsed query
     * @param source where the query comes from, for messages
     */
    record Construct(Query query, String source) implements Selection {
        public Construct {
            if (!query.isConstructType() && !query.isDescribeType()) {
                throw new QueryRunner.BadQueryException(source
                        + ": a CONSTRUCT or DESCRIBE query is needed to export a graph");
            }
        }
    }

    /** The graph of a query's text; a syntax error is a {@link QueryRunner.BadQueryException} naming the source. */
    static Construct construct(QueryText text) {
        return new Construct(text.parse(), text.source());
    }

    /** The graph of the query in a file; an unreadable file is a {@link QueryRunner.BadQueryException} too. */
    static Construct construct(Path file) {
        try {
            return construct(new QueryText(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException e) {
            throw new QueryRunner.BadQueryException(file + ": cannot read the query: " + e.getMessage(), e);
        }
    }

    /** The {@code owl:sameAs} links of the entities to Wikidata, GeoNames and other data sets. */
    static Selection links() {
        return construct(new QueryText("CONSTRUCT { ?e owl:sameAs ?t } WHERE { ?e owl:sameAs ?t }", "links"));
    }
}
