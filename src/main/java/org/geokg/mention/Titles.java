package org.geokg.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.nlp.Sentence;

/** Titles and roles that stand before people's names ("President", "Foreign Minister", "spokesman"). */
public final class Titles {
    private static final Set<List<String>> TITLES = List.of(
            "president", "vice president", "vice-president", "vice - president", "president-elect",
            "president - elect", "prime minister",
            "deputy prime minister", "pm", "deputy pm", "deputy-pm", "deputy - pm", "premier", "vice premier",
            "chancellor", "king", "queen", "prince", "princess",
            "crown prince", "emperor", "empress", "pope", "sheikh", "emir", "sultan", "minister", "secretary",
            "secretary of state", "secretary-general", "secretary - general", "secretary general", "under secretary", "senator", "sen.",
            "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.",
            "admiral", "adm.", "colonel", "col.", "lt.", "lieutenant", "maj.", "captain", "capt.", "commander",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "chairman",
            "chairwoman", "chair", "leader", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "prof.", "professor",
            "judge", "justice", "speaker", "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah",
            "commissioner", "attorney general", "attorney-general",
            "counterpart", "lawmaker", "diplomat", "negotiator", "adviser",
            "advisor", "aide", "ceo", "head", "dictator", "strongman", "journalist", "correspondent", "reporter",
            "analyst", "activist", "monarch", "sir", "foreign secretary", "home secretary", "dame", "editor",
            "taoiseach", "chairperson")
            .stream().map(t -> List.of(t.split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST = TITLES.stream().mapToInt(List::size).max().orElse(1);
    private static final Set<String> TITLE_WORDS = Set.copyOf(TITLES.stream().flatMap(List::stream).toList());

    private Titles() {
    }

    /** Number of tokens of the longest title ending just before token {@code end}, or 0 when there is none. */
    public static int titleEndingAt(Sentence sentence, int end) {
        for (int length = Math.min(LONGEST, end); length >= 1; length--) {
            if (matches(sentence, end - length, length)) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Number of tokens of the title that opens a token sequence at {@code start}: a title ("Prime Minister") with
     * the capitalized words that qualify it ("Foreign Minister", "Deputy Prime Minister"), or 0.
     */
    public static int titleLengthAt(String[] tokens, int start, int end) {
        int i = start;
        while (i < end) {
            int length = 0;
            for (int candidate = Math.min(LONGEST, end - i); candidate >= 1 && length == 0; candidate--) {
                List<String> words = new java.util.ArrayList<>();
                for (int k = i; k < i + candidate; k++) {
                    words.add(lower(tokens[k]));
                }
                if (TITLES.contains(words)) {
                    length = candidate;
                }
            }
            if (length > 0) {
                i += length;
            } else if (i + 1 < end && Character.isUpperCase(tokens[i].codePointAt(0)) && isTitleWord(tokens[i + 1])) {
                i++; // "Foreign" before "Minister"
            } else {
                break;
            }
        }
        return i - start;
    }

    private static boolean matches(Sentence sentence, int start, int length) {
        if (!TITLE_WORDS.contains(lower(sentence.token(start + length - 1).text()))) {
            return false;
        }
        List<String> words = new java.util.ArrayList<>(length);
        for (int i = start; i < start + length; i++) {
            words.add(lower(sentence.token(i).text()));
        }
        return TITLES.contains(words);
    }

    /** Whether a single word is part of some title. */
    public static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(lower(word));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
