package org.geokg.meeting;

/** The groups of part-of-speech tags (Universal Dependencies) that the meeting rules walk over. */
final class Pos {
    private Pos() {
    }

    /** An adjective, determiner or number: a word that modifies the noun after it ("the two", "a regional"). */
    static boolean isModifier(String pos) {
        return "ADJ".equals(pos) || "DET".equals(pos) || "NUM".equals(pos);
    }

    /** A noun, proper noun or pronoun. */
    static boolean isNominal(String pos) {
        return "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos);
    }

    /** A word of a noun phrase: a modifier or a nominal. */
    static boolean isNounPhraseWord(String pos) {
        return isModifier(pos) || isNominal(pos);
    }

    /** An adverb, auxiliary or particle: a word between a subject and its verb ("has also", "did not"). */
    static boolean isAdverbial(String pos) {
        return "ADV".equals(pos) || "AUX".equals(pos) || "PART".equals(pos);
    }

    /** A verb, auxiliary or adverb: a word that follows a subject pronoun ("he met", "she has", "he also"). */
    static boolean isPredicateStart(String pos) {
        return "VERB".equals(pos) || "AUX".equals(pos) || "ADV".equals(pos);
    }

    /** A verb or auxiliary. */
    static boolean isVerb(String pos) {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }
}
