package org.geokg.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Quads added to a TDB2 store inside its write transaction, written when all are in. What {@link DatasetGraph#add}
 * does one quad at a time, a batch does once for all: each node is looked up (or allocated) in the node table once,
 * in the order the quads came, and each of the six quad indexes gets every quad, as the same record, but in the
 * index's own key order, so that consecutive inserts fall on the same B+tree pages. The store ends up with the same
 * quads and the same node ids.
 *
 * <p>Not thread-safe: one batch per write transaction, used by the thread that holds it.
 */
final class QuadBatch {
    private static final int WIDTH = 4;

    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    /**
     * Each node's id as its key bytes read as a number, which orders as the B+tree compares records. Not keyed by
     * {@link NodeId}: its {@code equals} leaves the id's type out, so an inline number can equal a node's address.
     */
    private final Map<Node, Long> keys = new HashMap<>();
    /** The quads added, four node keys each in graph, subject, predicate, object order. */
    private long[] quads = new long[1024];
    private int size;

    private QuadBatch(NodeTupleTable table) {
        this.nodes = table.getNodeTable();
        this.indexes = table.getTupleTable().getIndexes();
    }

    /** A batch for the quad table of a TDB2 dataset, used inside the dataset's write transaction. */
    static QuadBatch of(DatasetGraph dataset) {
        return new QuadBatch(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable());
    }

    /** Adds a quad of a named graph; it is written by {@link #write()}. */
    void add(Node graph, Node subject, Node predicate, Node object) {
        if (quads.length < WIDTH * (size + 1)) {
            quads = Arrays.copyOf(quads, quads.length * 2);
        }
        int at = WIDTH * size++;
        quads[at] = key(graph);
        quads[at + 1] = key(subject);
        quads[at + 2] = key(predicate);
        quads[at + 3] = key(object);
    }

    private long key(Node node) {
        Long key = keys.get(node);
        if (key == null) {
            byte[] bytes = new byte[NodeId.SIZE];
            NodeIdFactory.set(nodes.getAllocateNodeId(node), bytes);
            key = ByteBuffer.wrap(bytes).getLong();
            keys.put(node, key);
        }
        return key;
    }

    /** Inserts the quads added into every index, each in its key order; the batch is empty after. */
    void write() {
        for (TupleIndex index : indexes) {
            if (index instanceof TupleIndexRecord records) {
                insertSorted(records.getMapping(), records.getRangeIndex());
            } else if (index != null) {
                for (int i = 0; i < size; i++) {
                    index.add(TupleFactory.create4(id(i, 0), id(i, 1), id(i, 2), id(i, 3)));
                }
            }
        }
        size = 0;
    }

    private NodeId id(int quad, int slot) {
        return NodeIdFactory.get(ByteBuffer.allocate(NodeId.SIZE).putLong(0, quads[WIDTH * quad + slot]).array());
    }

    /**
     * Inserts the quads into one index's B+tree as {@link TupleIndexRecord} does (a record of the four node ids' key
     * bytes in the index's column order), sorted by those bytes.
     */
    private void insertSorted(TupleMap columns, RangeIndex tree) {
        RecordFactory factory = tree.getRecordFactory();
        Record[] records = new Record[size];
        for (int i = 0; i < size; i++) {
            ByteBuffer key = ByteBuffer.allocate(WIDTH * NodeId.SIZE);
            for (int slot = 0; slot < WIDTH; slot++) {
                key.putLong(quads[WIDTH * i + columns.getSlotIdx(slot)]);
            }
            records[i] = factory.create(key.array());
        }
        Arrays.sort(records, (a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
        for (Record record : records) {
            tree.insert(record);
        }
    }
}
