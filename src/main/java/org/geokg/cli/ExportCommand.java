package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.export.ExportFormat;
import org.geokg.export.Exporter;
import org.geokg.export.Selection;
import org.geokg.query.GeoSparql;
import org.geokg.query.SavedQueries;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg export}: writes the graph as RDF, or the meeting network (or any graph) for graph tools. */
@Command(name = "export", description = {
        "Write the knowledge graph as RDF: ttl, nt (the union graph), trig, nq (one named graph per article) or",
        "jsonld; or the meeting network for graph tools: graphml, gexf (Gephi), dot (Graphviz), cytoscape",
        "(Cytoscape.js) or d3.",
        "--query FILE.rq exports the result of a CONSTRUCT query instead, in any of these formats;",
        "--links FILE writes only the owl:sameAs links to Wikidata and GeoNames, as N-Triples."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, nt, trig, nq, jsonld, graphml, gexf, dot, "
            + "cytoscape or d3 (default: trig).")
    ExportFormat format = ExportFormat.TRIG;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Write only the owl:sameAs links to Wikidata and GeoNames, as N-Triples, to FILE.")
    Path links;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export the result of this CONSTRUCT query: a .rq "
            + "file, or the query text.")
    String query;

    @Mixin
    NetworkOptions network;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Selection selection = selection();
        Path file = links != null ? links : out;
        // Written beside the file and moved into place when complete: a failed export leaves the file as it was.
        Path part = file == null ? null : file.resolveSibling(file.getFileName() + ".part");
        boolean done = false;
        try {
            try (KgStore store = storeOptions.open();
                 OutputStream stream = file == null ? new CommandOutput(spec.commandLine().getOut())
                         : new BufferedOutputStream(Files.newOutputStream(part))) {
                new Exporter(store).write(links != null ? ExportFormat.NT : format, selection, stream);
            }
            if (file != null) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (!done && part != null) {
                deleteQuietly(part);
            }
        }
        return 0;
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the export's own error is the one to report
        }
    }

    private Selection selection() {
        if (links != null && (query != null || network.given())) {
            throw new UsageException("--links writes only the links; it takes no --query, --graph or filters");
        }
        if (query != null && network.given()) {
            throw new UsageException("--query replaces --graph, --since, --until and --type");
        }
        if (links != null) {
            return Selection.links();
        }
        if (query == null) {
            return network.selection(format);
        }
        Selection.Construct construct = query.endsWith(".rq") ? Selection.construct(Path.of(query))
                : Selection.construct(SavedQueries.find(query));
        GeoSparql.registerFor(construct.query()); // geof:distance in the export's query
        return construct;
    }
}
