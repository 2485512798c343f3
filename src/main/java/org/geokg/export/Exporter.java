package org.geokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkBuilder;
import org.geokg.store.KgStore;

/**
 * Writes a selection of a store in an export format, as UTF-8. An RDF syntax gets the store's graphs or a query's
 * graph; a network format gets the network built from them ({@link NetworkBuilder}).
 *
 * <pre>
 * new Exporter(store).write(ExportFormat.GEXF, new Selection.Meetings(MeetingFilter.all()), out);
 * </pre>
 *
 * <p>Thread-safe when the store is.
 */
public final class Exporter {
    private final KgStore store;

    public Exporter(KgStore store) {
        this.store = store;
    }

    /**
     * Writes the selection; the stream is flushed, not closed. The meeting network has no RDF form: asking for it
     * in an RDF syntax is an {@link IllegalArgumentException}.
     */
    public void write(ExportFormat format, Selection selection, OutputStream out) throws IOException {
        if (format.isNetwork()) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.writer().write(network(selection), writer);
            writer.flush();
        } else if (selection instanceof Selection.Construct construct) {
            Graph graph = store.construct(construct.query());
            graph.getPrefixMapping().setNsPrefixes(construct.query().getPrefixMapping());
            RDFDataMgr.write(out, graph, format.lang());
        } else if (selection instanceof Selection.All) {
            store.export(format.lang(), out);
        } else {
            throw new IllegalArgumentException("the meeting network is written in a network format, not " + format);
        }
        out.flush();
    }

    private Network network(Selection selection) {
        NetworkBuilder builder = new NetworkBuilder(store);
        if (selection instanceof Selection.Meetings meetings) {
            return builder.meetings(meetings.filter());
        }
        if (selection instanceof Selection.Construct construct) {
            return builder.construct(construct.query());
        }
        return builder.full();
    }
}
