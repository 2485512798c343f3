package org.geokg.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The triples of the summary graph to delete and to add when some article graphs are replaced or removed.
 */
public record SummaryChange(List<Triple> deletions, List<Triple> additions) {
    public SummaryChange {
        deletions = List.copyOf(deletions);
        additions = List.copyOf(additions);
    }

    /**
     * The change of the summary when graphs are replaced: the entities and pairs their parts touch, their summary
     * triples as stored, and what those become once the old parts are taken away and the new ones added.
     *
     * @param removed the parts of the graphs as they were (an empty part for a graph that is new)
     * @param added the parts of the graphs as they will be (none for a graph removed)
     * @param fetch the stored summary triples of the keys touched ({@link SummaryKeys#fetch} or
     *     {@link SummaryKeys#constructQuery} on a remote store); not asked when nothing is touched
     */
    public static SummaryChange of(Collection<GraphSummary> removed, Collection<GraphSummary> added,
                                   Function<SummaryKeys, Graph> fetch) {
        List<GraphSummary> parts = new ArrayList<>(removed);
        parts.addAll(added);
        SummaryKeys keys = SummaryKeys.of(parts);
        if (keys.isEmpty()) {
            return new SummaryChange(List.of(), List.of());
        }
        Graph stored = fetch.apply(keys);
        Summary summary = Summary.read(stored);
        removed.forEach(summary::remove);
        added.forEach(summary::add);
        Graph after = summary.toGraph();
        List<Triple> deletions = new ArrayList<>();
        stored.find().forEachRemaining(t -> {
            if (!after.contains(t)) {
                deletions.add(t);
            }
        });
        List<Triple> additions = new ArrayList<>();
        after.find().forEachRemaining(t -> {
            if (!stored.contains(t)) {
                additions.add(t);
            }
        });
        return new SummaryChange(deletions, additions);
    }
}
