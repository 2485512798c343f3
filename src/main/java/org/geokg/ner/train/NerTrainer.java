package org.geokg.ner.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;
import org.geokg.ner.BeamCachingModel;
import org.geokg.ner.WordClusters;

/**
 * Trains the GeoKG English name finder (person, organization, gpe, location) with Apache OpenNLP,
 * deterministically: the same data and {@link Options} give a byte-identical model
 * file (zip entry times and the manifest timestamp are normalized). Writes the model and a JSON
 * manifest ({@code <model name without .bin>.manifest.json}) beside it.
 */
public final class NerTrainer {

    /** Classpath location of the GeoKG feature-generator descriptor. */
    public static final String FEATURES_RESOURCE = "/org/geokg/ner/features.xml";
    /** {@link Options#features()} value selecting the shipped GeoKG descriptor. */
    public static final String GEOKG_FEATURES = "geokg";
    /** {@link Options#features()} value selecting OpenNLP's built-in default features (baseline). */
    public static final String OPENNLP_FEATURES = "opennlp-default";

    private static final long ZIP_TIME = 315532800000L + 86400000L; // 1980-01-02, a valid DOS time
    private static final Set<String> SINGLE_ALGORITHMS = Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON");
    private static final Set<String> MAXENT_ALGORITHMS = Set.of("MAXENT", "MAXENT_QN");

    private NerTrainer() {
    }

    /**
     * Training options.
     *
     * @param algorithm {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS with OpenNLP's default L1/L2
     *     regularization), {@code PERCEPTRON} (averaged), or maxent algorithms joined by {@code +}
     *     ({@code MAXENT+MAXENT_QN}): one model trained with each, at the same time, and their weights averaged
     *     ({@link ModelAveraging})
     * @param iterations training iterations
     * @param cutoff minimum feature count
     * @param codec {@code bio} or {@code bilou}
     * @param features {@link #GEOKG_FEATURES}, {@link #OPENNLP_FEATURES} or the path of a descriptor XML
     * @param evalData data files scored after training and recorded in the manifest (may be empty)
     * @param language language code stored in the model
     * @param stripTitles whether titles are taken out of person names in the training and evaluation data
     *     ({@link TitleStripping}), GeoKG's convention
     * @param gaussianSigma the standard deviation of the Gaussian prior of GIS maxent training, 0 for none
     * @param threads training threads of L-BFGS (the result is the same for the same number of threads); GIS and
     *     the perceptron train on one thread
     */
    public record Options(String algorithm, int iterations, int cutoff, String codec, String features,
                                                List<Path> evalData, String language, boolean stripTitles,
                                                double gaussianSigma, int threads) {

        /** Validates and copies. */
        public Options {
            algorithm = algorithm.toUpperCase(Locale.ROOT);
            List<String> members = members(algorithm);
            boolean single = members.size() == 1 && SINGLE_ALGORITHMS.contains(algorithm);
            boolean averaged = members.size() > 1 && MAXENT_ALGORITHMS.containsAll(members);
            if (!single && !averaged) {
                throw new IllegalArgumentException("algorithm must be MAXENT, MAXENT_QN, PERCEPTRON or maxent "
                        + "algorithms joined by + (MAXENT+MAXENT_QN): " + algorithm);
            }
            if (!codec.equals("bio") && !codec.equals("bilou")) {
                throw new IllegalArgumentException("codec must be bio or bilou: " + codec);
            }
            evalData = List.copyOf(evalData);
        }

        /**
         * The settings of the shipped model: GIS and L-BFGS maxent averaged, 100 iterations, cutoff 3, BILOU, GeoKG
         * features, L-BFGS on two threads.
         */
        public static Options defaults() {
            return new Options("MAXENT+MAXENT_QN", 100, 3, "bilou", GEOKG_FEATURES, List.of(), "en", true, 0, 2);
        }

        /** The algorithms of the models averaged into one ({@code MAXENT} alone for a single model). */
        public List<String> members() {
            return members(algorithm);
        }

        private static List<String> members(String algorithm) {
            return List.of(algorithm.split("\\+", -1));
        }

        /** The OpenNLP default-feature baseline: maxent, 100 iterations, cutoff 5, BIO. */
        public static Options baseline() {
            return new Options("MAXENT", 100, 5, "bio", OPENNLP_FEATURES, List.of(), "en", false, 0, 1);
        }

        /** Copy with another algorithm. */
        public Options withAlgorithm(String a) {
            return new Options(a, iterations, cutoff, codec, features, evalData, language, stripTitles,
                    gaussianSigma, threads);
        }

        /** Copy with another iteration count. */
        public Options withIterations(int i) {
            return new Options(algorithm, i, cutoff, codec, features, evalData, language, stripTitles,
                    gaussianSigma, threads);
        }

        /** Copy with another cutoff. */
        public Options withCutoff(int c) {
            return new Options(algorithm, iterations, c, codec, features, evalData, language, stripTitles,
                    gaussianSigma, threads);
        }

        /** Copy with another codec. */
        public Options withCodec(String c) {
            return new Options(algorithm, iterations, cutoff, c, features, evalData, language, stripTitles,
                    gaussianSigma, threads);
        }

        /** Copy with another feature descriptor. */
        public Options withFeatures(String f) {
            return new Options(algorithm, iterations, cutoff, codec, f, evalData, language, stripTitles,
                    gaussianSigma, threads);
        }

        /** Copy with or without title stripping. */
        public Options withStripTitles(boolean strip) {
            return new Options(algorithm, iterations, cutoff, codec, features, evalData, language, strip,
                    gaussianSigma, threads);
        }

        /** Copy with another Gaussian prior for GIS maxent (0: none). */
        public Options withGaussianSigma(double sigma) {
            return new Options(algorithm, iterations, cutoff, codec, features, evalData, language, stripTitles,
                    sigma, threads);
        }

        /** Copy with another number of training threads. */
        public Options withThreads(int t) {
            return new Options(algorithm, iterations, cutoff, codec, features, evalData, language, stripTitles,
                    gaussianSigma, t);
        }

        /** Copy with data sets to evaluate on after training. */
        public Options withEvalData(List<Path> e) {
            return new Options(algorithm, iterations, cutoff, codec, features, e, language, stripTitles,
                    gaussianSigma, threads);
        }
    }

