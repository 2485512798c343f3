package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

class QuadBatchTest {
    private static final String EX = "https://example.org/";

    /** Quads of URIs, strings and small numbers (which TDB2 inlines in their node ids), some added twice. */
    private static List<Quad> quads(int count, long seed) {
        Random random = new Random(seed);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node object = switch (random.nextInt(4)) {
                case 0 -> NodeFactory.createURI(EX + "o" + random.nextInt(50));
                case 1 -> NodeFactory.createLiteralString("text " + random.nextInt(50));
                case 2 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(3000)),
                        XSDDatatype.XSDnonNegativeInteger);
                default -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(3000)),
                        XSDDatatype.XSDinteger);
            };
            quads.add(Quad.create(NodeFactory.createURI(EX + "g" + random.nextInt(20)),
                    NodeFactory.createURI(EX + "s" + random.nextInt(200)),
                    NodeFactory.createURI(EX + "p" + random.nextInt(8)), object));
        }
        quads.addAll(quads.subList(0, count / 10));
        return quads;
    }

    private static Set<Quad> find(DatasetGraph dataset, Quad pattern) {
        Set<Quad> found = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.find(pattern).forEachRemaining(found::add));
        return found;
    }

    @Test
    void aBatchStoresWhatAddingQuadByQuadDoesInEveryIndexWithTheSameNodeIds() {
        DatasetGraph expected = DatabaseMgr.createDatasetGraph();
        DatasetGraph actual = DatabaseMgr.createDatasetGraph();
        Quad first = quads(1, 1).get(0);
        for (DatasetGraph dataset : List.of(expected, actual)) { // both stores hold something before
            Txn.executeWrite(dataset, () -> dataset.add(first));
        }
        List<Quad> quads = quads(5000, 7);
        Txn.executeWrite(expected, () -> quads.forEach(expected::add));
        Txn.executeWrite(actual, () -> {
            QuadBatch batch = QuadBatch.of(actual);
            quads.forEach(q -> batch.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            batch.write();
        });
        // each pattern is answered by another of the six indexes: GSPO, GPOS, GOSP, SPOG, POSG, OSPG
        for (Quad q : quads.subList(0, 100)) {
            List<Quad> patterns = List.of(Quad.create(q.getGraph(), Node.ANY, Node.ANY, Node.ANY),
                    Quad.create(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY),
                    Quad.create(q.getGraph(), Node.ANY, Node.ANY, q.getObject()),
                    Quad.create(Node.ANY, q.getSubject(), Node.ANY, Node.ANY),
                    Quad.create(Node.ANY, Node.ANY, q.getPredicate(), Node.ANY),
                    Quad.create(Node.ANY, Node.ANY, Node.ANY, q.getObject()));
            for (Quad pattern : patterns) {
                assertEquals(find(expected, pattern), find(actual, pattern), pattern.toString());
            }
        }
        assertEquals(find(expected, Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY)),
                find(actual, Quad.create(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> quads.forEach(q -> {
            for (Node node : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                assertEquals(TDBInternal.getNodeId(expected, node).toString(),
                        TDBInternal.getNodeId(actual, node).toString(), node.toString());
            }
        })));
    }
}
