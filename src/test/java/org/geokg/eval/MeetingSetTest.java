package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code --set NAME=DIR[,DIR...][@PART]} is read (its errors are tested through the command line). */
class MeetingSetTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # set                                                  | name    | folders                                 | part
            dev=src/test/resources/dev                             | dev     | src/test/resources/dev                  | -
            tuning=src/test/resources/dev,src/test/resources/train@tuning | tuning | src/test/resources/dev src/test/resources/train | tuning
            heldout=../shared/examples/heldout                     | heldout | ../shared/examples/heldout              | -
            x=/data/a@b/sets                                       | x       | /data/a@b/sets                          | -
            x.2=a@b/c@training                                     | x.2     | a@b/c                                   | training
            """)
    void aSetIsANameFoldersAndMaybeAPart(String spec, String name, String folders, String part) {
        MeetingSet set = MeetingSet.parse(spec);
        assertEquals(name, set.name());
        assertEquals(Arrays.stream(folders.split(" ")).map(Path::of).toList(), set.folders());
        assertEquals(part, set.part());
    }
}
