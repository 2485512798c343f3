package org.geokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.graph.MeetingFilter;
import org.geokg.graph.Network;
import org.geokg.graph.NetworkBuilder;
import org.geokg.graph.format.Graphviz;
import org.geokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg render --out FILE.svg|png|pdf}: draws the meeting network with Graphviz. */
@Command(name = "render", description = "Draw the meeting network with Graphviz (the 'dot' program, Debian "
        + "package graphviz) as SVG, PNG or PDF, chosen by the file's extension.")
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The drawing: FILE.svg, .png or .pdf.")
    Path out;

    @Option(names = "--dot", paramLabel = "PROGRAM", defaultValue = "dot",
            description = "Graphviz's dot program (default: ${DEFAULT-VALUE}, found on the PATH).")
    String dot;

    @Mixin
    MeetingFilterOptions filter;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = out.getFileName().toString();
        if (!Graphviz.FORMATS.contains(name.substring(name.lastIndexOf('.') + 1))) {
            throw new UsageException("--out " + out + ": the file must end in .svg, .png or .pdf");
        }
        MeetingFilter meetings = filter.filter();
        Network network;
        try (KgStore store = storeOptions.open()) {
            network = new NetworkBuilder(store).meetings(meetings);
        }
        new Graphviz(dot).render(network, out);
        spec.commandLine().getOut().printf("drew %d agents and %d pairs in %s%n", network.nodes().size(),
                network.edges().size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
