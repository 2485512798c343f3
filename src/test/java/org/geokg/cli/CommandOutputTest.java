package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes decoded onto a command's writer: characters split across writes, long output, a bad byte at the end. */
class CommandOutputTest {
    @Test
    void charactersSplitAcrossWritesAndBuffersComeOutWhole() {
        String text = "Ünited Nätions – 習近平 🌍\n".repeat(2000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringWriter sink = new StringWriter();
        try (CommandOutput out = new CommandOutput(new PrintWriter(sink))) {
            for (int i = 0; i < bytes.length; i += 7) {
                out.write(bytes, i, Math.min(7, bytes.length - i));
            }
        }
        assertEquals(text, sink.toString());
    }

    @Test
    void anIncompleteCharacterAtTheEndIsReplacedAndTheWriterStaysOpen() {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        CommandOutput out = new CommandOutput(writer);
        out.write('a');
        out.write(0xE2);
        out.close();
        out.close();
        writer.print("b");
        writer.flush();
        assertEquals("a\uFFFDb", sink.toString());
    }
}
