package org.geokg.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.TupleMap;
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
            if (!(index instanceof TupleIndexRecord records)) {
                throw new IllegalStateException("a TDB2 quad index that is no B+tree of records: " + index);
            }
            insertSorted(records.getMapping(), records.getRangeIndex());
        }
        size = 0;
    }

    /**
     * Inserts the quads into one index's B+tree as {@link TupleIndexRecord} does (a record of the four node ids' key
     * bytes in the index's column order), sorted by those bytes. The sort is this class's own merge sort of the quads'
     * positions over their keys as numbers: {@code Arrays.sort} with a comparator of records took 2 % of an ingest's
     * samples, and the JIT compiled its {@code TimSort} again and again (about 40 times in an ingest of 1,000
     * articles, 1 to 2 s of the C2 compiler's time).
     */
    private void insertSorted(TupleMap columns, RangeIndex tree) {
        long[] keys = new long[WIDTH * size];
        for (int i = 0; i < size; i++) {
            for (int slot = 0; slot < WIDTH; slot++) {
                keys[WIDTH * i + slot] = quads[WIDTH * i + columns.getSlotIdx(slot)];
            }
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        mergeSort(keys, order, new int[size], 0, size);
        RecordFactory factory = tree.getRecordFactory();
        for (int i : order) {
            ByteBuffer key = ByteBuffer.allocate(WIDTH * NodeId.SIZE);
            for (int slot = 0; slot < WIDTH; slot++) {
                key.putLong(keys[WIDTH * i + slot]);
            }
            tree.insert(factory.create(key.array()));
        }
    }

    /** Sorts {@code order[from..to)}, positions of records in {@code keys}, by the records; stable. */
    private static void mergeSort(long[] keys, int[] order, int[] spare, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(keys, order, spare, from, middle);
        mergeSort(keys, order, spare, middle, to);
        if (compare(keys, order[middle - 1], order[middle]) <= 0) {
            return;
        }
        System.arraycopy(order, from, spare, from, to - from);
        for (int i = from, left = from, right = middle; i < to; i++) {
            boolean takeLeft = right >= to || left < middle && compare(keys, spare[left], spare[right]) <= 0;
            order[i] = takeLeft ? spare[left++] : spare[right++];
        }
    }

    /** Compares two records of four keys as the B+tree compares their bytes: key by key, unsigned. */
    private static int compare(long[] keys, int a, int b) {
        for (int slot = 0; slot < WIDTH; slot++) {
            int order = Long.compareUnsigned(keys[WIDTH * a + slot], keys[WIDTH * b + slot]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
