package org.geokg.spark;

import org.geokg.extract.ExtractionModels;

/**
 * The extraction models of this JVM: the shipped ones, loaded by the first task that needs them and then shared by
 * every task of the executor (they are immutable and thread-safe; each task makes its own {@code Extractor}).
 */
final class ExecutorModels {
    private ExecutorModels() {
    }

    /** The models, loaded on the first call. */
    static ExtractionModels get() {
        return Holder.MODELS;
    }

    /** Initialization on demand: the class, and so the models, load when {@link #get} first reads the field. */
    private static final class Holder {
        static final ExtractionModels MODELS = ExtractionModels.shipped();
    }
}
