package org.geokg.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * Static helpers the meeting rules share: a token's word in lower case, the mention that starts or ends at a
 * token, and the word tests several rules make (reported speech, time phrases, the possessive).
 */
final class SentenceLib {
    /** How far after a trigger, in tokens, its agents, its status words and a word of talks are looked for. */
    static final int TRIGGER_REACH = 14;
    private static final Set<String> STATEMENT_VERBS = Words.set("statement-verb");
    private static final Set<String> TIME_WORDS = Words.set("time-word");

    private SentenceLib() {
    }

    /** The token in lower case with a straight apostrophe, so that "didn’t" is negated like "didn't". */
    static String lower(Sentence sentence, int i) {
        return sentence.token(i).text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * The token in lower case with its apostrophes as written, for the rules whose word sets were written for the
     * text's own apostrophes: the agent fillers list "’s" beside "'s", but "country's" only with a straight one.
     */
    static String lowerAsWritten(Sentence sentence, int i) {
        return sentence.token(i).text().toLowerCase(Locale.ROOT);
    }

    /** The first of the mentions that starts at a token, or {@code null}. */
    static ResolvedMention mentionStartingAt(List<ResolvedMention> mentions, int begin) {
        for (ResolvedMention m : mentions) {
            if (m.mention().tokenBegin() == begin) {
                return m;
            }
        }
        return null;
    }

    /** Whether one of the mentions covers a token. */
    static boolean inMention(List<ResolvedMention> mentions, int token) {
        for (ResolvedMention m : mentions) {
            if (m.mention().tokenBegin() <= token && token < m.mention().tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The first of the mentions that ends just before a token, or {@code null}. */
    static ResolvedMention mentionEndingAt(List<ResolvedMention> mentions, int end) {
        for (ResolvedMention m : mentions) {
            if (m.mention().tokenEnd() == end) {
                return m;
            }
        }
        return null;
    }

    /** Whether a token is a straight or curly double quote, which opens or closes a quotation. */
    static boolean isQuote(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("”");
    }

    /** Whether a word is the possessive "'s", with either apostrophe. */
    static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s");
    }

    /** Whether a lower-case word reports speech ("said"): what follows it is a statement, with a date of its own. */
    static boolean isStatementVerb(String word) {
        return STATEMENT_VERBS.contains(word);
    }

    /** Whether a lower-case word belongs to a time phrase: "week", "today", the name of a weekday or a month. */
    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word) || isCalendarName(word);
    }

    /** Whether a lower-case word is the full name of a weekday or a month ("monday", "may"; not "sept."). */
    private static boolean isCalendarName(String word) {
        if (word.isEmpty() || word.endsWith(".")) {
            return false; // the months' abbreviations end with their full stop
        }
        return CalendarWords.month(word).isPresent()
                || CalendarWords.weekday(Character.toUpperCase(word.charAt(0)) + word.substring(1)).isPresent();
    }
}
