package org.geokg.meeting;

import java.util.Optional;

/**
 * The learned models of the meeting stage, each optional: without the status model the words around a trigger decide
 * a meeting's status; without the confidence model each rule gives its fixed confidence and every meeting is kept.
 *
 * @param status        the model that tells meetings that took place from planned or called-off ones
 * @param confidence    the model that gives a meeting found the probability that it is right, and drops the
 *                      unlikely ones
 * @param proposesPairs whether every pair of agents of a sentence with a meeting word is proposed besides the rules'
 *                      meetings ({@link PairCandidates}): for the confidence model to decide, or to train it
 */
public record MeetingModels(Optional<StatusModel> status, Optional<ConfidenceModel> confidence,
                            boolean proposesPairs) {
    /** The models shipped in the jar, which propose pairs when the confidence model was trained to decide them. */
    public static MeetingModels shipped() {
        Optional<ConfidenceModel> confidence = ConfidenceModel.shipped();
        return new MeetingModels(StatusModel.shipped(), confidence,
                confidence.map(ConfidenceModel::proposesPairs).orElse(false));
    }

    /** The same models without the status model. */
    public MeetingModels withoutStatus() {
        return new MeetingModels(Optional.empty(), confidence, proposesPairs);
    }
}
