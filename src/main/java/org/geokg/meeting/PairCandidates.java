package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The wide proposals of the meeting stage: every pair of agents of a sentence with a meeting word that no rule paired
 * there, as a two-party meeting of the word's kind, for the confidence model to decide ({@link ConfidenceModel}). The
 * rules are precise on the constructions they know and blind to the others; these proposals let the model find
 * meetings in the others. How the pair stands to the word is written in the proposal's rule, where the model reads
 * it: {@code pair:WORD} then {@code +between} (the word stands between them), {@code +after} (both come after it),
 * {@code +before}, {@code +joined} (only "and" or a comma between the two), {@code +with} (one follows "with"),
 * {@code +near} (both within {@link #NEAR} tokens of the word), and each one's path in the parse to the word
 * ({@code +path=nsubj^}: the agent is the word's subject; {@code +path=conj^nsubj^}: it is joined to the subject;
 * {@code +path=nsubj^/obj}: the subject of the verb whose object is the word; {@code far} past {@link #LONGEST}
 * steps). A sentence with few agents also pairs each of them with a party of its context that it does not name: the
 * state the article speaks for ({@code +voice}: "The visit will include talks with President X" in a government's
 * release) and the person the sentence before is about ({@code +previous}: "X arrived in Y. The talks with Z ...").
 */
final class PairCandidates {
    /** The form of the proposals' rules. */
    static final String FORM = "pair";
    /** How many tokens from the word both agents stand to be near it. */
    static final int NEAR = 8;
    /** A sentence with more agents than this is a list, whose pairs are not proposed. */
    static final int MOST_AGENTS = 6;
    /** A sentence with more agents than this pairs none of them with its context. */
    static final int MOST_AGENTS_WITH_CONTEXT = 3;
    /** The most steps of a path in the parse written out. */
    static final int LONGEST = 4;

    private final MeetingDates dates;

    PairCandidates(MeetingDates dates) {
        this.dates = dates;
    }

    /**
     * The pairs of the agents of a sentence around its triggers that none of the meetings found pairs in this
     * sentence, each pair once, with the first trigger that proposes it; with the parties of its context
     * ({@code context}: each one's entity and how the context gives it, {@code voice} or {@code previous}).
     */
    List<Meeting> around(Sentence sentence, List<Trigger> triggers, List<ResolvedMention> agents,
                         List<ResolvedMention> mentions, Map<String, String> context, List<Meeting> found,
                         LocalDate published, StatusJudge judge) {
        Map<String, ResolvedMention> byEntity = new LinkedHashMap<>();
        for (ResolvedMention agent : agents) {
            if (agent.entity() != null) {
                byEntity.putIfAbsent(agent.entity(), agent);
            }
        }
        List<Meeting> proposals = new ArrayList<>();
        if (byEntity.isEmpty() || byEntity.size() > MOST_AGENTS) {
            return proposals;
        }
        for (Trigger trigger : triggers) {
            List<Meeting> known = new ArrayList<>(found);
            known.addAll(proposals);
            new Proposer(sentence, trigger, mentions, pairedIn(sentence.index(), known), published, judge)
                    .propose(new ArrayList<>(byEntity.values()), context, proposals);
        }
        return proposals;
    }

    /** The proposals of one trigger. */
    private final class Proposer {
        private final Sentence sentence;
        private final Trigger trigger;
        private final List<ResolvedMention> mentions;
        private final Set<String> paired;
        private final LocalDate published;
        private final StatusJudge judge;
        private Meeting.Status status;

        Proposer(Sentence sentence, Trigger trigger, List<ResolvedMention> mentions, Set<String> paired,
                 LocalDate published, StatusJudge judge) {
            this.sentence = sentence;
            this.trigger = trigger;
            this.mentions = mentions;
            this.paired = paired;
            this.published = published;
            this.judge = judge;
        }

        void propose(List<ResolvedMention> distinct, Map<String, String> context, List<Meeting> proposals) {
            Parse parse = judge.parse(sentence);
            int t = trigger.index();
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    ResolvedMention a = distinct.get(i);
                    ResolvedMention b = distinct.get(j);
                    add(a.entity(), b.entity(), rule(sentence, parse, t, a, b), proposals);
                }
            }
            if (distinct.size() > MOST_AGENTS_WITH_CONTEXT) {
                return;
            }
            Set<String> named = new HashSet<>();
            distinct.forEach(a -> named.add(a.entity()));
            context.forEach((partner, how) -> {
                if (!named.contains(partner)) {
                    for (ResolvedMention a : distinct) {
                        add(partner, a.entity(), FORM + ":" + lower(sentence, t) + "+" + how + "+path="
                                + path(parse, head(parse, a), t), proposals);
                    }
                }
            });
        }

        private void add(String a, String b, String rule, List<Meeting> proposals) {
            if (!paired.add(pairKey(a, b))) {
                return;
            }
            if (status == null) {
                status = trigger.planned() ? Meeting.Status.PLANNED : judge.status(sentence, trigger);
            }
            proposals.add(new Meeting(trigger.kind(), status, List.of(a, b), null,
                    MeetingPlaces.place(sentence, trigger.index(), mentions),
                    dates.date(sentence, trigger.index(), published, status), List.of(sentence.index()), 0.3, rule));
        }
    }

    /** The pairs of the meetings found that this sentence states. */
    private static Set<String> pairedIn(int sentence, List<Meeting> found) {
        Set<String> paired = new HashSet<>();
        for (Meeting m : found) {
            if (m.evidence().contains(sentence)) {
                List<String> ps = m.participants();
                for (int i = 0; i < ps.size(); i++) {
                    for (int j = i + 1; j < ps.size(); j++) {
                        paired.add(pairKey(ps.get(i), ps.get(j)));
                    }
                }
            }
        }
        return paired;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    }

    /** The proposal's rule: the word, then how the pair stands to it. */
    private static String rule(Sentence sentence, Parse parse, int t, ResolvedMention a, ResolvedMention b) {
        int aBegin = a.mention().tokenBegin();
        int bBegin = b.mention().tokenBegin();
        ResolvedMention first = aBegin <= bBegin ? a : b;
        ResolvedMention second = first == a ? b : a;
        int firstEnd = first.mention().tokenEnd();
        int secondBegin = second.mention().tokenBegin();
        StringBuilder rule = new StringBuilder(FORM + ":").append(lower(sentence, t));
        if (firstEnd <= t && t < secondBegin) {
            rule.append("+between");
        } else if (first.mention().tokenBegin() > t) {
            rule.append("+after");
        } else {
            rule.append("+before");
        }
        boolean joined = firstEnd <= secondBegin;
        for (int k = firstEnd; k < secondBegin && joined; k++) {
            String word = lower(sentence, k);
            joined = word.equals("and") || word.equals(",");
        }
        if (joined) {
            rule.append("+joined");
        }
        for (ResolvedMention m : List.of(first, second)) {
            int begin = m.mention().tokenBegin();
            if (begin > 0 && lower(sentence, begin - 1).equals("with")) {
                rule.append("+with");
                break;
            }
        }
        if (Math.abs(first.mention().tokenBegin() - t) <= NEAR && Math.abs(second.mention().tokenBegin() - t) <= NEAR) {
            rule.append("+near");
        }
        rule.append("+path=").append(path(parse, head(parse, first), t));
        rule.append("+path=").append(path(parse, head(parse, second), t));
        return rule.toString();
    }

    /** The token of a mention whose head lies outside it. */
    private static int head(Parse parse, ResolvedMention m) {
        int begin = m.mention().tokenBegin();
        int end = Math.min(m.mention().tokenEnd(), parse.size());
        for (int k = begin; k < end; k++) {
            int h = parse.head(k);
            if (h < begin || h >= end) {
                return k;
            }
        }
        return Math.min(begin, parse.size() - 1);
    }

    /**
     * The relations from a token up to the lowest token that dominates the trigger too ({@code ^} after each), then
     * down to the trigger ({@code /} before each); {@code far} when that takes more than {@link #LONGEST} steps.
     */
    static String path(Parse parse, int from, int trigger) {
        StringBuilder path = new StringBuilder();
        int steps = 0;
        int top = from;
        while (top >= 0 && !parse.dominates(top, trigger)) {
            path.append(parse.label(top).replaceAll(":.*", "")).append('^');
            top = parse.head(top);
            if (++steps > LONGEST) {
                return "far";
            }
        }
        if (top < 0) {
            return "far";
        }
        List<String> down = new ArrayList<>();
        for (int k = trigger; k != top; k = parse.head(k)) {
            down.add(0, "/" + parse.label(k).replaceAll(":.*", ""));
            if (++steps > LONGEST) {
                return "far";
            }
        }
        down.forEach(path::append);
        return path.length() == 0 ? "self" : path.toString();
    }
}
