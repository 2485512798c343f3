package org.geokg.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The pairs of agents a sentence may report as having met: for each word of meeting in it (a trigger of
 * {@code triggers.tsv}, a word of visiting, a summit), each two of its agents, and for a visit also the state of a place
 * named after the word ("visited Canberra": Australia). Of the mentions of one entity, the one nearest the word in
 * the tree stands for it.
 */
final class PairCandidates {
    private static final Set<String> SUMMIT_WORDS = Words.set("summit-word");

    private PairCandidates() {
    }

    /** The words of meeting of a sentence, in order. */
    static List<Trigger> triggers(Sentence sentence) {
        List<Trigger> triggers = new ArrayList<>();
        for (int t = 0; t < sentence.size(); t++) {
            Trigger trigger = Triggers.at(sentence, t);
            if (trigger == null && Visits.isVisit(sentence, t)) {
                trigger = new Trigger(t, Meeting.Kind.VISIT, Visits.isVisitNoun(sentence, t), false, false, t + 1);
            } else if (trigger == null && SUMMIT_WORDS.contains(SentenceLib.lower(sentence, t))
                    && !"VERB".equals(sentence.token(t).pos())) {
                trigger = new Trigger(t, Meeting.Kind.SUMMIT, true, false, false, t + 1);
            }
            if (trigger != null) {
                triggers.add(trigger);
            }
        }
        return triggers;
    }

    /** The candidate pairs of one trigger of a sentence; {@code voice} is the state the article speaks for, or null. */
    static List<PairCandidate> of(Sentence sentence, Parse parse, Trigger trigger, List<ResolvedMention> agents,
                                  List<ResolvedMention> mentions, EntityResolver.Resolution resolution,
                                  ResolvedMention voice) {
        Map<String, ResolvedMention> nearest = new LinkedHashMap<>();
        for (ResolvedMention agent : agents) {
            keepNearest(nearest, agent, parse, trigger.index());
        }
        for (ResolvedMention speaker : FirstPerson.of(sentence, parse, agents, voice)) {
            keepNearest(nearest, speaker, parse, trigger.index());
        }
        if (trigger.kind() == Meeting.Kind.VISIT) {
            for (ResolvedMention place : destinations(sentence, trigger, mentions, resolution)) {
                keepNearest(nearest, place, parse, trigger.index());
            }
        }
        List<ResolvedMention> parties = new ArrayList<>(nearest.values());
        SyntacticSides.Sides sides = SyntacticSides.of(sentence, parse, trigger, parties);
        parties.sort(java.util.Comparator.comparingInt(m -> m.mention().tokenBegin()));
        List<PairCandidate> pairs = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(new PairCandidate(sentence, parse, trigger, parties.get(i), parties.get(j),
                        ties(sides, parties.get(i), parties.get(j))));
            }
        }
        return pairs;
    }

    /**
     * How grammar ties a pair to the trigger: the relations of the two when they stand on its two sides
     * ({@code nsubj|obl:with}), or both on one side ({@code nsubj|nsubj+conj}); {@code none} otherwise.
     */
    private static String ties(SyntacticSides.Sides sides, ResolvedMention a, ResolvedMention b) {
        String sa = sides.subject().agents().get(a);
        String sb = sides.subject().agents().get(b);
        String oa = sides.object().agents().get(a);
        String ob = sides.object().agents().get(b);
        if (sa != null && ob != null) {
            return "S:" + sa + "|O:" + ob;
        }
        if (sb != null && oa != null) {
            return "S:" + sb + "|O:" + oa;
        }
        if (sa != null && sb != null) {
            return "SS:" + sa + "|" + sb;
        }
        if (oa != null && ob != null) {
            return "OO:" + oa + "|" + ob;
        }
        return sa != null || sb != null ? "S-only" : oa != null || ob != null ? "O-only" : "none";
    }

    /** Keeps, for each entity, the mention nearest the trigger in the tree. */
    private static void keepNearest(Map<String, ResolvedMention> nearest, ResolvedMention m, Parse parse, int t) {
        ResolvedMention kept = nearest.get(m.entity());
        if (kept == null || distance(parse, t, m) < distance(parse, t, kept)) {
            nearest.put(m.entity(), m);
        }
    }

    private static int distance(Parse parse, int t, ResolvedMention m) {
        return SyntaxPaths.length(parse, t, SyntaxPaths.head(parse, m.mention()));
    }

    /**
     * The states of the places named after a visit word: a state as a place ("a visit to China"), or the state of
     * a city or region the article names ("visited Canberra" when it names Australia).
     */
    private static List<ResolvedMention> destinations(Sentence sentence, Trigger trigger, List<ResolvedMention> mentions,
                                                      EntityResolver.Resolution resolution) {
        List<ResolvedMention> states = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.mention().tokenBegin() <= trigger.index() || m.mention().demonym()) {
                continue;
            }
            EntityType type = m.mention().type();
            if (type == EntityType.STATE) {
                states.add(m);
            } else if (type == EntityType.CITY || type == EntityType.REGION) {
                Entity place = resolution.entities().get(m.entity());
                String state = MeetingPlaces.stateOf(place, resolution);
                if (state != null) {
                    states.add(new ResolvedMention(m.mention(), state));
                }
            }
        }
        return states;
    }
}
