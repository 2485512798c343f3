package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One evaluation's tally: matches the gold pairs of each article with the pairs found, in two groups of status
 * (occurred; planned or cancelled), and counts. Not thread-safe: one scorer per evaluation.
 */
final class PairScorer {
    private final HardNegatives negatives;
    private final List<PairOutcome> outcomes = new ArrayList<>();
    private final List<String> wrongDates = new ArrayList<>();
    /** For each kind: gold, found, predicted, right. */
    private final Map<String, int[]> kinds = new TreeMap<>();
    private final int[] occurred = new int[4];
    private final int[] planned = new int[4];
    private int datesScored;
    private int datesRight;
    private int placesScored;
    private int placesRight;
    private int plannedAsOccurred;
    private int occurredAsPlanned;
    private int hardNegatives;
    /** Pairs of the meetings found with a confidence of at least {@link MeetingScores#CONFIDENT}, and right ones. */
    private final int[] confident = new int[2];

    PairScorer(HardNegatives negatives) {
        this.negatives = negatives;
    }

    MeetingScores score(List<GoldMeeting> gold, List<PredictedMeeting> predicted) {
        Set<String> docs = new TreeSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        predicted.forEach(p -> docs.add(p.doc()));
        for (String doc : docs) {
            scoreDoc(doc, gold.stream().filter(g -> g.doc().equals(doc)).toList(),
                    predicted.stream().filter(p -> p.doc().equals(doc)).toList());
        }
        List<MeetingScores.KindScore> byKind = new ArrayList<>();
        kinds.forEach((kind, n) -> byKind.add(new MeetingScores.KindScore(kind, counts(n))));
        return new MeetingScores(counts(occurred), counts(planned), byKind, datesScored, datesRight, placesScored,
                placesRight, plannedAsOccurred, occurredAsPlanned,
                negatives.isNone() ? OptionalInt.empty() : OptionalInt.of(hardNegatives), confident[0], confident[1],
                outcomes, wrongDates);
    }

    private static PairCounts counts(int[] n) {
        return new PairCounts(n[0], n[1], n[2], n[3]);
    }

    private void scoreDoc(String doc, List<GoldMeeting> gold, List<PredictedMeeting> predicted) {
        List<GoldPair> goldOccurred = goldPairs(gold, true);
        List<GoldPair> goldPlanned = goldPairs(gold, false);
        List<PredictedPair> foundOccurred = predictedPairs(predicted, true);
        List<PredictedPair> foundPlanned = predictedPairs(predicted, false);
        group(doc, PairOutcome.OCCURRED, goldOccurred, foundOccurred, occurred, true);
        group(doc, PairOutcome.PLANNED, goldPlanned, foundPlanned, planned, false);
        plannedAsOccurred += count(foundOccurred, p -> !p.matchesAny(goldOccurred) && p.matchesAny(goldPlanned));
        occurredAsPlanned += count(foundPlanned, p -> !p.matchesAny(goldPlanned) && p.matchesAny(goldOccurred));
        List<GoldPair> allGold = new ArrayList<>(goldOccurred);
        allGold.addAll(goldPlanned);
        for (PredictedMeeting meeting : predicted) {
            if (meeting.confidence() >= MeetingScores.CONFIDENT) {
                List<GoldPair> group = PairOutcome.OCCURRED.equals(meeting.status()) ? goldOccurred : goldPlanned;
                for (PredictedPair pair : pairs(meeting)) {
                    confident[0]++;
                    confident[1] += pair.matchesAny(group) ? 1 : 0;
                }
            }
            if (negatives.foundIn(doc, meeting.evidence())
                    && pairs(meeting).stream().noneMatch(p -> p.matchesAny(allGold))) {
                hardNegatives++;
            }
        }
    }

    /** How many of a meeting's pairs are gold pairs of its group of status in its article, and how many it has. */
    static int[] rightPairs(List<GoldMeeting> goldOfArticle, PredictedMeeting meeting) {
        List<GoldPair> group = goldPairs(goldOfArticle, PairOutcome.OCCURRED.equals(meeting.status()));
        List<PredictedPair> pairs = pairs(meeting);
        return new int[] {(int) pairs.stream().filter(p -> p.matchesAny(group)).count(), pairs.size()};
    }

    private static int count(List<PredictedPair> pairs, Predicate<PredictedPair> test) {
        return (int) pairs.stream().filter(test).count();
    }

