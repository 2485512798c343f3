package org.geokg.mention;

/**
 * How firmly a rule's candidate claims its tokens against an overlapping candidate of the same length: the lower rank
 * wins. A longer candidate always wins over a shorter one, and between equal ranks the candidate that starts first
 * wins, then the one whose rule ran first (see {@link Candidate#BEST_FIRST}). Rules whose evidence is as strong share
 * a rank.
 */
enum Priority {
    /** A name right after a title ("President Xi Jinping"): a title is the surest sign of a person. */
    TITLED_PERSON(0),
    /** A name set off by commas next to a title ("Oleksiy Danilov, the secretary of ..."). */
    APPOSITIVE_PERSON(1),
    /**
     * A person to the model whose name the gazetteers know as a town or region ("the Bush administration",
     * "President Arroyo"): ranked with the appositive people so that it wins over the gazetteer's place of that name.
     */
    MODEL_PERSON_NOT_TOWN(1),
    /** A name of the gazetteers. */
    GAZETTEER(2),
    /** A model name the gazetteers know, with their type and canonical name: as sure as the gazetteer's own. */
    MODEL_IN_GAZETTEER(2),
    /** A model name the gazetteers do not know. */
    MODEL(3),
    /** A capitalized phrase ending in an organization word ("National Security Council"). */
    ORGANIZATION_PHRASE(3),
    /** The subject of a speech verb ("Wang said"): a guess from the verb alone. */
    SPEAKER(4),
    /** A name right after a verb of meeting ("met with Nancy Powell"): a guess from the verb alone. */
    MEETING_OBJECT(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** The rank; lower wins. */
    int rank() {
        return rank;
    }
}
