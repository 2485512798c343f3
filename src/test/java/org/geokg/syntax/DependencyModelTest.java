package org.geokg.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyModelTest {
    private static DependencyModel small() {
        long[] keys = {3, 17, 1L << 39};
        int[] offsets = {0, 2, 3, 5};
        short[] classes = {0, 4, 1, 2, 5};
        float[] weights = {1.5f, -2f, 0.25f, 3f, -0.5f};
        return new DependencyModel(List.of("nsubj", "root"), new WeightTable(keys, offsets, classes, weights),
                Clusters.NONE, TagDictionary.NONE);
    }

    private static byte[] bytes(DependencyModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void aModelReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.bin");
        Files.write(file, bytes(small()));
        DependencyModel read = DependencyModel.load(file);
        assertEquals(List.of("nsubj", "root"), read.labels());
        assertEquals(1, read.rootLabel());
        assertEquals(3, read.weights().features());
        assertEquals(5, read.weights().entries());
        float[] scores = new float[Transition.classes(2)];
        read.weights().score(new long[] {17, 1L << 39, 99}, 3, scores);
        assertEquals("[0.0, 0.25, 3.0, 0.0, 0.0, -0.5]", Arrays.toString(scores));
        assertEquals(Arrays.toString(bytes(small())), Arrays.toString(bytes(read)));
    }

    @Test
    void theShippedModelWritesBackItsOwnBytes() throws Exception {
        byte[] shipped;
        try (var in = DependencyModel.class.getClassLoader().getResourceAsStream(DependencyModel.SHIPPED)) {
            shipped = in.readAllBytes();
        }
        assertTrue(Arrays.equals(shipped, bytes(DependencyModel.shipped())));
    }

    @Test
    void aTableScoresEachFeatureWithItsOwnWeightsWhateverItsNumberOfWeights() {
        Random random = new Random(15);
        int features = 2_000;
        int classes = 40;
        long[] keys = random.longs(features * 2L, 1, 1L << Features.KEY_BITS).distinct().limit(features).sorted()
                .toArray();
        int[] offsets = new int[features + 1];
        for (int f = 0; f < features; f++) { // 1 to 40 weights, most features few: the layout groups them by count
            offsets[f + 1] = offsets[f] + 1 + (random.nextInt(4) == 0 ? random.nextInt(classes) : random.nextInt(3));
        }
        short[] cls = new short[offsets[features]];
        float[] weights = new float[offsets[features]];
        for (int f = 0; f < features; f++) {
            for (int e = offsets[f], c = random.nextInt(classes); e < offsets[f + 1]; e++, c = (c + 1) % classes) {
                cls[e] = (short) c;
                weights[e] = (float) random.nextGaussian();
            }
        }
        WeightTable table = new WeightTable(keys, offsets, cls, weights);
        for (int round = 0; round < 200; round++) {
            long[] asked = new long[20];
            float[] expected = new float[classes];
            for (int i = 0; i < asked.length; i++) {
                int f = random.nextInt(features);
                asked[i] = random.nextInt(5) == 0 ? keys[f] ^ 1L << 38 : keys[f]; // a fifth unknown, mostly
                int known = Arrays.binarySearch(keys, asked[i]);
                for (int e = known < 0 ? 0 : offsets[known]; known >= 0 && e < offsets[known + 1]; e++) {
                    expected[cls[e]] += WeightTable.round(weights[e]);
                }
            }
            float[] scores = new float[classes];
            table.score(asked, asked.length, scores);
            assertEquals(Arrays.toString(expected), Arrays.toString(scores), "round " + round);
        }
    }

    @Test
    void aKeyWiderThanTheFeaturesHashesIsRefused() {
        long[] keys = {1L << Features.KEY_BITS};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightTable(keys, new int[] {0, 1}, new short[] {0}, new float[] {1f}));
        assertEquals("not a feature key: " + (1L << Features.KEY_BITS), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedInOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("none.bin");
        GeoKgException e = assertThrows(GeoKgException.class, () -> DependencyModel.load(missing));
        assertEquals(missing + ": no such parser model file", e.getMessage());
    }

    @Test
    void aFileThatIsNoModelIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.bin");
        Files.writeString(other, "PK this is a zip file, or some other thing, and no parser model at all");
        GeoKgException e = assertThrows(GeoKgException.class, () -> DependencyModel.load(other));
        assertTrue(e.getMessage().startsWith(other + ": not a GeoKG parser model"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Path empty = dir.resolve("empty.bin");
        Files.write(empty, new byte[0]);
        e = assertThrows(GeoKgException.class, () -> DependencyModel.load(empty));
        assertTrue(e.getMessage().startsWith(empty + ": not a GeoKG parser model"), e.getMessage());
    }

    @Test
    void aTruncatedModelIsNamedInOneLine(@TempDir Path dir) throws Exception {
        byte[] whole = bytes(small());
        Path cut = dir.resolve("cut.bin");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 8));
        GeoKgException e = assertThrows(GeoKgException.class, () -> DependencyModel.load(cut));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void weightsKeepSixteenBits() {
        assertEquals(1.5f, WeightTable.round(1.5f));
        assertEquals(3.140625f, WeightTable.round(3.14159f));
        assertEquals(-0.0859375f, WeightTable.round(-0.086f));
    }
}
