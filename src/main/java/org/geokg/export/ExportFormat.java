package org.geokg.export;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.geokg.graph.format.CytoscapeWriter;
import org.geokg.graph.format.D3Writer;
import org.geokg.graph.format.DotWriter;
import org.geokg.graph.format.GexfWriter;
import org.geokg.graph.format.GraphMlWriter;
import org.geokg.graph.format.NetworkWriter;

/**
 * The export formats by name: RDF syntaxes, which Jena writes (TriG and N-Quads keep one named graph per article,
 * the others write the union graph), and network formats, which a {@link NetworkWriter} writes. Each prints as its
 * lower-case name ({@code ttl}, {@code graphml}), the name the command line takes.
 */
public enum ExportFormat {
    TTL(Lang.TURTLE), NT(Lang.NTRIPLES), TRIG(Lang.TRIG), NQ(Lang.NQUADS), JSONLD(Lang.JSONLD),
    GRAPHML(new GraphMlWriter()), GEXF(new GexfWriter()), DOT(new DotWriter()), CYTOSCAPE(new CytoscapeWriter()),
    D3(new D3Writer());

    private final Lang lang;
    private final NetworkWriter writer;

    ExportFormat(Lang lang) {
        this.lang = lang;
        this.writer = null;
    }

    ExportFormat(NetworkWriter writer) {
        this.lang = null;
        this.writer = writer;
    }

    /** Whether this is a network format (graphml, gexf, dot, cytoscape, d3) rather than an RDF syntax. */
    public boolean isNetwork() {
        return writer != null;
    }

    /** The RDF syntax; null for a network format. */
    Lang lang() {
        return lang;
    }

    /** The network writer; null for an RDF syntax. */
    NetworkWriter writer() {
        return writer;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
