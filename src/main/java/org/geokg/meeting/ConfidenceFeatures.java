package org.geokg.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;

/**
 * The features the confidence model weighs to tell how likely a meeting found is right:
 * <ul>
 *   <li>the meeting: its kind and status; the rules that found it, the word that set them off and how they found its
 *       parties (the words around the trigger, its parse, a clause's subject, the pair of the meeting before, a
 *       list); how many sentences state it; how many parties it has and of which types; whether it has a date (and
 *       whether that date lies in an earlier year than the article), a place and a host;</li>
 *   <li>its first sentence: how many of the parties it names itself (the others come from pronouns, titles or the
 *       sentences around), how many agents it names in all, its length and place in the article, and whether it
 *       quotes, speaks in the first person or is a photo caption.</li>
 * </ul>
 */
final class ConfidenceFeatures {
    private static final Set<String> FIRST_PERSON = Words.set("first-person");
    private static final Set<String> CAPTION_OPENERS = Words.set("caption-opener");
    private static final Set<String> CAPTION_SIDES = Words.set("caption-side");

    private static final Set<String> SIDE_MARKS = Set.of(",", "(", ")");

    private ConfidenceFeatures() {
    }

    /** The confidence features of a meeting of an article with these mentions, published on a day (or null). */
    static List<String> of(Meeting m, AnalyzedText text, List<ResolvedMention> mentions, LocalDate published) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String kind = m.kind().name().toLowerCase(Locale.ROOT);
        String status = m.status().name().toLowerCase(Locale.ROOT);
        f.add("kind=" + kind);
        f.add("status=" + status);
        f.add("kind-status=" + kind + "-" + status);
        String[] rules = m.rule().split(",");
        for (String rule : rules) {
            String[] parts = rule.split("\\+");
            int colon = parts[0].indexOf(':');
            f.add("form=" + (colon < 0 ? parts[0] : parts[0].substring(0, colon)));
            if (colon >= 0) {
                f.add("word=" + parts[0].substring(colon + 1).toLowerCase(Locale.ROOT));
            }
            List<String> paths = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                f.add("how=" + parts[i].replaceAll(":.*", ""));
                if (parts[i].startsWith("path=")) {
                    paths.add(parts[i].substring("path=".length()));
                }
            }
            if (paths.size() == 2) { // a proposed pair: how both stand to the word, together
                f.add("paths=" + paths.stream().sorted().reduce((x, y) -> x + "&" + y).orElseThrow());
            }
            if (colon >= 0) { // and each with the word
                String word = parts[0].substring(colon + 1).toLowerCase(Locale.ROOT);
                paths.forEach(p -> f.add("word-path=" + word + "|" + p));
            }
        }
        f.add(rules.length > 1 ? "rules=several" : "rules=one");
        f.add(m.evidence().size() > 1 ? "sentences=several" : "sentences=one");
        f.add("parties=" + Math.min(m.participants().size(), 4));
        List<String> types = m.participants().stream().map(k -> k.contains("/") ? k.substring(0, k.indexOf('/')) : k)
                .sorted().distinct().toList();
        f.add("types=" + String.join("-", types));
        f.add(m.date() == null ? "date=none" : "date=" + m.date().precision().name().toLowerCase(Locale.ROOT));
        if (m.date() != null && published != null && m.date().date().getYear() < published.getYear()) {
            f.add("date=earlier-year");
        }
        f.add(m.place() == null ? "place=none" : "place=some");
        f.add(m.host() == null ? "host=none" : "host=some");
        int first = m.evidence().get(0);
        if (first < text.sentences().size()) {
            sentence(f, m, text.sentences().get(first), mentions);
        }
        if (Arrays.stream(rules).allMatch(r -> r.startsWith(PairCandidates.FORM + ":"))) {
            return f.stream().map(x -> "proposed:" + x).toList(); // weighed apart from the rules' meetings
        }
        return f;
    }

    /** The features of a meeting's first sentence. */
    private static void sentence(List<String> f, Meeting m, Sentence sentence, List<ResolvedMention> mentions) {
        Set<String> named = new HashSet<>();
        for (ResolvedMention mention : mentions) {
            if (mention.mention().sentence() == sentence.index() && mention.entity() != null) {
                named.add(mention.entity());
            }
        }
        long present = m.participants().stream().filter(named::contains).count();
        f.add(present == m.participants().size() ? "named=all" : present == 0 ? "named=none" : "named=some");
        f.add("agents=" + Math.min(named.size(), 5));
        int size = sentence.size();
        f.add(size < 15 ? "length=short" : size < 35 ? "length=medium" : "length=long");
        f.add(sentence.index() == 0 ? "at=lead" : sentence.index() < 3 ? "at=early" : "at=body");
        boolean quoted = false;
        boolean firstPerson = false;
        boolean caption = CAPTION_OPENERS.contains(sentence.word(0));
        for (int i = 0; i < size; i++) {
            String word = sentence.word(i);
            quoted |= SentenceLib.isQuote(word);
            firstPerson |= FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("US");
            caption |= i > 0 && i + 1 < size && CAPTION_SIDES.contains(word.toLowerCase(Locale.ROOT))
                    && SIDE_MARKS.contains(sentence.word(i - 1)) && SIDE_MARKS.contains(sentence.word(i + 1));
        }
        if (quoted) {
            f.add("quoted");
        }
        if (firstPerson) {
            f.add("first-person");
        }
        if (caption) {
            f.add("caption");
        }
    }
}
