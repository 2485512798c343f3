package org.geokg.mention;

import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Organizations as capitalized phrases around an organization word: the capitalized words before it ("National
 * Security Council") and its capitalized complements after it ("Ministry of Foreign Affairs").
 */
final class OrganizationPhraseRule implements MentionRule {
    private static final String RULE = "organization-phrase";
    private static final Set<String> CONNECTORS = Words.set("organization-connector");
    /** The most words of one complement ("Movement for the Emancipation of the Niger Delta" has two). */
    private static final int MAX_COMPLEMENT_WORDS = 6;

    private final NameTokens names;

    OrganizationPhraseRule(NameTokens names) {
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        for (int head = 0; head < sentence.size(); head++) {
            if (!NameTokens.isOrganizationHead(sentence.token(head).text())) {
                continue;
            }
            int end = complementEnd(sentence, head + 1);
            int start = head;
            while (start > 0) {
                Token previous = sentence.token(start - 1);
                if (previous.isCapitalized() && !NameTokens.isNotName(previous.text())) {
                    start--;
                } else if (start >= 2 && CONNECTORS.contains(previous.text())
                        && sentence.token(start - 2).isCapitalized()
                        && !names.isGazetteerPlace(sentence, start - 2, start - 1)) { // "London 's Financial Times"
                    start--;
                } else {
                    break;
                }
            }
            while (start < head && (CONNECTORS.contains(sentence.token(start).text())
                    || names.isGazetteerState(sentence, start, start + 1))) {
                start++;
            }
            if (head > start || end > head + 1) {
                candidates.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.ORGANIZATION,
                        RULE), Priority.ORGANIZATION_PHRASE));
            }
        }
    }

    private boolean isKnownOrganization(Sentence sentence, int start, int end) {
        return names.gazetteerSpan(sentence, start, end).filter(hit -> hit.entry().type() == EntityType.ORGANIZATION)
                .isPresent();
    }

    /**
     * End (exclusive) of the "of"/"for"/"on" complements of an organization word, when they are capitalized: "Ministry
     * of Foreign Affairs", "University of the West Indies", "Movement for the Emancipation of the Niger Delta";
     * {@code from} when there is none. A known state or organization stays a mention of its own ("Supreme Electoral
     * Council of Peru", "Mitofsky International for the Associated Press").
     */
    private int complementEnd(Sentence sentence, int from) {
        int end = from;
        while (end + 1 < sentence.size() && NameTokens.isComplementPreposition(sentence.token(end).text())) {
            int i = end + 1;
            if ("the".equals(sentence.token(i).text())) {
                i++;
            }
            int run = i;
            while (run < sentence.size() && run - i < MAX_COMPLEMENT_WORDS) {
                Token token = sentence.token(run);
                String word = token.text();
                if (token.isCapitalized() && !NameTokens.isNotName(word)) {
                    run++;
                } else if (run > i && run + 1 < sentence.size() && "and".equals(word)
                        && sentence.token(run + 1).isCapitalized()
                        && !NameTokens.isOrganizationHead(sentence.token(run + 1).text())) {
                    run++; // "Ministry of Labor and Social Affairs"
                } else {
                    break;
                }
            }
            if (run == i || names.isGazetteerState(sentence, i, run) || isKnownOrganization(sentence, i, run)) {
                break;
            }
            end = run;
        }
        return end;
    }
}
