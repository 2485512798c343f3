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
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stored form of {@link GazetteerKeys}: what a model holds loads back to the same keys, and bad bytes fail. */
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
