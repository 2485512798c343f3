package org.geokg.resolve;

import java.util.Objects;

/**
 * A place or building named for the government that acts ("Moscow said", "Beijing's peace plan", "the Kremlin
 * denied"): the mention keeps its entity (the city, the building) and the state is recorded as the acting agent.
 *
 * @param mention the mention of the capital or seat of government
 * @param state   key of the state that acts
 */
public record ActingAgent(ResolvedMention mention, String state) {
    public ActingAgent {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(state, "state");
    }
}
