package org.geokg.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Document-level memory for repeated names: remembers the entity type of every capitalized token
 * that was part of a name earlier in the document, and also the last part of hyphenated ones
 * ({@code al-Burhan} → {@code Burhan}, {@code Abdul-Rahman} → {@code Rahman}), so that a later
 * bare surname gets a {@code mem=person} feature. Cleared at document boundaries. Holds per-document
 * state, like every OpenNLP adaptive generator, so one instance serves one thread.
 */
public final class DocumentMemoryFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Map<String, String> memory = new HashMap<>();

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String type = memory.get(tokens[index]);
        if (type != null) {
            features.add("mem=" + type);
            features.add("mem=" + type + ",sh=" + ShapeFeatureGenerator.shape(tokens[index]));
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        if (outcomes == null) {
            return;
        }
        for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
            String o = outcomes[i];
            int dash = o.lastIndexOf('-');
            if (dash <= 0) {
                continue; // "other"
            }
            String type = o.substring(0, dash);
            String tok = tokens[i];
            if (tok.length() > 1 && Character.isUpperCase(tok.charAt(0))) {
                memory.put(tok, type);
            }
            int hy = tok.lastIndexOf('-');
            if (hy > 0 && hy < tok.length() - 2 && Character.isUpperCase(tok.charAt(hy + 1))) {
                memory.putIfAbsent(tok.substring(hy + 1), type);
            }
        }
    }

    @Override
    public void clearAdaptiveData() {
        memory.clear();
    }
}
