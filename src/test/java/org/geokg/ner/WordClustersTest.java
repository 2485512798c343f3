package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.geokg.ner.train.CorpusTokenizer;
import org.geokg.ner.train.WordClusterBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {

    private static final WordClusters CLUSTERS = new WordClusters(Map.of("Obama", "15.4.1", "said", "5.15.5",
            "china", "10.12.7"));

    @Test
    void tokensGetEveryPrefixOfTheirPathAndNeighboursTheFirstLevels() {
        List<String> features = new ArrayList<>();
        new WordClusterFeatureGenerator(CLUSTERS, 2).createFeatures(features,
                new String[] {"Obama", "said", "China", "unknownword"}, 1, null);
        assertEquals(List.of("wc1=5", "wc2=5.15", "wc3=5.15.5", "wc-1:1=15", "wc-1:2=15.4", "wc+1:1=10",
                "wc+1:2=10.12"), features);
        features.clear();
        new WordClusterFeatureGenerator(CLUSTERS, 0).createFeatures(features,
                new String[] {"China", "unknownword"}, 1, null);
        assertEquals(List.of(), features);
    }

    @Test
    void lookupFallsBackToLowerCase() {
        assertArrayEquals(new String[] {"10", "10.12", "10.12.7"}, CLUSTERS.clusters("China"));
        assertNull(CLUSTERS.clusters("OBAMA"));
    }

    @Test
    void serializerRoundTripLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream guarded = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                throw new AssertionError("the model's stream must not be closed");
            }
        };
        new WordClustersSerializer().serialize(CLUSTERS, guarded);
        assertEquals("Obama\t15.4.1\nchina\t10.12.7\nsaid\t5.15.5\n", bytes.toString(StandardCharsets.UTF_8));
        WordClusters back = new WordClustersSerializer().create(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(3, back.size());
        assertArrayEquals(CLUSTERS.clusters("said"), back.clusters("said"));
    }

    @Test
    void tokenizerSplitsLikeTheNameFinderCorpus() {
        assertEquals(List.of(List.of("Mr.", "Obama", "'s", "U.S.", "visit", "ended", "."), List.of("\"", "Yes", "\"")),
                new CorpusTokenizer().tokenize("Mr. Obama\u2019s U.S. visit ended.\n\u201CYes\u201D"));
    }

    @Test
    void builderIsDeterministicAndGroupsWordsUsedAlike(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("c.jsonl.gz");
        StringBuilder text = new StringBuilder();
        String[] people = {"Smith", "Jones", "Brown", "Wilson"};
        String[] places = {"Paris", "Berlin", "Madrid", "Rome"};
        for (int i = 0; i < 40; i++) {
            text.append("Minister ").append(people[i % 4]).append(" said on Monday that the talks in ")
                    .append(places[(i + 1) % 4]).append(" were useful.\\n");
        }
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(corpus)),
                StandardCharsets.UTF_8)) {
            w.write("{\"text\":\"" + text + "\"}\n");
        }
        WordClusterBuilder.Settings settings = new WordClusterBuilder.Settings(100, 20, 5, List.of(2, 2), 10, 7L);
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        WordClusterBuilder.build(List.of(corpus), a, settings);
        WordClusterBuilder.build(List.of(corpus), b, settings);
        assertEquals(Files.readString(a), Files.readString(b));
        WordClusters clusters;
        try (var in = Files.newInputStream(a)) {
            clusters = WordClusters.read(in);
        }
        for (String p : people) {
            assertEquals(clusters.clusters("Smith")[0], clusters.clusters(p)[0], p);
        }
        for (String p : places) {
            assertEquals(clusters.clusters("Paris")[0], clusters.clusters(p)[0], p);
        }
        assertNotEquals(clusters.clusters("Smith")[0], clusters.clusters("Paris")[0]);
    }
}
