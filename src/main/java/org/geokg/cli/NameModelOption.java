package org.geokg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.geokg.ner.NameModel;
import picocli.CommandLine.Option;

/** The {@code --ner-model FILE} option of the verbs that find names. */
final class NameModelOption {
    @Option(names = "--ner-model", paramLabel = "FILE", description = "A name finder model (from train-ner) "
            + "instead of the shipped one.")
    Path nerModel;

    /** The chosen model: the file given, else the one shipped in the jar. */
    Optional<NameModel> load() {
        return nerModel != null ? Optional.of(NameModel.load(nerModel)) : NameModel.shipped();
    }
}
