package org.geokg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The kinds of agent that can meet, as in the ontology's {@code gkg:Person}, {@code gkg:State} and so on. */
public enum AgentType {
    PERSON("Person"), STATE("State"), ORGANIZATION("Organization");

    private final String localName;

    AgentType(String localName) {
        this.localName = localName;
    }

    /** The class's IRI. */
    public Node iri() {
        return NodeFactory.createURI("https://w3id.org/geokg/ontology#" + localName);
    }
}
