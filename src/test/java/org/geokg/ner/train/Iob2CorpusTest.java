package org.geokg.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameSample;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Iob2Corpus} on small samples in Universal NER's columns. A sample is written on one row of the CSV source,
 * lines separated by {@code /} and columns by spaces (tabs in the file, {@code ''} an empty cell); {@code ¶} marks a
 * sentence that starts a document, and {@code ||} separates the sentences read.
 */
class Iob2CorpusTest {
    private static final Iob2Corpus UNER = Iob2Corpus.standard();

    @TempDir
    Path dir;

    /** The lines of a sample: {@code /} between lines, spaces between columns (none in comments), '' an empty cell. */
    static List<String> lines(String sample) {
        return Arrays.stream(sample.split(" ?/ ?", -1))
                .map(line -> line.startsWith("#") ? line : line.strip().replaceAll(" +", "\t").replace("''", ""))
                .toList();
    }

    /** The sentences read, as {@code ¶ <START:person> John <END> met ... || ...}. */
    static String render(List<NameSample> samples) {
        return samples.stream()
                .map(s -> (s.isClearAdaptiveDataSet() ? "¶ " : "") + s.toString().strip())
                .collect(Collectors.joining(" || "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # case | the sample | the sentences read
            names and comment lines, the last sentence ended by the end of the file | \
              # newdoc id = d1 / # sent_id = d1-1 / # text = John Smith met Mary . / 1 John B-PER - stephen / \
              2 Smith I-PER - stephen / 3 met O - - / 4 Mary B-PER - - / 5 . O - - / / # sent_id = d1-2 / \
              1 In O - - / 2 Buenos B-LOC - - / 3 Aires I-LOC - - | \
              "¶ <START:person> John Smith <END> met <START:person> Mary <END> . \
            || In <START:place> Buenos Aires <END>"
            an I- tag without a B- starts a name | \
              1 the O - - / 2 United I-ORG - - / 3 Nations I-ORG - - / 4 said O - - / | \
              ¶ the <START:organization> United Nations <END> said
            an I- tag of another type starts a name | \
              1 Paris B-LOC - - / 2 Hilton I-PER - - / 3 sings O - - | \
              ¶ <START:place> Paris <END> <START:person> Hilton <END> sings
            two B- tags are two names | \
              1 Obama B-PER - - / 2 Biden I-PER - - / 3 Harris B-PER - - | \
              ¶ <START:person> Obama Biden <END> <START:person> Harris <END>
            a blank line ends a sentence and the name at its end | \
              1 to O - - / 2 Argentina B-LOC - - / / / 1 Argentina B-LOC - - / 2 is O - - / | \
              "¶ to <START:place> Argentina <END> || <START:place> Argentina <END> is"
            a newdoc line starts a document | \
              # newdoc id = a / 1 hi O - - / / # newdoc id = b / # sent_id = b-1 / 1 yo O - - / / 1 ok O - - | \
              "¶ hi || ¶ yo || ok"
            further columns are ignored and three are enough | \
              1 Berlin B-LOC / 2 is O x y z | \
              ¶ <START:place> Berlin <END> is
            """)
    void readsTheSentencesAndNames(String name, String sample, String expected) {
        assertEquals(expected, render(UNER.read(lines(sample), "sample.iob2")), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # case | the sample | the error
            two columns | # text = x / 1 x O / 2 y | \
              sample.iob2:3: a token line has at least 3 tab-separated columns (index, token, IOB2 tag), this one has 2
            a tag that is no IOB2 tag | 1 John B_PER - - | \
              sample.iob2:1: bad tag 'B_PER': IOB2 tags are O, B-TYPE and I-TYPE
            an entity type the table does not know | 1 Cup O - - / 2 Euro B-MISC - - | \
              sample.iob2:2: unknown entity type 'MISC' in tag B-MISC (known: LOC, ORG, PER)
            a blank line missing between sentences | 1 a O - - / 2 b O - - / 1 c O - - | \
              sample.iob2:3: token index '1' where 3 was expected (is a blank line missing between sentences?)
            an index that is no number | x a O - - | \
              sample.iob2:1: token index 'x' where 1 was expected (is a blank line missing between sentences?)
            an empty token | 1 a O / 2 '' O | sample.iob2:2: token 2 is empty
            """)
    void aMalformedLineNamesTheFileAndLine(String name, String sample, String error) {
        GeoKgException e = assertThrows(GeoKgException.class,
                () -> UNER.read(lines(sample), "sample.iob2"), name);
        assertEquals(error, e.getMessage(), name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # file name | the sample | in IOB2 columns
            a.txt       | # sent_id = 1 / 1 John B-PER - - | true
            a.conll     | / 1 the O | true
            a.iob2      | <START:person> John <END> met her . | true
            a.iob2.gz   | | true
            a.txt       | <START:person> John <END> met her . | false
            a.txt.gz    | # 1 hit / <START:person> John <END> met her . | false
            a.txt       | 1 John PER - - | false
            a.txt       | | false
            """)
    void isToldByItsNameOrItsFirstTokenLine(String file, String sample, boolean iob2) {
        assertEquals(iob2, Iob2Corpus.isIob2(Path.of(file), sample == null ? List.of() : lines(sample)));
    }

    @Test
    void nerCorpusReadsAGzippedFileByItsContent() throws IOException {
        Path file = dir.resolve("uner.conll.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines("# newdoc id = d / 1 Miramar B-LOC - - / 2 ? O - - / "))
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<NameSample> samples = NerCorpus.read(file);
        assertEquals("¶ <START:place> Miramar <END> ?", render(samples));
        assertEquals(List.of(samples), NerCorpus.documents(samples));
    }

    @Test
    void nerCorpusNamesTheFileOfAMalformedLine() throws IOException {
        Path file = dir.resolve("bad.iob2");
        Files.writeString(file, "1\tMiramar\tB-LOC\t-\t-\n2\t?\n", StandardCharsets.UTF_8);
        GeoKgException e = assertThrows(GeoKgException.class, () -> NerCorpus.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: a token line has at least 3"), e.getMessage());
    }

    @Test
    void theTableReadsUnersTypes() {
        assertEquals("person", UNER.types().get("PER"));
        assertEquals("organization", UNER.types().get("ORG"));
        assertEquals("place", UNER.types().get("LOC"));
        assertFalse(UNER.types().containsKey("MISC"));
    }
}
