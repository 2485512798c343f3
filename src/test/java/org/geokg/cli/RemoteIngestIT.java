package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

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
}
