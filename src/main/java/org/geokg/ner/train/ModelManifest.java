package org.geokg.ner.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Version;
import org.geokg.Manifests;
import org.geokg.ner.GazetteerKeys;
import org.geokg.ner.WordClusters;

/**
 * The JSON manifest written beside a trained model ({@code ner-en.bin} → {@code ner-en.manifest.json}): the model's
 * size and hash, the training parameters, the dictionaries, the training data and the scores on the evaluation data.
 *
 * @param model          the model file
 * @param bytes          the model's bytes, as written
 * @param options        the training options
 * @param descriptor     the feature descriptor's bytes, or {@code null} for OpenNLP's defaults
 * @param resources      the model resources by key: dictionaries and word clusters
 * @param data           the training data file or folder
 * @param dataSha256     the hash of the training data
 * @param samples        the training sentences
 * @param trainingMillis wall time of the training proper
 * @param evaluations    the scores on {@link TrainingOptions#evalData()}, in the same order
 */
record ModelManifest(Path model, byte[] bytes, TrainingOptions options, byte[] descriptor,
                     Map<String, Object> resources, Path data, String dataSha256, List<NameSample> samples,
                     long trainingMillis, List<NerEvaluator.Evaluation> evaluations) {

    /** Writes the manifest beside the model; returns its path. */
    Path write() throws IOException {
        Map<String, Object> m = Manifests.header(model, bytes);
        m.put("opennlpVersion", Version.currentVersion().toString());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("algorithm", options.algorithm());
        params.put("iterations", options.iterations());
        params.put("cutoff", options.cutoff());
        params.put("threads", options.threads());
        params.put("codec", options.codec());
        params.put("beamSize", NameFinderME.DEFAULT_BEAM_SIZE);
        params.put("language", options.language());
        params.put("stripTitles", options.stripTitles());
        params.put("gaussianSigma", options.gaussianSigma());
        params.put("features", options.features());
        params.put("featuresSha256", Manifests.sha256(descriptor));
        m.put("parameters", params);
        Map<String, Object> res = new LinkedHashMap<>();
        resources.forEach((k, v) -> res.put(k, v instanceof WordClusters c ? c.size() : ((GazetteerKeys) v).size()));
        m.put("dictionaryEntries", res);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", data.toString());
        d.put("sha256", dataSha256);
        d.put("sentences", samples.size());
        d.put("tokens", samples.stream().mapToLong(s -> s.getSentence().length).sum());
        Map<String, Integer> names = new TreeMap<>();
        samples.forEach(s -> Arrays.stream(s.getNames()).forEach(sp -> names.merge(sp.getType(), 1, Integer::sum)));
        d.put("names", names);
        m.put("trainingData", d);
        m.put("trainingSeconds", trainingMillis / 1000.0);
        List<Object> ev = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            ev.add(evaluationJson(options.evalData().get(i), evaluations.get(i)));
        }
        m.put("evaluations", ev);
        return Manifests.write(model, m);
    }

    private static Map<String, Object> evaluationJson(Path p, NerEvaluator.Evaluation e) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", p.toString());
        m.put("sha256", NerCorpus.sha256(p));
        m.put("sentences", e.sentences());
        m.put("tokens", e.tokens());
        m.put("tokensPerSecond", Math.round(e.tokensPerSecond()));
        Map<String, Object> types = new LinkedHashMap<>();
        for (NerEvaluator.TypeScores t : e.types()) {
            types.put(t.type(), scoresJson(t));
        }
        m.put("types", types);
        m.put("microAll", scoresJson(e.micro()));
        m.put("microPersonOrgGpe", scoresJson(e.microOver(Set.of("person", "organization", "gpe"))));
        return m;
    }

    private static Map<String, Object> scoresJson(NerEvaluator.TypeScores t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(t.precision()));
        m.put("recall", round(t.recall()));
        m.put("f1", round(t.f1()));
        m.put("tp", t.truePositives());
        m.put("fp", t.falsePositives());
        m.put("fn", t.falseNegatives());
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
