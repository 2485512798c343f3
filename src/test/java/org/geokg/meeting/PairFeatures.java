package org.geokg.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The features of a candidate pair that the meeting model weighs: the word of meeting; the paths in the tree from it
 * to each agent; the agents' types and whether they are one side (a leader and his own state, two officials of one
 * state); negation, modality, quotation and first person near the word; and the shape of a photo caption.
 */
final class PairFeatures {
    private PairFeatures() {
    }

    /** The features of a pair, given the offices the article states. */
    static List<String> of(PairCandidate pair, List<Position> positions) {
        Sentence s = pair.sentence();
        Parse parse = pair.parse();
        Trigger trigger = pair.trigger();
        int t = trigger.index();
        String word = SentenceLib.lower(s, t);
        int headA = SyntaxPaths.head(parse, pair.a().mention());
        int headB = SyntaxPaths.head(parse, pair.b().mention());
        String pathA = SyntaxPaths.path(s, parse, t, headA);
        String pathB = SyntaxPaths.path(s, parse, t, headB);
        String first = pathA.compareTo(pathB) <= 0 ? pathA : pathB;
        String second = first.equals(pathA) ? pathB : pathA;
        String collapsedFirst = SyntaxPaths.collapsed(first);
        String collapsedSecond = SyntaxPaths.collapsed(second);
        List<String> f = new ArrayList<>();
        f.add("bias");
        String ties = pair.ties();
        String tieShape = ties.contains(":") ? ties.substring(0, ties.indexOf(':')) : ties;
        f.add("ties=" + ties.replaceAll("\\+conj", ""));
        f.add("tie-shape=" + tieShape);
        f.add("kind+tie-shape=" + trigger.kind() + "|" + tieShape);
        f.add("word=" + word);
        f.add("kind=" + trigger.kind());
        f.add("form=" + (trigger.noun() ? "noun" : "verb"));
        f.add("path=" + first);
        f.add("path=" + second);
        f.add("paths=" + first + "|" + second);
        f.add("cpath=" + collapsedFirst);
        f.add("cpath=" + collapsedSecond);
        f.add("cpaths=" + collapsedFirst + "|" + collapsedSecond);
        f.add("kind+cpaths=" + trigger.kind() + "|" + collapsedFirst + "|" + collapsedSecond);
        f.add("word+cpath=" + word + "|" + collapsedFirst);
        f.add("word+cpath=" + word + "|" + collapsedSecond);
        f.add("ab-path=" + SyntaxPaths.collapsed(SyntaxPaths.path(s, parse, headA, headB)));
        f.add("types=" + types(pair));
        f.add("kind+types=" + trigger.kind() + "|" + types(pair));
        f.add("sides=" + side(pair.a(), t) + side(pair.b(), t));
        f.add("span=" + bucket(Math.abs(headB - headA)));
        f.add("reach=" + bucket(Math.max(Math.abs(headA - t), Math.abs(headB - t))));
        if (sameSide(pair.a().entity(), pair.b().entity(), positions)) {
            f.add("same-side");
        }
        if (MeetingStatus.isNegated(s, t)) {
            f.add("negated");
        }
        f.add("status=" + MeetingStatus.of(s, t));
        if (insideQuotes(s, t)) {
            f.add("quoted");
        }
        if (isCaption(s)) {
            f.add("caption");
        }
        if (pair.a().mention().rule().equals("pronoun") || pair.b().mention().rule().equals("pronoun")) {
            f.add("pronoun");
        }
        f.add("dependents=" + parse.label(t));
        return f;
    }

    private static String types(PairCandidate pair) {
        String a = type(pair.a());
        String b = type(pair.b());
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String type(ResolvedMention m) {
        String key = m.entity();
        return key.substring(0, key.indexOf('/')).toUpperCase(Locale.ROOT);
    }

    private static String side(ResolvedMention m, int t) {
        return m.mention().tokenBegin() < t ? "L" : "R";
    }

    /** Whether two entities are one side: a person holding an office of the other, or two holders of one state's. */
    static boolean sameSide(String a, String b, List<Position> positions) {
        for (Position p : positions) {
            if (p.person().equals(a) && p.state().equals(b) || p.person().equals(b) && p.state().equals(a)) {
                return true;
            }
            for (Position q : positions) {
                if (p.person().equals(a) && q.person().equals(b) && p.state().equals(q.state())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideQuotes(Sentence s, int t) {
        int quotes = 0;
        for (int i = 0; i < t; i++) {
            String w = s.token(i).text();
            if (w.equals("\"") || w.equals("“") || w.equals("”")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** A photo caption: "FILE - A, right, meets B ...", or a line with no full stop at its end. */
    private static boolean isCaption(Sentence s) {
        String last = s.token(s.size() - 1).text();
        return s.token(0).text().equals("FILE") || !(last.equals(".") || last.equals("!") || last.equals("?")
                || last.equals("\"") || last.equals("”"));
    }

    private static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
    }
}
