package org.geokg.scratch;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import org.geokg.article.Article;
import org.geokg.mention.Gazetteer;
import org.geokg.nlp.*;
import org.geokg.pipeline.Extractor;
import org.geokg.resolve.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        Extractor ex = new Extractor(NlpModels.load(), Gazetteer.load());
        StringBuilder out = new StringBuilder();
        for (String text : Files.readString(Path.of("/tmp/scratch.txt")).split("\n====\n")) {
            ArticleAnalysis a = ex.analyze(new Article("t", "t", null, null, LocalDate.of(2024, 5, 15), text, Map.of()));
            out.append("### ").append(text.replace("\n", "\\n")).append('\n');
            for (Sentence s : a.text().sentences()) {
                out.append("  S").append(s.index()).append(" p").append(s.paragraph()).append(" [")
                   .append(a.text().span(s.begin(), s.end()).replace("\n", "\\n").replace("\r", "\\r")).append("] ");
                for (Token t : s.tokens()) out.append(t.text()).append('/').append(t.pos()).append(' ');
                out.append('\n');
            }
            for (ResolvedMention m : a.mentions()) out.append("  M ").append(m.mention().type()).append(" '")
                .append(m.mention().text()).append("' -> ").append(m.entity()).append(" demonym=")
                .append(m.mention().demonym()).append(" rule=").append(m.mention().rule()).append('\n');
            for (Position p : a.positions()) out.append("  P ").append(p).append('\n');
            for (Meeting m : a.meetings()) out.append("  MEET ").append(m).append('\n');
        }
        Files.writeString(Path.of("/tmp/scratch.out"), out);
    }
}
