package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The longest dictionary match marks its tokens B and I, for the token and its neighbours. */
class GazetteerFeatureGeneratorTest {
    private static List<String> features(boolean caseSensitive, String sentence, int index) {
        Dictionary dictionary = new Dictionary(caseSensitive);
        dictionary.put(new StringList("New", "York"));
        dictionary.put(new StringList("York"));
        dictionary.put(new StringList("United", "States", "of", "America"));
        List<String> features = new ArrayList<>();
        new GazetteerFeatureGenerator("city", dictionary).createFeatures(features, sentence.split(" "), index,
                new String[0]);
        return features;
    }

    @ParameterizedTest(name = "{0} [{1}] case-sensitive={2}")
    @CsvSource(delimiter = '|', textBlock = """
            flew to New York today                  | 2 | false | gz:city=B gz:city+1=I
            flew to New York today                  | 3 | false | gz:city=I gz:city-1=B
            flew to New York today                  | 4 | false | gz:city-1=I
            flew to NEW YORK today                  | 3 | false | gz:city=I gz:city-1=B
            flew to NEW YORK today                  | 3 | true  | ''
            in York                                 | 1 | true  | gz:city=B
            the United States of America said       | 3 | false | gz:city=I gz:city-1=I gz:city+1=I
            the United States said                  | 1 | false | ''
            """)
    void marksTheLongestMatch(String sentence, int index, boolean caseSensitive, String expected) {
        assertEquals(expected, String.join(" ", features(caseSensitive, sentence, index)));
    }
}
