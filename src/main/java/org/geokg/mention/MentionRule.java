package org.geokg.mention;

import java.util.List;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * One way of finding mentions in a sentence. The finder runs its rules in a fixed order and settles the overlaps
 * between their candidates afterwards, so a rule proposes freely. Implementations are immutable.
 */
sealed interface MentionRule permits GazetteerRule, ModelNameRule, TitledPersonRule, AppositivePersonRule,
        OrganizationPhraseRule, SpeakerRule, MeetingObjectRule {
    /**
     * Adds this rule's candidates in a sentence to {@code candidates}, which already holds those of the rules run
     * before it.
     *
     * @param text       the analysed text the sentence belongs to
     * @param sentence   the sentence
     * @param modelNames the names the statistical model found in the sentence; empty without a model
     * @param candidates the candidates so far, to add to
     */
    void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates);
}
