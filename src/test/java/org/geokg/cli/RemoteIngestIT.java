package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} and {@code query} on a remote store: a real Fuseki server on localhost with a union default graph. */
class RemoteIngestIT {
    @Test
    void ingestAndQueryThroughTheEndpoint() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", dataset).build().start();
        try {
            String url = "http://localhost:" + server.getPort() + "/ds";
            Cli ingest = Cli.run("ingest", "examples", "--endpoint", url);
            assertEquals(0, ingest.exitCode(), ingest.err());
            Cli query = Cli.run("query", "who-met-whom", "--format", "csv", "--endpoint", url);
            List<String> lines = query.out().lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Vladimir Putin,Xi Jinping,2,2023-03-20,2023-03-21")),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Mikhail Mishustin,Xi Jinping,1,2023-03-21")),
                    lines.toString());
        } finally {
            server.stop();
        }
    }

    /**
     * Issue 17: an endpoint that refuses writes made the ingest analyse the whole batch, then say "cannot write to
     * URL" with neither cause nor count. It now says both (that the reading stops at the first failed write is
     * {@code pipeline/IngestorIT}).
     */
    @Test
    void anEndpointThatRefusesWritesStopsTheIngestAtTheFirstWrite(@TempDir Path dir) throws java.io.IOException {
        Path input = KilledIngestIT.articles(dir.resolve("articles.jsonl"), 40);
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", dataset, false).build().start();
        try {
            String url = "http://localhost:" + server.getPort() + "/ds";
            Cli ingest = Cli.run("ingest", input.toString(), "--endpoint", url);
            assertEquals(1, ingest.exitCode(), ingest.err());
            String error = ingest.err().lines().filter(l -> l.startsWith("geokg: ")).findFirst().orElse("");
            assertTrue(error.startsWith("geokg: cannot write to the store: SPARQL endpoint " + url + ": HTTP 4"),
                    ingest.err());
            assertTrue(error.endsWith("; 0 articles were committed before (running the same ingest again stores "
                    + "the rest)"), error);
        } finally {
            server.stop();
        }
    }
}
