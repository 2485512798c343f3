package org.geokg.ner.train;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.WordSequence;

/**
 * Takes titles out of annotated person names ("President Hugo Chavez" → "Hugo Chavez", "Mr. Bush" → "Bush"), the
 * convention GeoKG follows: a title is a position, not part of a name. The news corpus keeps titles inside person
 * spans; training and scoring on stripped spans makes the model and its scores follow GeoKG's convention.
 */
public final class TitleStripping {
    private TitleStripping() {
    }

    /** The samples with every person span's leading title removed (a span that is all title is dropped). */
    public static List<NameSample> strip(List<NameSample> samples) {
        List<NameSample> stripped = new ArrayList<>(samples.size());
        for (NameSample sample : samples) {
            String[] tokens = sample.getSentence();
            List<Span> names = new ArrayList<>();
            for (Span name : sample.getNames()) {
                if (!"person".equals(name.getType())) {
                    names.add(name);
                    continue;
                }
                int start = name.getStart()
                        + Titles.titleLengthAt(WordSequence.of(tokens), name.getStart(), name.getEnd());
                if (start < name.getEnd()) {
                    names.add(new Span(start, name.getEnd(), name.getType()));
                }
            }
            stripped.add(new NameSample(sample.getId(), tokens, names.toArray(new Span[0]),
                    sample.getAdditionalContext(),
                    sample.isClearAdaptiveDataSet()));
        }
        return stripped;
    }
}
