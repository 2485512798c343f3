package org.geokg.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.geokg.link.EntityLink;
import org.geokg.query.QueryRunner;
import org.geokg.rdf.vocab.GKG;
import org.geokg.resolve.EntityKeys;
import org.geokg.store.KgStore;

/**
 * Links the entities of a store that the bundled data could not link, through an {@link OnlineReconciler}. The links
 * go to their own named graph, {@value #GRAPH}, as {@code owl:sameAs} with a {@code gkg:EntityLink} stating the
 * method and a confidence of 0.8; entity IRIs do not change. Each run replaces that graph with the links found so far
 * plus the new ones.
 */
public final class OnlineLinking {
    /** The named graph of the links found online. */
    public static final String GRAPH = "https://w3id.org/geokg/graph/online-links";
    private static final double CONFIDENCE = 0.8;
    private static final String UNLINKED = """
            SELECT DISTINCT ?e ?type ?label WHERE {
              VALUES ?type { gkg:Person gkg:State gkg:Organization gkg:City gkg:Region }
              ?e a ?type ; rdfs:label ?label .
              FILTER NOT EXISTS { ?e owl:sameAs ?target FILTER(STRSTARTS(STR(?target), STR(wd:))) }
            } ORDER BY ?e""";
    private static final String KNOWN = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    /** What a run did. */
    public record Result(int candidates, int linked, int requests) {
    }

    private OnlineLinking() {
    }

    /** Looks up at most {@code limit} unlinked entities and stores the links found. */
    public static Result run(KgStore store, OnlineReconciler reconciler, int limit) {
        Node graphName = NodeFactory.createURI(GRAPH);
        Query known = QueryRunner.bind(QueryRunner.parse(KNOWN, "online links"), Map.of("g", graphName));
        Graph links = GraphFactory.createGraphMem();
        store.construct(known).find().forEach(links::add);
        Query unlinked = QueryRunner.parse(UNLINKED, "online links");
        unlinked.setLimit(limit);
        ResultSet rows = store.select(unlinked);
        List<QuerySolution> candidates = new ArrayList<>();
        rows.forEachRemaining(candidates::add);
        int linked = 0;
        for (QuerySolution row : candidates) {
            String type = row.getResource("type").getLocalName();
            String label = row.getLiteral("label").getLexicalForm();
            Optional<String> item = reconciler.lookup(label, type);
            if (item.isPresent()) {
                add(links, row.getResource("e").asNode(), item.get(), type, label);
                linked++;
            }
        }
        store.replaceGraphs(Map.of(graphName, links));
        return new Result(candidates.size(), linked, reconciler.requests());
    }

    private static void add(Graph links, Node entity, String wikidata, String type, String label) {
        Node target = NodeFactory.createURI("http://www.wikidata.org/entity/" + wikidata);
        links.add(entity, OWL.sameAs.asNode(), target);
        Node link = NodeFactory.createURI(GRAPH + "#" + EntityKeys.slug(entity.getURI())
                + "-" + wikidata);
        links.add(link, RDF.type.asNode(), GKG.EntityLink.asNode());
        links.add(link, GKG.linkedEntity.asNode(), entity);
        links.add(link, GKG.linkTarget.asNode(), target);
        links.add(link, GKG.linkMethod.asNode(), NodeFactory.createLiteralString(
                "online: the only " + type + " labelled \"" + label + "\"@en"));
        links.add(link, GKG.confidence.asNode(), NodeFactory.createLiteralDT(String.valueOf(CONFIDENCE),
                XSDDatatype.XSDdecimal));
    }
}
