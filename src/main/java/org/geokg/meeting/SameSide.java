package org.geokg.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityResolver;

/**
 * Drops the meetings of a person with the state he serves, which are one side and not two ("Prime Minister Turnbull
 * welcomed Wickremesinghe on his visit to Australia" holds no visit of Turnbull's to Australia); in a meeting of more
 * parties, such a state is taken out, its person standing for it ("the Australia-Singapore leaders' talks with Prime
 * Minister Lee" are Australia's with Lee). A person is of a state when the article gives him one of its offices, or
 * when the gazetteer of leaders links him to it.
 */
final class SameSide {
    private SameSide() {
    }

    /**
     * The meetings, without those of two parties that are a person and his own state, and without the states that a
     * person of theirs stands for in meetings of more parties.
     */
    static List<Meeting> drop(List<Meeting> meetings, EntityResolver.Resolution resolution) {
        return meetings.stream().filter(m -> !oneSide(m.participants(), resolution))
                .map(m -> withoutRepresented(m, resolution)).toList();
    }

    /** A meeting of three or more parties without the states one of its people serves, if two parties remain. */
    private static Meeting withoutRepresented(Meeting m, EntityResolver.Resolution resolution) {
        if (m.participants().size() < 3) {
            return m;
        }
        List<String> kept = m.participants().stream().filter(k -> !represented(k, m.participants(), resolution))
                .toList();
        if (kept.size() == m.participants().size() || kept.size() < 2) {
            return m;
        }
        String host = kept.contains(m.host()) ? m.host() : null;
        return new Meeting(m.kind(), m.status(), kept, host, m.place(), m.date(), m.evidence(), m.confidence(),
                m.rule() + "+represented");
    }

    /** Whether a participant is a state that another participant, a person, serves. */
    private static boolean represented(String key, List<String> participants, EntityResolver.Resolution resolution) {
        Entity state = resolution.entities().get(key);
        if (state == null || state.type() != EntityType.STATE) {
            return false;
        }
        return participants.stream().map(resolution.entities()::get)
                .anyMatch(p -> p != null && p.type() == EntityType.PERSON && serves(p, state, resolution));
    }

    /** The people of an article who serve a state. */
    static Set<String> servants(Entity state, EntityResolver.Resolution resolution) {
        Set<String> people = new HashSet<>();
        for (Entity entity : resolution.entities().values()) {
            if (entity.type() == EntityType.PERSON && serves(entity, state, resolution)) {
                people.add(entity.key());
            }
        }
        return people;
    }

    private static boolean oneSide(List<String> participants, EntityResolver.Resolution resolution) {
        if (participants.size() != 2) {
            return false;
        }
        Entity a = resolution.entities().get(participants.get(0));
        Entity b = resolution.entities().get(participants.get(1));
        if (a == null || b == null) {
            return false;
        }
        return a.type() == EntityType.PERSON && b.type() == EntityType.STATE && serves(a, b, resolution)
                || b.type() == EntityType.PERSON && a.type() == EntityType.STATE && serves(b, a, resolution);
    }

    private static boolean serves(Entity person, Entity state, EntityResolver.Resolution resolution) {
        return person.country() != null && person.country().equals(state.country())
                || resolution.positions().stream()
                        .anyMatch(p -> p.person().equals(person.key()) && p.state().equals(state.key()));
    }
}
