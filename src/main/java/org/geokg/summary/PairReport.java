package org.geokg.summary;

import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.geokg.rdf.Iris;

/**
 * What one article graph reports of the meetings of one pair: the meetings (their IRIs), their kinds, dates and
 * places, and the first sentence that reports one of them. Its sets are sorted.
 *
 * @param source the article graph
 * @param evidence the text of that sentence, or null when the graph gives none
 */
public record PairReport(MeetingPair pair, Node source, Set<String> meetings, Set<String> kinds, Set<Node> dates,
                         Set<String> places, String evidence) {
    /** Keeps each set sorted (dates by lexical form) and unmodifiable. */
    public PairReport {
        meetings = sorted(meetings, null);
        kinds = sorted(kinds, null);
        dates = sorted(dates, PairReport::byLexicalForm);
        places = sorted(places, null);
    }

    private static <T> SortedSet<T> sorted(Set<T> values, Comparator<T> order) {
        TreeSet<T> sorted = new TreeSet<>(order);
        sorted.addAll(values);
        return Collections.unmodifiableSortedSet(sorted);
    }

    /** The report's node in the summary graph. */
    public Node iri() {
        return Iris.summaryNode("report", pair.iri().getURI() + " " + source.getURI());
    }

    /** Orders date literals by their lexical form, as the dates of meetings of any precision compare as strings. */
    static int byLexicalForm(Node a, Node b) {
        int order = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        return order != 0 ? order : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
    }
}
