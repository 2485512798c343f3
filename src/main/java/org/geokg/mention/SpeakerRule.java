package org.geokg.mention;

import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/** People as the subject of a speech verb at the start of a clause ("Wang said"; not "Officials said"). */
final class SpeakerRule implements MentionRule {
    private static final String RULE = "speaker";
    private static final Set<String> SPEECH_VERBS = Words.set("speaker-verb");
    private static final Set<String> SUBJECT_OPENERS = Words.set("subject-opener");
    /** The most tokens of a speaker's name read back from the verb. */
    private static final int MAX_SUBJECT_TOKENS = 3;

    private final Gazetteer gazetteer;
    private final NameTokens names;

    SpeakerRule(Gazetteer gazetteer, NameTokens names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        for (int verb = 1; verb < sentence.size(); verb++) {
            if (!SPEECH_VERBS.contains(sentence.token(verb).text())) {
                continue;
            }
            int start = verb;
            // The tagger often reads an unknown name before "said" as a verb ("Wang/VERB said").
            while (start > 0 && verb - start < MAX_SUBJECT_TOKENS && (names.isNameToken(sentence, start - 1)
                    || start == verb && names.isNameWord(sentence.token(start - 1)))) {
                start--;
            }
            int subject = start;
            while (start < verb && (gazetteer.isLowerCaseWord(sentence.token(start).text())
                    || Titles.isTitleWord(sentence.token(start).text()))) {
                start++; // "Officials said", "Attorney-General Alberto Gonzales said"
            }
            if (start == verb) {
                continue;
            }
            boolean subjectPosition = subject == 0 || SUBJECT_OPENERS.contains(sentence.token(subject - 1).text());
            if (subjectPosition && names.gazetteerSpan(sentence, start, verb).isEmpty()) {
                candidates.add(new Candidate(NameTokens.newName(text, sentence, start, verb, EntityType.PERSON, RULE),
                        Priority.SPEAKER));
            }
        }
    }
}
