package org.geokg.graph.format;

import java.io.IOException;
import java.io.Writer;
import org.geokg.graph.Network;

/** Writes a {@link Network} in one file format. Implementations are stateless and thread-safe. */
public interface NetworkWriter {
    /** Writes the network; the writer is flushed, not closed. */
    void write(Network network, Writer out) throws IOException;
}
