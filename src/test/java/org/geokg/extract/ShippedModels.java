package org.geokg.extract;

/**
 * The shipped models, loaded once for all the tests of a JVM: each test class that kept its own copy in a static
 * field held it to the end of the run, and a dozen copies no longer fit the tests' heap. The models are immutable
 * and thread-safe, so sharing them changes no test.
 */
public final class ShippedModels {
    private ShippedModels() {
    }

    /** The models bundled in the jar, loaded on first use. */
    public static ExtractionModels get() {
        return Holder.MODELS;
    }

    private static final class Holder {
        static final ExtractionModels MODELS = ExtractionModels.shipped();
    }
}
