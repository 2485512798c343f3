package org.geokg.summary;

import org.apache.jena.graph.Node;
import org.geokg.rdf.Iris;

/** Two agents that met, in code point order of their IRIs, so that a pair has one identity. */
public record MeetingPair(Node first, Node second) {
    public MeetingPair {
        if (first.getURI().compareTo(second.getURI()) > 0) {
            Node swap = first;
            first = second;
            second = swap;
        }
    }

    /** The pair's node in the summary graph. */
    public Node iri() {
        return Iris.summaryNode("pair", first.getURI() + " " + second.getURI());
    }
}
