package org.geokg.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * People as a name of two or more words right after "met (with)", "talks with", "hosted" ("met with Nancy Powell"),
 * unless the gazetteers know the name or a title follows it.
 */
final class MeetingObjectRule implements MentionRule {
    private static final String RULE = "meeting-object";
    private static final Set<String> MEETING_WORDS = Words.set("meeting-object-word");

    private final NameTokens names;

    MeetingObjectRule(NameTokens names) {
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        for (int verb = 0; verb + 2 < sentence.size(); verb++) {
            if (!MEETING_WORDS.contains(sentence.token(verb).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = verb + 1;
            if ("with".equalsIgnoreCase(sentence.token(start).text())) {
                start++;
            }
            int end = names.nameEnd(sentence, start);
            boolean titleFollows = end < sentence.size() && Titles.isTitleWord(sentence.token(end).text());
            if (end - start >= 2 && !titleFollows && names.gazetteerSpan(sentence, start, end).isEmpty()) {
                candidates.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON, RULE),
                        Priority.MEETING_OBJECT));
            }
        }
    }
}