    /** Scores one group of status; kinds, dates and places only for the occurred group ({@code details}). */
    private void group(String doc, String status, List<GoldPair> gold, List<PredictedPair> found, int[] counts,
                       boolean details) {
        counts[0] += gold.size();
        counts[2] += found.size();
        for (GoldPair g : gold) {
            List<PredictedPair> matches = found.stream().filter(p -> p.matches(g)).toList();
            if (details) {
                kind(g.meeting().kind())[0]++;
            }
            if (matches.isEmpty()) {
                outcomes.add(new PairOutcome(doc, status, g.name(), g.meeting().kind(), null,
                        g.meeting().evidence(), PairOutcome.Result.MISSED));
                continue;
            }
            counts[1]++;
            PredictedMeeting first = matches.get(0).meeting();
            outcomes.add(new PairOutcome(doc, status, g.name(), g.meeting().kind(), goldKind(first.kind()),
                    first.evidence(), PairOutcome.Result.FOUND));
            if (details) {
                kind(g.meeting().kind())[1]++;
                dateAndPlace(doc, g, matches);
            }
        }
        for (PredictedPair p : found) {
            boolean right = gold.stream().anyMatch(p::matches);
            if (details) {
                kind(goldKind(p.meeting().kind()))[2]++;
                kind(goldKind(p.meeting().kind()))[3] += right ? 1 : 0;
            }
            if (right) {
                counts[3]++;
            } else {
                outcomes.add(new PairOutcome(doc, status, p.name(), null, goldKind(p.meeting().kind()),
                        p.meeting().evidence(), PairOutcome.Result.EXTRA));
            }
        }
    }

    private int[] kind(String kind) {
        return kinds.computeIfAbsent(String.valueOf(kind), k -> new int[4]);
    }

    private void dateAndPlace(String doc, GoldPair g, List<PredictedPair> matches) {
        GoldMeeting meeting = g.meeting();
        if (meeting.date() != null || matches.stream().allMatch(p -> p.meeting().date() == null)) {
            datesScored++;
            if (matches.stream().anyMatch(p -> Objects.equals(p.meeting().date(), meeting.date()))) {
                datesRight++;
            } else {
                wrongDates.add(doc + ": " + g.name() + ": gold " + meeting.date() + ", found "
                        + matches.stream().map(p -> p.meeting().date()).toList());
            }
        }
        if (meeting.place() != null) {
            placesScored++;
            if (matches.stream().anyMatch(p -> p.meeting().place() != null
                    && Names.same(p.meeting().place(), meeting.place()))) {
                placesRight++;
            }
        }
    }

    /** The gold name of a meeting class: "PhoneCall" is "phone_call". */
    static String goldKind(String className) {
        return className.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private record GoldPair(String a, String b, GoldMeeting meeting) {
        String name() {
            return Names.pair(a, b);
        }
    }

    private record PredictedPair(Set<String> a, Set<String> b, PredictedMeeting meeting) {
        boolean matches(GoldPair gold) {
            return Names.anySame(a, gold.a()) && Names.anySame(b, gold.b())
                    || Names.anySame(a, gold.b()) && Names.anySame(b, gold.a());
        }

        boolean matchesAny(List<GoldPair> gold) {
            return gold.stream().anyMatch(this::matches);
        }

        /** The participants' labels (their first names). */
        String name() {
            return Names.pair(a.iterator().next(), b.iterator().next());
        }
    }

    /** The distinct pairs of the gold meetings that took place ({@code occurred}) or not. */
    private static List<GoldPair> goldPairs(List<GoldMeeting> gold, boolean occurred) {
        List<GoldPair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoldMeeting g : gold) {
            if (PairOutcome.OCCURRED.equals(g.status()) != occurred) {
                continue;
            }
            List<String> ps = g.participants();
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    GoldPair pair = new GoldPair(ps.get(i), ps.get(j), g);
                    if (seen.add(Names.pair(Names.normalize(pair.a()), Names.normalize(pair.b())))) {
                        pairs.add(pair);
                    }
                }
            }
        }
        return pairs;
    }

    /** The distinct pairs of the meetings found that took place ({@code occurred}) or not. */
    private static List<PredictedPair> predictedPairs(List<PredictedMeeting> predicted, boolean occurred) {
        List<PredictedPair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PredictedMeeting p : predicted) {
            if (PairOutcome.OCCURRED.equals(p.status()) == occurred) {
                for (PredictedPair pair : pairs(p)) {
                    if (seen.add(pair.name())) {
                        pairs.add(pair);
                    }
                }
            }
        }
        return pairs;
    }

    private static List<PredictedPair> pairs(PredictedMeeting meeting) {
        List<PredictedPair> pairs = new ArrayList<>();
        List<Set<String>> ps = meeting.participants();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                pairs.add(new PredictedPair(ps.get(i), ps.get(j), meeting));
            }
        }
        return pairs;
    }
}
