package org.geokg.graph.format;

import static org.geokg.graph.format.SampleNetworks.AWKWARD;
import static org.geokg.graph.format.SampleNetworks.DIRECTED;
import static org.geokg.graph.format.SampleNetworks.LABELS;
import static org.geokg.graph.format.SampleNetworks.MEETINGS;
import static org.geokg.graph.format.SampleNetworks.PAIRS;
import static org.geokg.graph.format.SampleNetworks.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** DOT read back by Graphviz's {@code dot} (Debian package graphviz, which .ci/run installs): nothing lost. */
class DotWriterIT {
    @Test
    void dotIsParsedByGraphvizWithTheSameNamesAndEdges() throws Exception {
        FormatChecks.Content content = FormatChecks.parsedByGraphviz(write(new DotWriter(), MEETINGS));
        assertEquals(LABELS, content.nodes());
        assertEquals(PAIRS, content.edges());
        assertEquals(Set.of(FormatChecks.pair(AWKWARD, "Bolivia")),
                FormatChecks.parsedByGraphviz(write(new DotWriter(), DIRECTED)).edges(), "pairs, either way");
    }
}
