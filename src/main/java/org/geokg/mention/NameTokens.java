package org.geokg.mention;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * What the mention rules ask of a sentence's tokens: where a person's name ends, whether a word can be part of one,
 * what the gazetteers know of a span, and how a span becomes a mention. One class, so that every rule reads names
 * alike. Immutable and thread-safe.
 */
final class NameTokens {
    /** The most name words a person's name is read with; particles and hyphens do not count. */
    static final int MAX_NAME_TOKENS = 4;
    private static final Set<String> NOT_NAMES = Words.set("not-name");
    private static final Set<String> ORGANIZATION_HEADS = Words.set("organization-head");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Words.set("complement-preposition");
    private static final Set<String> NAME_PARTICLES = Words.set("name-particle");
    private static final Set<String> POST_NOMINALS = Words.set("post-nominal");
    private static final Set<String> DOCUMENT_HEADS = Words.set("document-head");
    /** One token that is a name although it starts in lower case: "al-Shaer", "bin-Laden". */
    private static final Pattern HYPHENATED_NAME = Pattern.compile(
            "(" + String.join("|", Words.list("hyphenated-name-prefix")) + ")-\\p{Lu}\\p{L}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;

    NameTokens(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a capitalized word is never part of a name: "The", "However", a month or a weekday. */
    static boolean isNotName(String word) {
        return NOT_NAMES.contains(word) || CalendarWords.isDateWord(word);
    }

    /**
     * Whether a span stands inside a document's name, right before its head or after its head and "of": "Paris" in
     * "Paris Agreement" and "Kyoto Protocol", "Rome" in "Treaty of Rome". Such a name is no mention of the place.
     */
    static boolean inDocumentName(Sentence sentence, int start, int end) {
        boolean headAfter = end < sentence.size() && DOCUMENT_HEADS.contains(sentence.token(end).text());
        boolean headOfBefore = start >= 2 && "of".equals(sentence.token(start - 1).text())
                && DOCUMENT_HEADS.contains(sentence.token(start - 2).text());
        return headAfter || headOfBefore;
    }

    /** Whether a span of two words or more is a document's name: "Kyoto Protocol", "Treaty of Rome". */
    static boolean isDocumentName(Sentence sentence, int start, int end) {
        return end - start >= 2 && DOCUMENT_HEADS.contains(sentence.token(end - 1).text())
                || end - start >= 3 && DOCUMENT_HEADS.contains(sentence.token(start).text())
                && "of".equals(sentence.token(start + 1).text());
    }

    /** Whether a word ends organization names ("Ministry", "Council", "Inc."). */
    static boolean isOrganizationHead(String word) {
        return ORGANIZATION_HEADS.contains(word);
    }

    /** Whether a word joins a head to its complement ("of", "for", "on"). */
    static boolean isComplementPreposition(String word) {
        return COMPLEMENT_PREPOSITIONS.contains(word);
    }

    /** End (exclusive) of the longest run of name tokens starting at {@code start}, at most four names long. */
    int nameEnd(Sentence sentence, int start) {
        int end = start;
        int names = 0;
        while (end < sentence.size() && names < MAX_NAME_TOKENS) {
            if (isNameToken(sentence, end)) {
                names++;
                end++;
            } else if (names > 0 && gluedHyphen(sentence, end)) {
                end += 2;
            } else if (names > 0 && NAME_PARTICLES.contains(sentence.token(end).text()) && end + 2 < sentence.size()
                    && gluedHyphen(sentence, end + 1)) {
                end += 3; // "al - Shaer"
            } else if (names > 0 && end + 1 < sentence.size()
                    && NAME_PARTICLES.contains(sentence.token(end).text())
                    && isNameToken(sentence, end + 1)) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** A hyphen written without spaces between a name and a word: "al-Thani", "Ki-moon". */
    private static boolean gluedHyphen(Sentence sentence, int i) {
        if (i + 1 >= sentence.size() || !"-".equals(sentence.token(i).text())) {
            return false;
        }
        Token before = sentence.token(i - 1);
        Token hyphen = sentence.token(i);
        Token after = sentence.token(i + 1);
        return before.end() == hyphen.begin() && hyphen.end() == after.begin()
                && Character.isLetter(after.text().charAt(0));
    }

    /** Whether token {@code i} can be part of a person's name and is not tagged a verb. */
    boolean isNameToken(Sentence sentence, int i) {
        Token token = sentence.token(i);
        return !"VERB".equals(token.pos()) && isNameWord(token);
    }

    /** Whether a word, whatever its tag, can be part of a person's name. */
    boolean isNameWord(Token token) {
        String word = token.text();
        if (HYPHENATED_NAME.matcher(word).matches()) {
            return true; // "al-Shaer", "bin-Laden"
        }
        if (!token.isCapitalized() || isNotName(word) || Titles.isTitleWord(word) || isOrganizationHead(word)
                || POST_NOMINALS.contains(word)) {
            return false;
        }
        if (word.length() == 1 || word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                && word.length() > 2 && !word.endsWith(".")) {
            return false;
        }
        Optional<Gazetteer.Hit> hit = lookup(word);
        return hit.isEmpty() || hit.get().entry().type() == EntityType.PERSON
                || hit.get().entry().type() == EntityType.CITY && !hit.get().entry().capital();
    }

    /**
     * The first token of a name that follows the complement of a title ("Minister of Finance Antônio Palocci",
     * "Minister of Mines and Energy Dilma Rousseff"): common words right after "title of" or "title for" belong to the
     * title, when a word that is no common word follows them.
     */
    int afterTitleComplement(Sentence sentence, int start, int end) {
        int before = start - 1; // the complement may have begun before the span: "of Foreign | Relations Celso Amorim"
        while (before >= 0 && (sentence.token(before).isCapitalized()
                && gazetteer.isCommonWord(sentence.token(before).text())
                || sentence.token(before).text().equals("and"))) {
            before--;
        }
        if (before < 1 || !isComplementPreposition(sentence.token(before).text())
                || !Titles.isTitleWord(sentence.token(before - 1).text())) {
            return start;
        }
        int first = start;
        while (first + 1 < end && (gazetteer.isCommonWord(sentence.token(first).text())
                || sentence.token(first).text().equals("and"))) {
            first++;
        }
        return gazetteer.isCommonWord(sentence.token(first).text()) ? start : first; // "Minister of Foreign Affairs"
    }

    /** The gazetteer entry of one word, if any. */
    Optional<Gazetteer.Hit> lookup(String word) {
        return gazetteer.lookup(Gazetteer.key(word));
    }

    /** The gazetteer entry of a span, unless it is a person: a known state, organization or place. */
    Optional<Gazetteer.Hit> gazetteerSpan(Sentence sentence, int start, int end) {
        return gazetteer.lookup(spanKey(sentence, start, end)).filter(hit -> hit.entry().type() != EntityType.PERSON);
    }

    /** Whether a span is a place of the gazetteers. */
    boolean isGazetteerPlace(Sentence sentence, int start, int end) {
        return gazetteerSpan(sentence, start, end).filter(hit -> hit.entry().type().isPlace()).isPresent();
    }

    /** Whether a span is a state of the gazetteers. */
    boolean isGazetteerState(Sentence sentence, int start, int end) {
        return gazetteerSpan(sentence, start, end).filter(hit -> hit.entry().type() == EntityType.STATE).isPresent();
    }

    /** The gazetteer lookup key of a span: the keys of its tokens, joined without spaces. */
    static String spanKey(Sentence sentence, int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            key.append(Gazetteer.key(sentence.token(i).text()));
        }
        return key.toString();
    }

    /** The text of a span with every run of white space made one space: the name of a name no gazetteer knows. */
    static String spanName(AnalyzedText text, Sentence sentence, int start, int end) {
        return SPACES.matcher(text.span(sentence.token(start).begin(), sentence.token(end - 1).end())).replaceAll(" ");
    }

    /** The mention of tokens {@code start} to {@code end} (exclusive) of a sentence. */
    static Mention mention(AnalyzedText text, Sentence sentence, int start, int end, EntityType type, String name,
                           boolean demonym, String rule) {
        int begin = sentence.token(start).begin();
        int stop = sentence.token(end - 1).end();
        return new Mention(type, text.span(begin, stop), begin, stop, sentence.index(), start, end, name, demonym,
                rule);
    }

    /** The mention of a name no gazetteer knows, named by its own text ({@link #spanName}, {@link #canonical}). */
    static Mention newName(AnalyzedText text, Sentence sentence, int start, int end, EntityType type, String rule) {
        return mention(text, sentence, start, end, type, canonical(spanName(text, sentence, start, end), type), false,
                rule);
    }

    /**
     * A name as the graph labels it, the same in every article: straight apostrophes ("O'Farrell"), none at the end
     * ("Menzies’" of "Robert Menzies’ government"), and a person's name written in capitals, as transcripts name
     * their speakers ("NEIL MITCHELL"), in title case.
     */
    static String canonical(String name, EntityType type) {
        String straight = name.replace('’', '\'');
        while (straight.length() > 1 && straight.endsWith("'")) {
            straight = straight.substring(0, straight.length() - 1);
        }
        boolean capitals = straight.chars().filter(Character::isLetter).count() >= 3
                && straight.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (type != EntityType.PERSON || !capitals) {
            return straight;
        }
        StringBuilder titled = new StringBuilder(straight.length());
        boolean wordStart = true;
        for (char c : straight.toCharArray()) {
            titled.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return titled.toString();
    }
}
