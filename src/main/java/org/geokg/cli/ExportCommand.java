package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.geokg.GeoKgException;
import org.geokg.graph.MeetingFilter;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkBuilder;
import org.geokg.graph.format.CytoscapeWriter;
import org.geokg.graph.format.D3Writer;
import org.geokg.graph.format.DotWriter;
import org.geokg.graph.format.GexfWriter;
import org.geokg.graph.format.GraphMlWriter;
import org.geokg.graph.format.NetworkWriter;
import org.geokg.query.QueryRunner;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geokg export}: writes the graph as RDF, or the meeting network (or any graph) for graph tools. */
@Command(name = "export", description = {
        "Write the knowledge graph as RDF: ttl, nt (the union graph), trig, nq (one named graph per article) or",
        "jsonld; or the meeting network for graph tools: graphml, gexf (Gephi), dot (Graphviz), cytoscape",
        "(Cytoscape.js) or d3.",
        "--query FILE.rq exports the result of a CONSTRUCT query instead, in any of these formats;",
        "--links FILE writes only the owl:sameAs links to Wikidata and GeoNames, as N-Triples."})
final class ExportCommand implements Callable<Integer> {
    private static final String SAME_AS = "CONSTRUCT { ?e owl:sameAs ?t } WHERE { ?e owl:sameAs ?t }";

    /** Export formats: RDF syntaxes, or network formats. */
    enum Format {
        ttl(Lang.TURTLE), nt(Lang.NTRIPLES), trig(Lang.TRIG), nq(Lang.NQUADS), jsonld(Lang.JSONLD),
        graphml(new GraphMlWriter()), gexf(new GexfWriter()), dot(new DotWriter()),
        cytoscape(new CytoscapeWriter()), d3(new D3Writer());

        final Lang lang;
        final NetworkWriter writer;

        Format(Lang lang) {
            this.lang = lang;
            this.writer = null;
        }

        Format(NetworkWriter writer) {
            this.lang = null;
            this.writer = writer;
        }
    }

    /** Which network the graph formats write. */
    enum GraphChoice { meetings, full }

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, nt, trig, nq, jsonld, graphml, gexf, dot, "
            + "cytoscape or d3 (default: trig).")
    Format format = Format.trig;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Write only the owl:sameAs links to Wikidata and GeoNames, as N-Triples, to FILE.")
    Path links;

    @Option(names = "--graph", paramLabel = "GRAPH", description = "For the graph formats: meetings (agents and "
            + "who met whom, the default) or full (every entity, position and meeting and their relations).")
    GraphChoice graph;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Export the result of this CONSTRUCT query.")
    Path query;

    @Mixin
    MeetingFilterOptions filter;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        checkOptions();
        if (links != null) {
            try (KgStore store = storeOptions.open()) {
                write(links, stream -> RDFDataMgr.write(stream, store.construct(QueryRunner.parse(SAME_AS, "links")),
                        Lang.NTRIPLES));
            }
            return 0;
        }
        Query construct = query == null ? null : readQuery(query);
        MeetingFilter meetings = filter.filter();
        try (KgStore store = storeOptions.open()) {
            if (format.writer == null) {
                writeRdf(store, construct);
            } else {
                writeNetwork(network(store, construct, meetings));
            }
        }
        return 0;
    }

    private void checkOptions() {
        if (links != null && (query != null || graph != null || filter.given())) {
            throw new UsageException("--links writes only the links; it takes no --query, --graph or filters");
        }
        if (format.writer == null && (graph != null || filter.given())) {
            throw new UsageException("--graph, --since, --until and --type apply to the graph formats "
                    + "(graphml, gexf, dot, cytoscape, d3), not to " + format);
        }
        if (query != null && (graph != null || filter.given())) {
            throw new UsageException("--query replaces --graph, --since, --until and --type");
        }
        if (graph == GraphChoice.full && filter.given()) {
            throw new UsageException("--since, --until and --type apply to the meeting network, not to --graph full");
        }
    }

    private Network network(KgStore store, Query construct, MeetingFilter meetings) {
        NetworkBuilder builder = new NetworkBuilder(store);
        if (construct != null) {
            return builder.construct(construct);
        }
        return graph == GraphChoice.full ? builder.full() : builder.meetings(meetings);
    }

    private void writeRdf(KgStore store, Query construct) {
        write(out, stream -> {
            if (construct == null) {
                store.export(format.lang, stream);
            } else {
                Graph graph = store.construct(construct);
                graph.getPrefixMapping().setNsPrefixes(construct.getPrefixMapping());
                RDFDataMgr.write(stream, graph, format.lang);
            }
        });
    }

    private void writeNetwork(Network network) {
        write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            format.writer.write(network, writer);
            writer.flush();
        });
    }

    /** Something that writes to the output. */
    private interface Body {
        void write(OutputStream stream) throws IOException;
    }

    /** Writes to the file, or to standard output when it is {@code null}. */
    private static void write(Path file, Body body) {
        try (OutputStream stream = file == null ? nonClosing(System.out)
                : new BufferedOutputStream(Files.newOutputStream(file))) {
            body.write(stream);
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads and parses a CONSTRUCT or DESCRIBE query; an unreadable file or another kind of query is bad usage. */
    static Query readQuery(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read the query: " + e.getMessage(), e);
        }
        Query parsed = QueryRunner.parse(text, file.toString());
        if (!parsed.isConstructType() && !parsed.isDescribeType()) {
            throw new UsageException(file + ": a CONSTRUCT or DESCRIBE query is needed to export a graph");
        }
        return parsed;
    }

    private static OutputStream nonClosing(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
