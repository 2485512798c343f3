package org.geokg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyzerTest {
    private static NlpModels models;
    private TextAnalyzer analyzer;

    @BeforeAll
    static void loadModels() {
        models = NlpModels.load();
    }

    private AnalyzedText analyze(String text) {
        if (analyzer == null) {
            analyzer = models.newAnalyzer();
        }
        return analyzer.analyze(text);
    }

    private static void assertOffsetsHold(AnalyzedText analyzed) {
        String text = analyzed.text();
        int previousEnd = 0;
        for (int s = 0; s < analyzed.sentences().size(); s++) {
            Sentence sentence = analyzed.sentences().get(s);
            assertEquals(s, sentence.index());
            assertTrue(sentence.begin() >= previousEnd, "sentences in order, not overlapping");
            String span = text.substring(sentence.begin(), sentence.end());
            assertFalse(span.contains("\n"), "a sentence never crosses a line break: [" + span + "]");
            assertEquals(span.strip(), span, "sentence span is trimmed: [" + span + "]");
            int tokenEnd = sentence.begin();
            for (Token token : sentence.tokens()) {
                assertEquals(token.text(), text.substring(token.begin(), token.end()),
                        "token offsets in: " + span);
                assertTrue(token.begin() >= tokenEnd, "tokens in order");
                assertTrue(token.end() <= sentence.end(), "token inside its sentence");
                assertFalse(token.text().isBlank(), "no blank tokens");
                assertFalse(token.text().contains("\r"), "no carriage return in a token");
                tokenEnd = token.end();
            }
            previousEnd = sentence.end();
        }
    }

    private static List<String> words(AnalyzedText analyzed) {
        return analyzed.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    private static List<String> sentences(AnalyzedText analyzed) {
        return analyzed.sentences().stream().map(s -> analyzed.span(s.begin(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Moscow and Beijing signed a deal. Officials said it was historic.",
        "China's envoy said the talks weren't over; Russia’s side didn’t comment.",
        "“We aren’t ready,” the minister said. ‘Never,’ he added.",
        "Leaders 🤝 met in Paris 🇫🇷 on Monday. The mood was good 😀!",
        "Headline without a stop\r\n\r\nFirst paragraph. It has two sentences.\r\nA new line.\r\n",
        "\n\n  Indented start.\n\n\n\nAfter many blank lines.\n\t\nTab line above.  \n",
        "The U.S. and the U.K. agreed. Mr. Smith, 42, arrived at 10 a.m. on Jan. 5.",
        "Ukraine's, Kyiv's and the Netherlands' officials' statements—all of them—were late.",
        "Zürich, São Paulo and Kraków: mayors’ meeting in Łódź. Ελλάδα και Κύπρος."
    })
    void offsetsAlwaysMatchTheText(String text) {
        AnalyzedText analyzed = analyze(text);
        assertFalse(analyzed.sentences().isEmpty());
        assertOffsetsHold(analyzed);
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), analyze("").sentences());
        assertEquals(List.of(), analyze(" \n\r\n\t\n").sentences());
    }

    @Test
    void possessiveAndContractionCliticsAreSplitOff() {
        AnalyzedText analyzed = analyze("China's leader said Russia’s plan wasn't new and they'll see.");
        assertOffsetsHold(analyzed);
        List<String> words = words(analyzed);
        assertTrue(words.containsAll(List.of("China", "'s", "Russia", "’s")), words.toString());
        assertFalse(words.contains("China's"), words.toString());
        assertFalse(words.contains("Russia’s"), words.toString());
        assertTrue(words.contains("n't") || words.contains("not"), words.toString());
        assertFalse(words.contains("wasn't"), words.toString());
        assertFalse(words.contains("they'll"), words.toString());
    }

    @Test
    void possessiveIsSplitWhateverTheTagger() {
        // Opening a sentence, the tagger calls "Germany's" a NOUN rather than PROPN+PART.
        AnalyzedText analyzed = analyze("Germany's Chancellor spoke. But Chalmers’s aide stayed.");
        assertOffsetsHold(analyzed);
        List<String> words = words(analyzed);
        assertTrue(words.containsAll(List.of("Germany", "'s", "Chalmers", "’s")), words.toString());
    }

    @Test
    void headlineWithoutFullStopIsItsOwnSentence() {
        AnalyzedText analyzed = analyze("Putin meets Xi in Moscow\nThe two leaders met on Tuesday. They talked.");
        assertOffsetsHold(analyzed);
        assertEquals(List.of("Putin meets Xi in Moscow", "The two leaders met on Tuesday.", "They talked."),
                sentences(analyzed));
    }

    @Test
    void abbreviationsBeforeNumbersAndNamesDoNotEndSentences() {
        AnalyzedText analyzed = analyze("On Jan. 9 the envoys met. Gen. Mark Milley and Dr. Jane Roe arrived "
                + "on Dec. 12. They left.");
        assertOffsetsHold(analyzed);
        assertEquals(List.of("On Jan. 9 the envoys met.", "Gen. Mark Milley and Dr. Jane Roe arrived on Dec. 12.",
                "They left."), sentences(analyzed));
    }

    @Test
    void abbreviationsAndHyphenatedNamesAreOneToken() {
        AnalyzedText analyzed = analyze("Sen. Bernie Sanders disagreed with Jean-Noël Barrot and Jean-Yves Le Drian.");
        assertOffsetsHold(analyzed);
        List<String> words = words(analyzed);
        assertTrue(words.containsAll(List.of("Sen.", "Jean-Noël", "Jean-Yves")), words.toString());
        assertEquals(1, analyzed.sentences().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Israel-Hamas talks stalled.               | Israel - Hamas talks
            Leaders met for the EU-China summit.          | EU - China summit
            The Israeli-Palestinian talks resumed.        | Israeli - Palestinian talks
            Guinea-Bissau held elections.                 | Guinea-Bissau held
            Jean-Noël Barrot met Israel's envoy.          | Jean-Noël Barrot
            The Obama-Putin talks ended.                  | Obama-Putin talks
            """)
    void twoNamesThatStandApartAreSplitAtTheirHyphen(String text, String expected) {
        TextAnalyzer apart = models.newAnalyzer(name -> List.of("Israel", "Hamas", "EU", "China", "Israeli",
                "Palestinian", "Guinea", "Guinea-Bissau").contains(name));
        AnalyzedText analyzed = apart.analyze(text);
        assertOffsetsHold(analyzed);
        String words = String.join(" ", words(analyzed));
        assertTrue(words.contains(expected), words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kerry will meet Foreign Minister Sergei Lavrov.      | Lavrov  | .
            After Israel, Bush visits Bahrain and Egypt.         | Egypt   | .
            Kerry will meet Lavrov. He then flew home.           | Lavrov  | .
            He then flew home to the U.S.                        | the     | U.S.
            """)
    void theFullStopOfASentenceIsATokenOfItsOwn(String text, String lastWord, String stop) {
        AnalyzedText analyzed = analyze(text);
        assertOffsetsHold(analyzed);
        List<Token> tokens = analyzed.sentences().get(0).tokens();
        assertEquals(List.of(lastWord, stop), tokens.subList(tokens.size() - 2, tokens.size()).stream()
                .map(Token::text).toList());
    }

    @Test
    void initialsStayWithTheirNameAndEndNoSentence() {
        AnalyzedText analyzed = analyze("Former President George H. W. Bush met Mary A. Smith in Houston. "
                + "He took vitamin C. Then he left.");
        assertOffsetsHold(analyzed);
        assertEquals(List.of("Former President George H. W. Bush met Mary A. Smith in Houston.",
                "He took vitamin C.", "Then he left."), sentences(analyzed));
        List<String> words = words(analyzed);
        assertTrue(words.containsAll(List.of("H.", "W.", "A.")), words.toString());
        assertTrue(words.containsAll(List.of("C", ".")), "a sentence-final letter keeps its full stop apart: " + words);
    }

    @Test
    void namesWithAnArticleAreOneTokenAndTwoNamesStayApart() {
        AnalyzedText analyzed = analyze("Abdel Fattah al-Burhan said al-Qaeda opposed the Russia-China partnership "
                + "and its long-term plan.");
        assertOffsetsHold(analyzed);
        List<String> words = words(analyzed);
        assertTrue(words.containsAll(List.of("al-Burhan", "al-Qaeda", "Russia", "China")), words.toString());
        assertTrue(words(analyze("The opposition accuses ZANU-PF of violence.")).contains("ZANU-PF"));
        assertTrue(words.containsAll(List.of("long", "-", "term")), words.toString());
    }

    @Test
    void crLfLineEndingsEndSentencesAndAreNotPartOfThem() {
        AnalyzedText analyzed = analyze("Summit ends\r\nLeaders left. Talks go on\r\n\r\nNext day.\r\n");
        assertOffsetsHold(analyzed);
        assertEquals(List.of("Summit ends", "Leaders left.", "Talks go on", "Next day."), sentences(analyzed));
        assertEquals(List.of(0, 0, 0, 1), analyzed.sentences().stream().map(Sentence::paragraph).toList());
    }

    @Test
    void paragraphsAreNumberedByBlankLines() {
        String text = "\n\nFirst para. Still first.\nSame paragraph, new line.\n\n\n\nSecond para.\n \t \nThird.\n\n";
        AnalyzedText analyzed = analyze(text);
        assertOffsetsHold(analyzed);
        assertEquals(List.of("First para.", "Still first.", "Same paragraph, new line.", "Second para.", "Third."),
                sentences(analyzed));
        assertEquals(List.of(0, 0, 0, 1, 2), analyzed.sentences().stream().map(Sentence::paragraph).toList());
    }

    @Test
    void tokensHavePartOfSpeechTags() {
        AnalyzedText analyzed = analyze("Russia signed the agreement quickly.");
        List<Token> tokens = analyzed.sentences().get(0).tokens();
        assertEquals(List.of("Russia", "signed", "the", "agreement", "quickly", "."),
                tokens.stream().map(Token::text).toList());
        assertEquals("PROPN", tokens.get(0).pos());
        assertEquals("VERB", tokens.get(1).pos());
        assertEquals("DET", tokens.get(2).pos());
        assertEquals("NOUN", tokens.get(3).pos());
        assertEquals("PUNCT", tokens.get(5).pos());
        assertTrue(tokens.stream().noneMatch(t -> t.pos().contains("+")), "clitic tags are split too");
        assertEquals(6, analyzed.tokenCount());
    }

    @Test
    void possessiveTagsAreSplitToo() {
        AnalyzedText analyzed = analyze("The minister praised China's role.");
        for (Sentence sentence : analyzed.sentences()) {
            for (Token token : sentence.tokens()) {
                assertFalse(token.pos().contains("+"), token.toString());
            }
        }
    }

    @Test
    void analyzersAreIndependent() {
        TextAnalyzer other = models.newAnalyzer();
        String text = "Brazil and Argentina met. Chile did not.";
        assertEquals(analyze(text), other.analyze(text));
    }

    @Test
    void anOverLongSentenceIsCutAfterPunctuation() {
        String text = "Leaders of the region met in Lima , and talked at length ".repeat(150).strip();
        AnalyzedText analyzed = analyze(text);
        assertOffsetsHold(analyzed);
        assertEquals(1800, analyzed.tokenCount(), "no token lost");
        assertEquals(4, analyzed.sentences().size());
        for (Sentence sentence : analyzed.sentences().subList(0, 3)) {
            assertTrue(sentence.size() <= TextAnalyzer.MAX_SENTENCE_TOKENS, "size " + sentence.size());
            assertEquals(",", sentence.token(sentence.size() - 1).text(), "cut after a comma");
        }
    }

    @Test
    void anOverLongSentenceWithoutPunctuationIsCutAtTheLimit() {
        AnalyzedText analyzed = analyze("word ".repeat(1200).strip());
        assertOffsetsHold(analyzed);
        assertEquals(List.of(TextAnalyzer.MAX_SENTENCE_TOKENS, TextAnalyzer.MAX_SENTENCE_TOKENS, 200),
                analyzed.sentences().stream().map(Sentence::size).toList());
    }
}
