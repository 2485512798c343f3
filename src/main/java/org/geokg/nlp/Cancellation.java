package org.geokg.nlp;

import java.util.concurrent.CancellationException;

/**
 * The point where a stage's loop gives up when its thread is interrupted: the ingest interrupts the analysis of an
 * article over its time budget, and every stage checks once per sentence (or per unit of similar size), so the
 * analysis stops soon after instead of running on in the background.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** Throws {@link CancellationException} when the current thread has been interrupted (the flag stays set). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("analysis interrupted");
        }
    }
}
