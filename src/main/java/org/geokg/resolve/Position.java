package org.geokg.resolve;

import java.util.Objects;

/**
 * An office held by a person, as an article states it ("Russian President Vladimir Putin").
 *
 * @param person   key of the person holding it
 * @param title    the title, such as "President" or "Prime Minister"
 * @param state    key of the state whose office it is
 * @param label    a readable name of the office, such as "President of Russia"
 * @param sentence index of the sentence that states it
 */
public record Position(String person, String title, String state, String label, int sentence) {
    public Position {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(label, "label");
    }
}