    /**
     * What a training run produced.
     *
     * @param model the model file
     * @param manifest the JSON manifest beside it
     * @param dataSha256 SHA-256 of the training data files
     * @param trainingMillis wall time of the training proper
     * @param modelBytes size of the model file
     * @param evaluations scores on {@link Options#evalData()}, in the same order
     */
    public record Result(Path model, Path manifest, String dataSha256, long trainingMillis, long modelBytes,
                                              List<NerEvaluator.Evaluation> evaluations) {
    }

    /** Trains with {@link Options#defaults()}. */
    public static Result train(Path data, Path modelOut) throws IOException {
        return train(data, modelOut, Options.defaults());
    }

    /**
     * Trains a model from a file or directory in OpenNLP name-finder format (plain or .gz), writes it
     * to {@code modelOut} and the manifest beside it, and scores it on {@code options.evalData()}.
     */
    public static Result train(Path data, Path modelOut, Options options) throws IOException {
        List<NameSample> samples = read(data, options);
        String sha = NerCorpus.sha256(data);
        byte[] descriptor = descriptor(options.features());
        Map<String, Object> resources = resourcesFor(descriptor);
        long t0 = System.nanoTime();
        TokenNameFinderModel model = trainModel(samples, options, descriptor, resources);
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;
        byte[] bytes = canonicalBytes(model);
        Path parent = modelOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(modelOut, bytes);

        List<NerEvaluator.Evaluation> evals = new ArrayList<>();
        TokenNameFinderModel reloaded;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            reloaded = BeamCachingModel.read(in); // score exactly what was written
        }
        for (Path p : options.evalData()) {
            evals.add(NerEvaluator.evaluate(reloaded, read(p, options), Set.of()));
        }

