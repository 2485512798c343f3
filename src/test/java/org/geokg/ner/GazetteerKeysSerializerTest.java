package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.model.DictionarySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stored form of {@link GazetteerKeys}: what a model holds loads back to the same keys, a model with OpenNLP XML
 * dictionaries still works, and bad bytes fail.
 */
class GazetteerKeysSerializerTest {
    private final GazetteerKeysSerializer serializer = new GazetteerKeysSerializer();

    @Test
    void theShippedModelsGazetteersLoadPreparedAndWriteBackTheirOwnBytes() throws IOException {
        TokenNameFinderModel model = NameModel.shipped().orElseThrow().model();
        Map<String, byte[]> stored = storedGazetteers();
        assertEquals(11, stored.size(), stored.keySet().toString());
        for (Map.Entry<String, byte[]> entry : stored.entrySet()) {
            GazetteerKeys keys = assertInstanceOf(GazetteerKeys.class, model.getArtifact(entry.getKey()));
            assertTrue(keys.size() > 50, entry.getKey() + ": " + keys.size());
            assertArrayEquals(entry.getValue(), bytes(keys), entry.getKey());
        }
    }

    /**
     * The shipped model with its gazetteers written back as OpenNLP XML dictionaries, as models trained before the
     * prepared form hold them, loads, and tags the sentences of real articles as the shipped model does.
     */
    @Test
    void aModelWithXmlDictionariesStillLoadsAndTagsTheSame(@TempDir Path dir) throws IOException {
        Path older = dir.resolve("xml-dictionaries.bin");
        try (InputStream in = NameModel.class.getClassLoader().getResourceAsStream(NameModel.RESOURCE);
                ZipInputStream zip = new ZipInputStream(in);
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(older))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().endsWith(".dictionary")) {
                    bytes = xmlDictionary(serializer.create(new ByteArrayInputStream(bytes)));
                } else if (entry.getName().equals("manifest.properties")) {
                    bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace(
                            GazetteerKeysSerializer.class.getName(), DictionarySerializer.class.getName())
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        NameModel xml = NameModel.load(older);
        assertInstanceOf(Dictionary.class, xml.model().getArtifact("gaz-city.dictionary"));
        NameTagger fromXml = xml.newTagger();
        NameTagger shipped = NameModel.shipped().orElseThrow().newTagger();
        int names = 0;
        for (String[] tokens : GazetteerKeysTest.articleSentences()) {
            Span[] expected = shipped.find(tokens);
            assertArrayEquals(expected, fromXml.find(tokens), String.join(" ", tokens));
            names += expected.length;
        }
        assertTrue(names > 1_000, "names: " + names);
    }

    private static byte[] xmlDictionary(GazetteerKeys keys) throws IOException {
        Dictionary dictionary = new Dictionary(keys.caseSensitive());
        for (String entry : keys.entries()) {
            dictionary.put(new StringList(entry.split(String.valueOf(GazetteerKeys.JOINER))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DictionarySerializer().serialize(dictionary, out);
        return out.toByteArray();
    }

    @Test
    void keysWhoseLowerCaseAndCaseFoldingDisagreeComeBackTheSame() throws IOException {
        Dictionary dictionary = new Dictionary(false);
        for (String entry : new String[] {"\u0130zmir", "\u01c5emal Bijedi\u0107", "Stra\u00dfe", "\u017ftar City",
                "Paris", "New York City", "K\u0130EL"}) {
            dictionary.put(new StringList(entry.split(" ")));
        }
        GazetteerKeys keys = GazetteerKeys.of(dictionary);
        byte[] written = bytes(keys);
        GazetteerKeys read = serializer.create(new ByteArrayInputStream(written));
        assertArrayEquals(written, bytes(read));
        assertEquals(keys.entries(), read.entries());
        String[] sentence = {"From", "\u0130ZM\u0130R", "to", "new", "york", "city", "and", "\u01c4EMAL",
            "BIJEDI\u0106"};
        assertArrayEquals(keys.tags(sentence), read.tags(sentence));
        assertEquals("BII", new String(read.tags(sentence), 3, 3), "new york city");
        assertEquals("BI", new String(read.tags(sentence), 7, 2), "the title-case entry in upper case");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                   | ''
            not this format         | '<dictionary case_sensitive="false">'
            unknown version         | 'geokg-gazetteer-keys 2 ignore-case 1\\nparis\\n'
            unknown case            | 'geokg-gazetteer-keys 1 some-case 1\\nparis\\n'
            the count is no number  | 'geokg-gazetteer-keys 1 ignore-case one\\nparis\\n'
            fewer entries than said | 'geokg-gazetteer-keys 1 ignore-case 3\\nparis\\nrome\\n'
            """)
    void badBytesAreAnInvalidFormat(String what, String text) {
        byte[] bytes = text.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidFormatException.class, () -> serializer.create(new ByteArrayInputStream(bytes)), what);
    }

    @Test
    void anEntryOfMoreTokensThanMatchingAllowsIsAnInvalidFormat() {
        String entry = String.join("\t", Collections.nCopies(GazetteerKeys.MAX_TOKENS + 1, "w"));
        byte[] bytes = ("geokg-gazetteer-keys 1 ignore-case 1\n" + entry + "\n").getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidFormatException.class, () -> serializer.create(new ByteArrayInputStream(bytes)));
    }

    @Test
    void anEntryWithANullCharacterIsAnInvalidFormat() {
        byte[] bytes = "geokg-gazetteer-keys 1 case-sensitive 1\nNew\u0000York\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidFormatException.class, () -> serializer.create(new ByteArrayInputStream(bytes)));
    }

    @Test
    void anEntryWithATabCannotBeWritten() {
        Dictionary dictionary = new Dictionary(true);
        dictionary.put(new StringList("Tab\there"));
        GazetteerKeys keys = GazetteerKeys.of(dictionary);
        assertThrows(InvalidFormatException.class, () -> bytes(keys));
    }

    private byte[] bytes(GazetteerKeys keys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(keys, out);
        return out.toByteArray();
    }

    /** The gazetteer entries of the shipped model's zip, as stored. */
    private static Map<String, byte[]> storedGazetteers() throws IOException {
        Map<String, byte[]> stored = new HashMap<>();
        try (InputStream in = NameModel.class.getClassLoader().getResourceAsStream(NameModel.RESOURCE);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".dictionary")) {
                    stored.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return stored;
    }
}
