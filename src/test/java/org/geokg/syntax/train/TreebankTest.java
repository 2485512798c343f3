package org.geokg.syntax.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreebankTest {
    static Path tiny() throws Exception {
        return Path.of(TreebankTest.class.getResource("/org/geokg/syntax/tiny.conllu").toURI());
    }

    @Test
    void readsTheWordsAndTheirTreesSkippingMultiwordTokenLines() throws Exception {
        List<TreebankSentence> sentences = Treebank.read(tiny());
        assertEquals(12, sentences.size());
        TreebankSentence mwt = sentences.stream().filter(s -> s.id().equals("mwt-1")).findFirst().orElseThrow();
        assertEquals(List.of("They", "do", "n't", "agree", "."), mwt.words());
        assertEquals(List.of(3, 3, 3, -1, 3), mwt.heads());
        assertEquals("advmod", mwt.labels().get(2));
        assertEquals(List.of(new TreebankSentence.Span("They", 0, 0), new TreebankSentence.Span("don't", 1, 2),
                new TreebankSentence.Span("agree", 3, 3), new TreebankSentence.Span(".", 4, 4)), mwt.tokens());
    }

    @Test
    void aCliticWrittenOntoItsHostIsOneTokenAsOurTokenizerKeepsIt() throws Exception {
        TreebankSentence poss = Treebank.read(tiny()).get(3);
        assertEquals("poss-1", poss.id());
        assertEquals(new TreebankSentence.Span("president's", 1, 2), poss.tokens().get(1));
    }

    @Test
    void aGzippedTreebankReadsTheSame(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("tiny.conllu.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(tiny()));
        }
        assertEquals(Treebank.read(tiny()), Treebank.read(gz));
    }

    @Test
    void aMalformedLineIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.conllu");
        Files.writeString(bad, "# sent_id = x\n1\tHello\thello\tINTJ\t_\t_\t0\troot\t_\t_\n2\tthere\n\n");
        GeoKgException e = assertThrows(GeoKgException.class, () -> Treebank.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aSentenceWithTwoRootsIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("roots.conllu");
        Files.writeString(bad, "1\tHello\thello\tINTJ\t_\t_\t0\troot\t_\t_\n"
                + "2\tthere\tthere\tADV\t_\t_\t0\troot\t_\t_\n\n");
        GeoKgException e = assertThrows(GeoKgException.class, () -> Treebank.read(bad));
        assertTrue(e.getMessage().contains("not exactly one root"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("missing.conllu.gz");
        GeoKgException e = assertThrows(GeoKgException.class, () -> Treebank.read(missing));
        assertEquals(missing + ": no such treebank file", e.getMessage());
    }
}
