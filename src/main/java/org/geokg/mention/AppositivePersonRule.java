package org.geokg.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * People named next to a title set off by commas: before it ("Oleksiy Danilov, the secretary of ...", "X, China's
 * Assistant Foreign Minister") or after it ("the Malaysian representative, Rastam Mohd Isa, summarised").
 */
final class AppositivePersonRule implements MentionRule {
    private static final String RULE = "appositive";
    private static final Set<String> DETERMINERS = Words.set("appositive-determiner");
    /** Tokens that close an apposition: "the representative, Rastam Mohd Isa, summarised". */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ")", ".", ";");
    /** The most modifiers read between the comma and the title ("the US ambassador"). */
    private static final int MAX_MODIFIERS = 4;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s");

    private final NameTokens names;

    AppositivePersonRule(NameTokens names) {
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        for (int start = 0; start + 3 < sentence.size(); start++) {
            if (start > 0 && names.isNameToken(sentence, start - 1)) {
                continue;
            }
            int end = names.nameEnd(sentence, start);
            if (end - start < 2 || names.gazetteerSpan(sentence, start, end).isPresent()) {
                continue;
            }
            if (titleThenComma(sentence, start) && closesApposition(sentence, end)) {
                // "the Malaysian representative, Rastam Mohd Isa, summarised"
                candidates.add(candidate(text, sentence, start, end));
                continue;
            }
            if (end + 2 >= sentence.size() || !",".equals(sentence.token(end).text())) {
                continue;
            }
            int title = titleAfterComma(sentence, end + 1);
            if (title < sentence.size() && Titles.isTitleWord(sentence.token(title).text())
                    && !titleOfNextName(sentence, title)) {
                candidates.add(candidate(text, sentence, names.afterTitleComplement(sentence, start, end), end));
            }
        }
    }

    private static Candidate candidate(AnalyzedText text, Sentence sentence, int start, int end) {
        return new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON, RULE),
                Priority.APPOSITIVE_PERSON);
    }

    /**
     * Where the title of an apposition starts, from the token after its comma: past a determiner and up to four
     * modifiers ("X, the US ambassador", "X, his special envoy", "X, China's Assistant Foreign Minister").
     */
    private int titleAfterComma(Sentence sentence, int after) {
        if (DETERMINERS.contains(sentence.token(after).text().toLowerCase(Locale.ROOT))) {
            after++;
        }
        for (int skipped = 0; skipped < MAX_MODIFIERS && after + 1 < sentence.size()
                && !Titles.isTitleWord(sentence.token(after).text()); skipped++) {
            Token word = sentence.token(after);
            boolean modifier = "ADJ".equals(word.pos()) || POSSESSIVE.matcher(word.text()).matches()
                    || names.lookup(word.text()).filter(h -> h.entry().type().isAgent()
                    && h.entry().type() != EntityType.PERSON).isPresent();
            if (!modifier) {
                break;
            }
            after++;
        }
        return after;
    }

    /**
     * Whether the title words from token {@code title} on stand before a name, whose title they are ("according to
     * Al Arabiya, former President George W. Bush": no apposition to Al Arabiya).
     */
    private boolean titleOfNextName(Sentence sentence, int title) {
        int next = title;
        while (next < sentence.size() && Titles.isTitleWord(sentence.token(next).text())
                && !NameTokens.isComplementPreposition(sentence.token(next).text())) {
            next++; // "former President", not "the Minister of Health"
        }
        return next < sentence.size() && names.nameEnd(sentence, next) > next;
    }

    /** Whether a title and a comma stand right before token {@code start} ("the representative, ..."). */
    private static boolean titleThenComma(Sentence sentence, int start) {
        return start >= 2 && ",".equals(sentence.token(start - 1).text())
                && Titles.titleEndingAt(sentence, start - 1) > 0;
    }

    /** Whether an apposition ends at token {@code end}: a comma, a closing bracket or the end of the sentence. */
    private static boolean closesApposition(Sentence sentence, int end) {
        return end == sentence.size() || APPOSITION_ENDS.contains(sentence.token(end).text());
    }
}
