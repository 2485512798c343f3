package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-parser} and {@code eval-parser} on the tiny treebank of the parser's tests. */
class ParserCommandsTest {
    @Test
    void trainThenEvaluate(@TempDir Path dir) throws Exception {
        String tiny = Path.of(getClass().getResource("/org/geokg/syntax/tiny.conllu").toURI()).toString();
        Path model = dir.resolve("parser.bin");
        Cli train = Cli.run("train-parser", "--data", tiny, "--out", model.toString(), "--dev", tiny,
                "--iterations", "5", "--folds", "0");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.exists(dir.resolve("parser.manifest.json")));
        assertTrue(train.out().contains("pass 5: dev UAS"), train.out());
        assertTrue(train.out().contains("wrote " + model), train.out());

        Cli eval = Cli.run("eval-parser", "--model", model.toString(), tiny);
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().matches("(?s).*UAS \\d+\\.\\d\\d  LAS \\d+\\.\\d\\d  \\(all 101 words\\).*"), eval.out());
        assertTrue(eval.out().contains("tokens/s"), eval.out());
    }

    @Test
    void aBadModelFileIsOneLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.bin"), "not a model");
        String tiny = Path.of(getClass().getResource("/org/geokg/syntax/tiny.conllu").toURI()).toString();
        Cli eval = Cli.run("eval-parser", "--model", bad.toString(), tiny);
        assertEquals(1, eval.exitCode());
        assertEquals("geokg: " + bad + ": not a GeoKG parser model (the file is too short)\n", eval.err());
    }
}
