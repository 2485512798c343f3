package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isStatementVerb;
import static org.geokg.meeting.SentenceLib.lower;

import java.time.LocalDate;
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
 * Attaches dates and places to meetings: the date expression nearest a trigger in its sentence (not the date of a
 * statement about it), else the date of its paragraph, else that of the dated visit whose host side it is with (and
 * an undated visit that of the first dated meeting of its visitor with the host side there); the
 * place after "in" or "at" nearest the trigger, else the host's capital, else the one destination of the visits the
 * article reports.
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceAndDate {
    private static final Set<String> DESTINATION_WORDS = Words.set("destination-word");

    private final Gazetteer gazetteer;
    private final DateFinder dates = new DateFinder();

    PlaceAndDate(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A meeting of a visitor with the host side of a visit the article dates takes the visit's date: "X paid a visit
     * to Georgia on Sunday. During her meeting with Georgian President Y, X said ...".
     */
    static Meeting dateFromVisit(Meeting meeting, List<Meeting> found, List<Position> positions) {
        for (Meeting visit : found) {
            if (visit.kind() != Meeting.Kind.VISIT || visit.status() != Meeting.Status.OCCURRED
                    || visit.date() == null || visit.host() == null || visit == meeting) {
                continue;
            }
            String visitor = visit.participants().get(0);
            String hostState = visit.host().startsWith("state/") ? visit.host() : positions.stream()
                    .filter(p -> p.person().equals(visit.host())).map(Position::state).findFirst().orElse(null);
            boolean withHostSide = meeting.participants().contains(visitor) && meeting.participants().stream()
                    .filter(p -> !p.equals(visitor)).allMatch(p -> p.equals(visit.host()) || p.equals(hostState)
                            || positions.stream().anyMatch(o -> o.person().equals(p) && o.state().equals(hostState)));
            if (withHostSide) {
                return new Meeting(meeting.kind(), meeting.status(), meeting.participants(), meeting.host(),
                        meeting.place(), visit.date(), meeting.evidence(), Math.max(0, meeting.confidence() - 0.1),
                        meeting.rule() + "+date:visit");
            }
        }
        return meeting;
    }

    /**
     * An undated visit takes the date of the first meeting the article dates between the visitor and the host side
     * at the visit's destination: "The Chinese leader's three-day visit to Moscow ..." begins with the talks with
     * the Russian president on Monday.
     */
    static Meeting visitDateFromItsMeetings(Meeting visit, List<Meeting> found, List<Position> positions) {
        if (visit.kind() != Meeting.Kind.VISIT || visit.status() != Meeting.Status.OCCURRED || visit.date() != null
                || visit.host() == null || !visit.host().startsWith("state/")) {
            return visit;
        }
        String visitor = visit.participants().get(0);
        return found.stream()
                .filter(m -> m.kind() != Meeting.Kind.VISIT && m.status() == Meeting.Status.OCCURRED
                        && m.date() != null && m.participants().contains(visitor)
                        && (visit.place() == null || m.place() == null || visit.place().equals(m.place()))
                        && m.participants().stream().anyMatch(p -> p.equals(visit.host()) || positions.stream()
                                .anyMatch(o -> o.person().equals(p) && o.state().equals(visit.host()))))
                .map(Meeting::date)
                .min(java.util.Comparator.comparing(DateValue::lexical))
                .map(first -> new Meeting(visit.kind(), visit.status(), visit.participants(), visit.host(),
                        visit.place(), first, visit.evidence(), Math.max(0, visit.confidence() - 0.1),
                        visit.rule() + "+date:first-meeting"))
                .orElse(visit);
    }

    /**
     * A meeting whose sentence gives no date takes the date of the closest of the three sentences before it in
     * the same paragraph that gives one: "On Monday, X paid a visit to Y. During his visit, he met Z."
     */
    Meeting dateFromParagraph(AnalyzedText text, Meeting meeting, LocalDate published) {
        int index = meeting.evidence().get(0);
        Sentence sentence = text.sentences().get(index);
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            Sentence previous = text.sentences().get(i);
            if (previous.paragraph() != sentence.paragraph()) {
                break;
            }
            for (DateFinder.DateMention d : dates.find(previous, published)) {
                if (d.tokenBegin() == 0 || !isStatementVerb(lower(previous, d.tokenBegin() - 1))) {
                    return new Meeting(meeting.kind(), meeting.status(), meeting.participants(), meeting.host(),
                            meeting.place(), d.value(), meeting.evidence(), Math.max(0, meeting.confidence() - 0.1),
                            meeting.rule() + "+date:paragraph");
                }
            }
        }
        return meeting;
    }

    boolean isCapital(Entity city) {
        return city != null && city.country() != null && gazetteer.capitalOf(city.country())
                .filter(capital -> EntityKeys.of(EntityType.CITY, capital.name()).equals(city.key())).isPresent();
    }

    static String stateOf(Entity place, EntityResolver.Resolution resolution) {
        if (place == null || place.country() == null) {
            return null;
        }
        return resolution.entities().values().stream()
                .filter(e -> e.type() == EntityType.STATE && place.country().equals(e.country()))
                .map(Entity::key).findFirst().orElse(null);
    }

    DateValue date(Sentence sentence, int t, LocalDate published, Meeting.Status status) {
        if (published != null && status == Meeting.Status.OCCURRED && t > 0
                && Set.of("has", "have").contains(lower(sentence, t - 1))
                && dates.find(sentence, published).isEmpty()) {
            return DateValue.day(published); // "X has arrived in Israel": news in the present perfect is today's
        }
        DateFinder.DateMention best = null;
        for (DateFinder.DateMention d : dates.find(sentence, published, status == Meeting.Status.PLANNED)) {
            if (d.tokenBegin() > 0 && isStatementVerb(lower(sentence, d.tokenBegin() - 1))) {
                continue; // "X said Tuesday he will meet Y": the date of the statement
            }
            if (d.tokenBegin() > t) {
                if (speechBetween(sentence, t + 1, d.tokenBegin())) {
                    continue; // "X met Y, the Kremlin said on Tuesday": the date of the statement
                }
                if (best == null || best.tokenBegin() < t || d.tokenBegin() < best.tokenBegin()) {
                    best = d;
                }
            } else if ((best == null || best.tokenBegin() < t) && !speechBetween(sentence, d.tokenEnd(), t)) {
                best = d;
            }
        }
        return best == null ? null : best.value();
    }

    private static boolean speechBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isStatementVerb(lower(sentence, i))) {
                return true;
            }
        }
        return false;
    }

    static String place(Sentence sentence, int t, List<ResolvedMention> mentions) {
        ResolvedMention best = null;
        for (ResolvedMention m : mentions) {
            Mention mention = m.mention();
            int before = mention.tokenBegin() - 1;
            if (!mention.type().isPlace() || mention.demonym() || before < 0
                    || !Set.of("in", "at").contains(lower(sentence, before))
                    || mention.tokenBegin() > t && anotherClauseBetween(sentence, t, mention.tokenBegin())) {
                continue;
            }
            if (best == null || preferPlace(mention, best.mention(), t)) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
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

    private static boolean preferPlace(Mention candidate, Mention best, int t) {
        boolean candidateAfter = candidate.tokenBegin() > t;
        boolean bestAfter = best.tokenBegin() > t;
        if (candidateAfter != bestAfter) {
            return candidateAfter;
        }
        return Math.abs(candidate.tokenBegin() - t) < Math.abs(best.tokenBegin() - t);
    }

    List<Meeting> placeFromContext(AnalyzedText text, List<Meeting> meetings,
                                           EntityResolver.Resolution resolution,
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
