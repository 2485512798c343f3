package org.geokg.eval;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The predicted types scored as one type of the gold: a corpus that has one type for all places, as Universal NER's
 * LOC read as {@code place} (ner.train.Iob2Corpus), cannot tell GeoKG's gpe from its location, so against a gold
 * whose places are all {@code place} (no gpe, no location) both score as place: the model's gpe and location, and
 * the mention stage's states, cities, regions and other places. Any other gold is scored as it is.
 *
 * <pre>
 * TypeFolding folding = TypeFolding.forGold(NerEvaluator.typesOf(samples));
 * folding.apply("gpe"); // "place" against Universal NER, "gpe" against GMB
 * </pre>
 *
 * @param folded the predicted types scored as {@code into}; empty when nothing is folded
 * @param into   the gold type they are scored as
 */
public record TypeFolding(Set<String> folded, String into) implements UnaryOperator<String> {
    /** The one type of a corpus for all places. */
    public static final String PLACE = "place";
    /** Types scored as they are. */
    public static final TypeFolding NONE = new TypeFolding(Set.of(), PLACE);
    private static final Set<String> PLACES = Set.of("gpe", "location");

    public TypeFolding {
        folded = Set.copyOf(folded);
    }

    /** Folds gpe and location into place when the gold has place and neither of them, else nothing. */
    public static TypeFolding forGold(Set<String> goldTypes) {
        boolean onePlaceType = goldTypes.contains(PLACE) && goldTypes.stream().noneMatch(PLACES::contains);
        return onePlaceType ? new TypeFolding(PLACES, PLACE) : NONE;
    }

    /** The type a predicted name of this type is scored as; {@code null} (no type) stays. */
    @Override
    public String apply(String type) {
        return type != null && folded.contains(type) ? into : type;
    }

    /** Whether any type is folded. */
    public boolean folds() {
        return !folded.isEmpty();
    }

    /** What is folded, for the line that says what was scored: {@code gpe and location scored as place}. */
    public String describe() {
        return String.join(" and ", folded.stream().sorted().toList()) + " scored as " + into;
    }
}
