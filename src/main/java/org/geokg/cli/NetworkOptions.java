package org.geokg.cli;

import org.geokg.export.ExportFormat;
import org.geokg.export.Selection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code --graph} option and the meeting filters, which choose the network that a graph format writes. */
final class NetworkOptions {
    /** Which network the graph formats write. */
    enum GraphChoice { meetings, full }

    @Option(names = "--graph", paramLabel = "GRAPH", description = "For the graph formats: meetings (agents and "
            + "who met whom, the default) or full (every entity, position and meeting and their relations).")
    GraphChoice graph;

    @Mixin
    MeetingFilterOptions filter;

    /** Whether any of the options was given. */
    boolean given() {
        return graph != null || filter.given();
    }

    /** What a format writes: the whole store, or the meeting network; options that do not apply are usage errors. */
    Selection selection(ExportFormat format) {
        if (!format.isNetwork() && given()) {
            throw new UsageException("--graph, --since, --until and --type apply to the graph formats "
                    + "(graphml, gexf, dot, cytoscape, d3), not to " + format);
        }
        if (graph == GraphChoice.full && filter.given()) {
            throw new UsageException("--since, --until and --type apply to the meeting network, not to --graph full");
        }
        return format.isNetwork() && graph != GraphChoice.full ? new Selection.Meetings(filter.filter())
                : new Selection.All();
    }
}
