package org.geokg.ner.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.geokg.ner.GazetteerKeys;
import org.geokg.ner.NameModel;
import org.geokg.ner.WordClusters;

/**
 * Trains the GeoKG English name finder (person, organization, gpe, location) with Apache OpenNLP,
 * deterministically: the same data and {@link TrainingOptions} give a byte-identical model
 * file (zip entry times and the manifest timestamp are normalized). Writes the model and a JSON
 * manifest ({@code <model name without .bin>.manifest.json}) beside it.
 */
public final class NerTrainer {

    /** Classpath location of the GeoKG feature-generator descriptor. */
    public static final String FEATURES_RESOURCE = "/org/geokg/ner/features.xml";
    /** {@link TrainingOptions#features()} value selecting the shipped GeoKG descriptor. */
    public static final String GEOKG_FEATURES = "geokg";
    /** {@link TrainingOptions#features()} value selecting OpenNLP's built-in default features (baseline). */
    public static final String OPENNLP_FEATURES = "opennlp-default";

    private NerTrainer() {
    }

    /**
     * What a training run produced.
     *
     * @param model the model file
     * @param manifest the JSON manifest beside it
     * @param dataSha256 SHA-256 of the training data files
     * @param trainingMillis wall time of the training proper
     * @param modelBytes size of the model file
     * @param evaluations scores on {@link TrainingOptions#evalData()}, in the same order
     */
    public record Result(Path model, Path manifest, String dataSha256, long trainingMillis, long modelBytes,
                         List<NerEvaluator.Evaluation> evaluations) {
    }

    /** Trains with {@link TrainingOptions#defaults()}. */
    public static Result train(Path data, Path modelOut) throws IOException {
        return train(data, modelOut, TrainingOptions.defaults());
    }

    /**
     * Trains a model from a file or directory in OpenNLP name-finder format (plain or .gz), writes it
     * to {@code modelOut} and the manifest beside it, and scores it on {@code options.evalData()}.
     */
    public static Result train(Path data, Path modelOut, TrainingOptions options) throws IOException {
        List<NameSample> samples = read(data, options);
        String sha = NerCorpus.sha256(data);
        byte[] descriptor = descriptor(options.features());
        Map<String, Object> resources = resourcesFor(descriptor);
        long t0 = System.nanoTime();
        TokenNameFinderModel model = trainModel(samples, options, descriptor, resources);
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;
        byte[] bytes = CanonicalModel.bytes(model);
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(modelOut, bytes);

        List<NerEvaluator.Evaluation> evals = new ArrayList<>();
        NameModel reloaded;
        try (InputStream in = new ByteArrayInputStream(bytes)) { // score exactly what was written
            reloaded = NameModel.of(new TokenNameFinderModel(in), modelOut.toString());
        }
        for (Path p : options.evalData()) {
            evals.add(NerEvaluator.evaluate(reloaded, read(p, options), Set.of()));
        }

        Path manifest = new ModelManifest(modelOut, bytes, options, descriptor, resources, data, sha, samples,
                trainMillis, evals).write();
        return new Result(modelOut, manifest, sha, trainMillis, bytes.length, List.copyOf(evals));
    }

    private static List<NameSample> read(Path data, TrainingOptions options) throws IOException {
        List<NameSample> samples = NerCorpus.read(data);
        return options.stripTitles() ? TitleStripping.strip(samples) : samples;
    }

    /**
     * Trains in memory (no files written). The members of an averaged model are trained at the same time, each
     * on its own thread (and L-BFGS on {@link TrainingOptions#threads()} threads), then averaged.
     *
     * @param descriptor feature-generator XML bytes, or null for OpenNLP's defaults
     * @param resources model resources the descriptor refers to (dictionaries)
     */
    public static TokenNameFinderModel trainModel(List<NameSample> samples, TrainingOptions options, byte[] descriptor,
                                                  Map<String, Object> resources) throws IOException {
        List<String> members = options.members();
        if (members.size() == 1) {
            return trainOne(samples, options, descriptor, resources);
        }
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<TokenNameFinderModel>> trained = new ArrayList<>();
            for (String member : members) {
                TrainingOptions one = options.withAlgorithm(member);
                trained.add(pool.submit(() -> trainOne(samples, one, descriptor, resources)));
            }
            List<TokenNameFinderModel> models = new ArrayList<>();
            for (Future<TokenNameFinderModel> model : trained) {
                models.add(model.get());
            }
            return ModelAveraging.average(models, resources);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("training failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static TokenNameFinderModel trainOne(List<NameSample> samples, TrainingOptions options, byte[] descriptor,
                                                 Map<String, Object> resources) throws IOException {
        TrainingParameters tp = new TrainingParameters();
        tp.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
        tp.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        tp.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        tp.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        tp.put(TrainingParameters.THREADS_PARAM, options.algorithm().equals("MAXENT_QN") ? options.threads() : 1);
        if (options.gaussianSigma() > 0) {
            tp.put("GaussianSmoothing", true);
            tp.put("GaussianSmoothingSigma", options.gaussianSigma());
        }
        SequenceCodec<String> codec = options.codec().equals("bilou") ? new BilouCodec() : new BioCodec();
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources, codec);
        return NameFinderME.train(options.language(), null, ObjectStreamUtils.createObjectStream(samples), tp, factory);
    }

    /**
     * The descriptor bytes for an {@link TrainingOptions#features()} value: the shipped GeoKG XML, null for
     * OpenNLP's defaults, or the content of the named file.
     */
    public static byte[] descriptor(String features) throws IOException {
        if (features.equals(OPENNLP_FEATURES)) {
            return null;
        }
        if (features.equals(GEOKG_FEATURES)) {
            try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES_RESOURCE)) {
                if (in == null) {
                    throw new IOException("Missing classpath resource " + FEATURES_RESOURCE);
                }
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(Path.of(features));
    }

    /**
     * The gazetteers (prepared for matching, as the model stores them) and the word clusters that the descriptor names
     * by resource key (none for null).
     */
    public static Map<String, Object> resourcesFor(byte[] descriptor) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (descriptor == null) {
            return out;
        }
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        for (String k : Gazetteers.KEYS) {
            if (xml.contains(">" + k + "<")) {
                out.put(k, GazetteerKeys.of(Gazetteers.dictionary(k)));
            }
        }
        if (xml.contains(">" + WordClusters.KEY + "<")) {
            out.put(WordClusters.KEY, WordClusters.shipped());
        }
        return out;
    }
}
