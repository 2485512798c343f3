package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.lower;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.Words;
import org.geokg.mention.Mention;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityKeys;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;

/**
 * Places meetings: the place after "in" or "at" nearest a trigger, not in a statement or quotation after it; for a
 * meeting that took place without one, the host's capital, else the one city the article's visits go to.
 *
 * <p>Immutable and thread-safe.
 */
final class MeetingPlaces {
    private static final Set<String> DESTINATION_WORDS = Words.set("destination-word");
    /** Prepositions before the place of a meeting: "in Vienna", "at Camp David". */
    private static final Set<String> AT_PLACE = Set.of("in", "at");

    private final Gazetteer gazetteer;

    MeetingPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place of the meeting a trigger at token {@code t} reports, from a sentence's mentions, or null. */
    static String place(Sentence sentence, int t, List<ResolvedMention> mentions) {
        ResolvedMention best = null;
        for (ResolvedMention m : mentions) {
            Mention mention = m.mention();
            int before = mention.tokenBegin() - 1;
            if (!mention.type().isPlace() || mention.demonym() || before < 0
                    || !AT_PLACE.contains(lower(sentence, before))
                    || mention.tokenBegin() > t && anotherClauseBetween(sentence, t, mention.tokenBegin())) {
                continue;
            }
            if (best == null || preferPlace(mention, best.mention(), t)) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    /** The state whose capital a city is ("Moscow": Russia), among the article's entities, or {@code null}. */
    String stateOfCapital(Entity city, EntityResolver.Resolution resolution) {
        return isCapital(city) ? stateOf(city, resolution) : null;
    }

    /**
     * The meetings, those that took place without a place given the capital of their host's state, else the one
     * city the article's visits go to.
     */
    List<Meeting> fromContext(AnalyzedText text, List<Meeting> meetings, EntityResolver.Resolution resolution,
                              Map<Integer, List<ResolvedMention>> bySentence) {
        Set<String> destinations = new LinkedHashSet<>();
        for (Sentence sentence : text.sentences()) {
            for (int t = 0; t < sentence.size(); t++) {
                String w = lower(sentence, t);
                if (DESTINATION_WORDS.contains(w)) {
                    destination(sentence, t, bySentence.getOrDefault(sentence.index(), List.of()))
                            .forEach(destinations::add);
                }
            }
        }
        List<Meeting> placed = new ArrayList<>();
        for (Meeting meeting : meetings) {
            String place = meeting.place();
            if (place == null && meeting.status() == Meeting.Status.OCCURRED) {
                place = hostCapital(meeting, resolution);
                if (place == null && destinations.size() == 1) {
                    place = destinations.iterator().next();
                }
            }
            placed.add(place == null || place.equals(meeting.place()) ? meeting
                    : new Meeting(meeting.kind(), meeting.status(), meeting.participants(), meeting.host(), place,
                    meeting.date(), meeting.evidence(), Math.max(0, meeting.confidence() - 0.1),
                    meeting.rule() + "+place:context"));
        }
        return placed;
    }

    /** Whether a city is the capital of its country, by the gazetteer. */
    private boolean isCapital(Entity city) {
        return city != null && city.country() != null && gazetteer.capitalOf(city.country())
                .filter(capital -> EntityKeys.of(EntityType.CITY, capital.name()).equals(city.key())).isPresent();
    }

    /** The state of the article whose country is a place's, or {@code null}. */
    private static String stateOf(Entity place, EntityResolver.Resolution resolution) {
        if (place == null || place.country() == null) {
            return null;
        }
        return resolution.entities().values().stream()
                .filter(e -> e.type() == EntityType.STATE && place.country().equals(e.country()))
                .map(Entity::key).findFirst().orElse(null);
    }

    /** A reported statement or a quotation starts between two tokens. */
    private static boolean anotherClauseBetween(Sentence sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = lower(sentence, i);
            if (isStatementVerb(w) || w.equals("\"") || w.equals("“") || w.equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** A place after the trigger wins over one before it; on the same side, the nearer one wins. */
    private static boolean preferPlace(Mention candidate, Mention best, int t) {
        boolean candidateAfter = candidate.tokenBegin() > t;
        boolean bestAfter = best.tokenBegin() > t;
        if (candidateAfter != bestAfter) {
            return candidateAfter;
        }
        return Math.abs(candidate.tokenBegin() - t) < Math.abs(best.tokenBegin() - t);
    }

    /** The cities a destination word goes to: "visited Moscow", "a trip to Moscow and Delhi". */
    private static List<String> destination(Sentence sentence, int t, List<ResolvedMention> mentions) {
        if (lower(sentence, t).startsWith("visit") && "VERB".equals(sentence.token(t).pos())) {
            List<String> objects = cities(sentence, t + 1, mentions); // "X visited Moscow (and Delhi)"
            if (!objects.isEmpty()) {
                return objects;
            }
        }
        for (int i = t + 1; i < Math.min(sentence.size(), t + 3); i++) {
            String w = lower(sentence, i);
            if (w.equals("to") || w.equals("in")) {
                return cities(sentence, i + 1, mentions);
            }
        }
        return List.of();
    }

    /** The cities of a coordination starting at a token: "Moscow", "Moscow and Delhi", "Moscow, Delhi and Pune". */
    private static List<String> cities(Sentence sentence, int begin, List<ResolvedMention> mentions) {
        List<String> cities = new ArrayList<>();
        int i = begin;
        while (true) {
            int at = i;
            Optional<ResolvedMention> city = mentions.stream().filter(m -> m.mention().tokenBegin() == at
                    && m.mention().type() == EntityType.CITY).findFirst();
            if (city.isEmpty()) {
                return cities;
            }
            cities.add(city.get().entity());
            i = city.get().mention().tokenEnd();
            if (i < sentence.size() && (lower(sentence, i).equals("and") || lower(sentence, i).equals(","))) {
                i++;
            } else {
                return cities;
            }
        }
    }

    /** The capital of the host's state (the host or the state of its office), when the article names it. */
    private String hostCapital(Meeting meeting, EntityResolver.Resolution resolution) {
        if (meeting.host() == null) {
            return null;
        }
        String stateKey = meeting.host().startsWith("state/") ? meeting.host()
                : resolution.positions().stream().filter(p -> p.person().equals(meeting.host()))
                .map(Position::state).findFirst().orElse(null);
        Entity state = stateKey == null ? null : resolution.entities().get(stateKey);
        if (state == null || state.country() == null) {
            return null;
        }
        return gazetteer.capitalOf(state.country())
                .map(capital -> EntityKeys.of(EntityType.CITY, capital.name()))
                .filter(key -> resolution.entities().containsKey(key))
                .orElse(null);
    }
}
