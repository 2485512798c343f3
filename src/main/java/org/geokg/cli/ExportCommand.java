package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.geokg.query.QueryRunner;
import org.geokg.GeoKgException;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geokg export}: writes the whole graph as RDF. */
@Command(name = "export", description = "Write the knowledge graph as RDF: ttl, nt (the union graph), "
        + "trig, nq (one named graph per article) or jsonld.")
final class ExportCommand implements Callable<Integer> {
    private static final String SAME_AS = "CONSTRUCT { ?e owl:sameAs ?t } WHERE { ?e owl:sameAs ?t }";

    /** Export formats. */
    enum Format {
        ttl(Lang.TURTLE), nt(Lang.NTRIPLES), trig(Lang.TRIG), nq(Lang.NQUADS), jsonld(Lang.JSONLD);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, nt, trig, nq or jsonld (default: trig).")
    Format format = Format.trig;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--links", paramLabel = "FILE",
            description = "Write only the owl:sameAs links to Wikidata and GeoNames, as N-Triples, to FILE.")
    Path links;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        if (links != null) {
            try (KgStore store = storeOptions.open();
                 OutputStream stream = new BufferedOutputStream(Files.newOutputStream(links))) {
                RDFDataMgr.write(stream, store.construct(QueryRunner.parse(SAME_AS, "links")), Lang.NTRIPLES);
            } catch (IOException e) {
                throw new GeoKgException(links + ": cannot write: " + e.getMessage(), e);
            }
            return 0;
        }
        try (KgStore store = storeOptions.open();
             OutputStream stream = out == null ? nonClosing(System.out)
                     : new BufferedOutputStream(Files.newOutputStream(out))) {
            store.export(format.lang, stream);
        } catch (IOException e) {
            throw new GeoKgException(out + ": cannot write: " + e.getMessage(), e);
        }
        return 0;
    }

    private static OutputStream nonClosing(OutputStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
