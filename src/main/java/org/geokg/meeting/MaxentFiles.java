package org.geokg.meeting;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import org.geokg.GeoKgException;

/** Reads and writes the maxent models of the meeting stage in OpenNLP's binary format. */
final class MaxentFiles {
    private MaxentFiles() {
    }

    /** The model at a classpath resource, or empty when the build has none; {@code what} names it in errors. */
    static Optional<AbstractModel> resource(String resource, String what) {
        InputStream in = MaxentFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(new GenericModelReader(new BinaryFileDataReader(
                    new DataInputStream(new BufferedInputStream(in)))).getModel());
        } catch (IOException e) {
            throw new GeoKgException("cannot load the " + what + " " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Writes a model. */
    static void write(AbstractModel model, OutputStream out) throws IOException {
        new GenericModelWriter(model, new DataOutputStream(out)).persist();
    }
}
