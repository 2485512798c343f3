package org.geokg.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The meeting stage's sets in the word table {@code lexicon/words.tsv}: each is one block under the meeting
 * section, after a comment that names it, and no other section adds words to it (the table merges rows of one name
 * wherever they stand, so a set of the same name elsewhere would change the meeting rules unseen).
 */
class MeetingWordSetsTest {
    private static final String SECTION = "# ===== meeting stage =====";

    private static List<String> lines() throws IOException {
        try (InputStream in = MeetingWordSetsTest.class.getClassLoader()
                .getResourceAsStream("org/geokg/lexicon/words.tsv")) {
            assertNotNull(in, "no lexicon/words.tsv on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void eachMeetingSetIsOneCommentedBlockOfTheMeetingSection() throws IOException {
        List<String> lines = lines();
        int section = lines.indexOf(SECTION);
        assertTrue(section >= 0, "words.tsv has no line '" + SECTION + "'");
        int end = section + 1;
        while (end < lines.size() && !lines.get(end).startsWith("# =====")) {
            end++;
        }
        Set<String> meetingSets = new LinkedHashSet<>();
        String previous = null;
        for (int i = section + 1; i < end; i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String set = line.substring(0, line.indexOf('\t'));
            if (!set.equals(previous)) {
                assertTrue(meetingSets.add(set), "set '" + set + "' is split into two blocks");
                assertTrue(commentBefore(lines, i).startsWith("# " + set + ": "),
                        "set '" + set + "' has no comment that names it");
                previous = set;
            }
        }
        assertFalse(meetingSets.isEmpty());
        List<String> elsewhere = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            boolean inMeetingSection = section < i && i < end;
            if (!inMeetingSection && tab > 0 && meetingSets.contains(line.substring(0, tab))) {
                elsewhere.add(line);
            }
        }
        assertEquals(List.of(), elsewhere, "rows of meeting sets outside the meeting section");
    }

    /** The first line of the comment just before a set's first row. */
    private static String commentBefore(List<String> lines, int row) {
        int i = row - 1;
        while (i > 0 && lines.get(i - 1).startsWith("#")) {
            i--;
        }
        return lines.get(i);
    }
}
