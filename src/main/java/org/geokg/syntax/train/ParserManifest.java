package org.geokg.syntax.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.Manifests;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.Features;

/**
 * The JSON manifest written beside a trained parser model ({@code parser-en.bin} → {@code parser-en.manifest.json}):
 * the model's size and hash, the training options, the training data and its hash, and the scores on the
 * development treebank after each pass and for the written model.
 *
 * @param model          the model file
 * @param bytes          the model's bytes, as written
 * @param trained        the model, as read back from those bytes
 * @param options        the training options
 * @param data           the training treebank
 * @param dataSha256     its hash
 * @param sentences      its sentences
 * @param trainingMillis wall time of the training proper
 * @param passes         the dev scores after each pass (empty without dev data)
 * @param dev            the dev scores of the written model
 */
record ParserManifest(Path model, byte[] bytes, DependencyModel trained, ParserOptions options, Path data,
                      String dataSha256, List<TreebankSentence> sentences, long trainingMillis,
                      List<ParserEvaluator.Evaluation> passes, Optional<ParserEvaluator.Evaluation> dev) {

    /** Writes the manifest beside the model; returns its path. */
    Path write() throws IOException {
        Map<String, Object> m = Manifests.header(model, bytes);
        m.put("algorithm", "greedy arc-eager, averaged perceptron, dynamic oracle with exploration");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("iterations", options.iterations());
        params.put("seed", options.seed());
        params.put("exploreFrom", options.exploreFrom());
        params.put("explore", options.explore());
        params.put("prune", options.prune());
        params.put("jackknifeFolds", options.folds());
        params.put("clusters", options.clusters());
        params.put("clusteredWords", trained.clusters().size());
        params.put("tagDictionaryWords", trained.dictionary().size());
        params.put("featuresVersion", Features.VERSION);
        params.put("featureTemplates", Features.COUNT);
        m.put("parameters", params);
        m.put("labels", trained.labels());
        m.put("features", trained.weights().features());
        m.put("weights", trained.weights().entries());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", data.toString());
        d.put("sha256", dataSha256);
        d.put("sentences", sentences.size());
        d.put("words", sentences.stream().mapToLong(TreebankSentence::size).sum());
        d.put("nonProjective", sentences.stream().filter(s -> !Projectivity.isProjective(s.headsToEnd())).count());
        d.put("tags", options.folds() == 0 ? "predicted by the shipped part-of-speech model"
                : "predicted by jackknifing: each fold by a tagger trained like the shipped one on the other folds");
        m.put("trainingData", d);
        m.put("trainingSeconds", trainingMillis / 1000.0);
        if (options.dev().isPresent()) {
            Path devFile = options.dev().get();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", devFile.toString());
            e.put("sha256", Treebank.sha256(devFile));
            dev.ifPresent(s -> e.putAll(scores(s)));
            List<Object> byPass = new ArrayList<>();
            for (ParserEvaluator.Evaluation p : passes) {
                byPass.add(List.of(round(p.uas()), round(p.las())));
            }
            e.put("uasLasAfterEachPass", byPass);
            m.put("dev", e);
        }
        return Manifests.write(model, m);
    }

    static Map<String, Object> scores(ParserEvaluator.Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentences", e.sentences());
        m.put("words", e.words());
        m.put("uas", round(e.uas()));
        m.put("las", round(e.las()));
        m.put("uasWithoutPunct", round(e.uasNoPunct()));
        m.put("lasWithoutPunct", round(e.lasNoPunct()));
        m.put("tokensPerSecond", Math.round(e.tokensPerSecond()));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