        Path manifest = manifestPath(modelOut);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", modelOut.getFileName().toString());
        m.put("modelBytes", bytes.length);
        m.put("modelSha256", sha256(bytes));
        m.put("trainedAt", Instant.now().toString());
        m.put("opennlpVersion", Version.currentVersion().toString());
        m.put("javaVersion", System.getProperty("java.version"));
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
        params.put("featuresSha256", sha256(descriptor));
        m.put("parameters", params);
        Map<String, Object> res = new LinkedHashMap<>();
        resources.forEach((k, v) -> res.put(k, v instanceof WordClusters c ? c.size() : ((Dictionary) v).size()));
        m.put("dictionaryEntries", res);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", data.toString());
        d.put("sha256", sha);
        d.put("sentences", samples.size());
        d.put("tokens", samples.stream().mapToLong(s -> s.getSentence().length).sum());
        Map<String, Integer> names = new TreeMap<>();
        samples.forEach(s -> Arrays.stream(s.getNames()).forEach(sp -> names.merge(sp.getType(), 1, Integer::sum)));
        d.put("names", names);
        m.put("trainingData", d);
        m.put("trainingSeconds", trainMillis / 1000.0);
        List<Object> ev = new ArrayList<>();
        for (int i = 0; i < evals.size(); i++) {
            ev.add(evaluationJson(options.evalData().get(i), evals.get(i)));
        }
        m.put("evaluations", ev);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        try (Writer w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            gson.toJson(m, w);
            w.write('\n');
        }
        return new Result(modelOut, manifest, sha, trainMillis, bytes.length, List.copyOf(evals));
    }

    private static List<NameSample> read(Path data, Options options) throws IOException {
        List<NameSample> samples = NerCorpus.read(data);
        return options.stripTitles() ? TitleStripping.strip(samples) : samples;
    }

    /**
     * Trains in memory (no files written). The members of an averaged model are trained at the same time, each
     * on its own thread (and L-BFGS on {@link Options#threads()} threads), then averaged.
     *
     * @param descriptor feature-generator XML bytes, or null for OpenNLP's defaults
     * @param resources model resources the descriptor refers to (dictionaries)
     */
    public static TokenNameFinderModel trainModel(List<NameSample> samples, Options options, byte[] descriptor,
                                                  Map<String, Object> resources) throws IOException {
        List<String> members = options.members();
        if (members.size() == 1) {
            return trainOne(samples, options, descriptor, resources);
        }
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            List<Future<TokenNameFinderModel>> trained = new ArrayList<>();
            for (String member : members) {
                Options one = options.withAlgorithm(member);
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

    private static TokenNameFinderModel trainOne(List<NameSample> samples, Options options, byte[] descriptor,
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
     * The descriptor bytes for an {@link Options#features()} value: the shipped GeoKG XML, null for
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

    /** The gazetteer dictionaries and the word clusters that the descriptor names by resource key (none for null). */
    public static Map<String, Object> resourcesFor(byte[] descriptor) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (descriptor == null) {
            return out;
        }
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        for (String k : Gazetteers.KEYS) {
            if (xml.contains(">" + k + "<")) {
                out.put(k, Gazetteers.dictionary(k));
            }
        }
        if (xml.contains(">" + WordClusters.KEY + "<")) {
            out.put(WordClusters.KEY, WordClusters.shipped());
        }
        return out;
    }

    /** {@code ner-en.bin} → {@code ner-en.manifest.json}, in the same directory. */
    public static Path manifestPath(Path model) {
        String n = model.getFileName().toString();
        String base = n.endsWith(".bin") ? n.substring(0, n.length() - 4) : n;
        return model.resolveSibling(base + ".manifest.json");
    }

    /**
     * Serializes the model with normalized zip entry times and manifest timestamp, so that equal
     * models give equal bytes.
     */
    static byte[] canonicalBytes(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                  ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                byte[] content = zin.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    content = canonicalProperties(content);
                }
                ZipEntry ne = new ZipEntry(e.getName());
                ne.setTime(ZIP_TIME);
                zout.putNextEntry(ne);
                zout.write(content);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] canonicalProperties(byte[] content) {
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\r?\n");
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            kept.add(l.startsWith("Timestamp=") ? "Timestamp=0" : l);
        }
        kept.sort(null);
        return (String.join("\n", kept) + "\n").getBytes(StandardCharsets.ISO_8859_1);
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

    static String sha256(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
