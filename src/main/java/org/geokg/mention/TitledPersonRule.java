package org.geokg.mention;

import java.util.List;
import java.util.regex.Pattern;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/** People named right after a title ("President Xi Jinping", "spokesman Dmitry Peskov"); the title stays out. */
final class TitledPersonRule implements MentionRule {
    private static final String RULE = "title";
    /** Word endings of verbs and plurals, which a tagger's mistake does not make a name ("leaders met"). */
    private static final Pattern VERB_OR_PLURAL = Pattern.compile(".*(s|ed|ing)");

    private final NameTokens names;

    TitledPersonRule(NameTokens names) {
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        for (int start = 1; start < sentence.size(); start++) {
            if (Titles.titleEndingAt(sentence, start) == 0 || Titles.titleEndingAt(sentence, start + 1) > 0) {
                continue;
            }
            int end = names.nameEnd(sentence, start);
            Token first = sentence.token(start);
            if (end == start && names.isNameWord(first) && !VERB_OR_PLURAL.matcher(first.text()).matches()) {
                end = Math.max(start + 1, names.nameEnd(sentence, start + 1)); // "counterpart Wang/VERB Yi"
            }
            if (end > start) {
                candidates.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON, RULE),
                        Priority.TITLED_PERSON));
            }
        }
    }
}
