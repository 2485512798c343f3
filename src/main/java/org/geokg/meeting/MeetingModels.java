package org.geokg.meeting;

import java.util.Optional;

/**
 * The learned models of the meeting stage, each optional: without the status model the words around a trigger decide
 * a meeting's status; without the confidence model each rule gives its fixed confidence.
 *
 * @param status     the model that tells meetings that took place from planned or called-off ones
 * @param confidence the model that gives a meeting found the probability that it is right
 */
public record MeetingModels(Optional<StatusModel> status, Optional<ConfidenceModel> confidence) {
    /** The models shipped in the jar. */
    public static MeetingModels shipped() {
        return new MeetingModels(StatusModel.shipped(), ConfidenceModel.shipped());
    }

    /** The same models without the status model. */
    public MeetingModels withoutStatus() {
        return new MeetingModels(Optional.empty(), confidence);
    }
}
