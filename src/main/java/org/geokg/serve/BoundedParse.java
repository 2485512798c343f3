package org.geokg.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;

/**
 * Parses a query within a time budget: the parser reads the text through a reader that gives up once the budget is
 * spent, so a query too long to parse in time is refused (400) and stops costing the server. (Jena's parser slows
 * down on very long tokens, a comment or a literal of megabytes, faster than their length grows.)
 */
final class BoundedParse {
    private BoundedParse() {
    }

    /**
     * The query parsed as Fuseki parses it, or null when it is not a query (Fuseki then says what is wrong); refuses
     * it when it takes longer than the budget to parse.
     */
    static Query query(String text, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Query query = new Query();
        query.setBaseURI(Fuseki.BaseParserSPARQL);
        query.setSyntax(Syntax.syntaxARQ);
        query.setStrict(true);
        ARQParser parser = new ARQParser(new DeadlineReader(text, deadline));
        parser.setQuery(query);
        try {
            parser.QueryUnit();
            return query;
        } catch (OutOfTime e) {
            ServletOps.errorBadRequest("the query was not parsed within " + budget.toSeconds()
                    + " s (the query timeout); send a shorter one");
            return null;
        } catch (Exception | TokenMgrError | StackOverflowError e) {
            return null;
        }
    }

    /** Thrown by the reader when the budget is spent: unchecked, as the parser takes a reader's IOException for EOF. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super("out of time", null, false, false);
        }
    }

    private static final class DeadlineReader extends Reader {
        private final Reader text;
        private final long deadline;

        DeadlineReader(String text, long deadline) {
            this.text = new StringReader(text);
            this.deadline = deadline;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new OutOfTime();
            }
            return text.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // a string holds nothing to release
        }
    }
}
