package org.geokg.syntax.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.syntax.DependencyModel;

/**
 * Command-line harness for parser experiments (test scope; the product verbs {@code train-parser} and
 * {@code eval-parser} call {@link ParserTrainer} and {@link ParserEvaluator}).
 *
 * <pre>
 * ParserLab train TRAIN DEV ITERATIONS EXPLORE_FROM EXPLORE PRUNE [MODEL]   (dev scores after each pass)
 * ParserLab eval MODEL TREEBANK
 * </pre>
 */
public final class ParserLab {
    private ParserLab() {
    }

    private static List<List<String>> jackknifed(List<TreebankSentence> train) throws java.io.IOException {
        Path cache = Path.of("/tmp/plab/jk10.tags");
        if (java.nio.file.Files.exists(cache)) {
            return java.nio.file.Files.readAllLines(cache).stream().map(l -> List.of(l.split(" "))).toList();
        }
        List<List<String>> tags = PosJackknife.tag(train, 10, System.out::println);
        java.nio.file.Files.write(cache, tags.stream().map(t -> String.join(" ", t)).toList());
        return tags;
    }

    /** Entry point, see class comment. */
    public static void main(String[] args) throws Exception {
        TextAnalyzer analyzer = NlpModels.load().newAnalyzer();
        if (args[0].equals("eval")) {
            DependencyModel model = DependencyModel.load(Path.of(args[1]));
            List<TreebankSentence> gold = Treebank.read(Path.of(args[2]));
            List<List<String>> tags = args.length > 3 && args[3].equals("gold")
                    ? gold.stream().map(TreebankSentence::tags).toList() : Treebank.tag(gold, analyzer);
            ParserEvaluator.evaluate(model, gold, tags);
            ParserEvaluator.Evaluation e = ParserEvaluator.evaluate(model, gold, tags);
            System.out.print(e.format());
            System.out.printf(Locale.ROOT, "%.0f tokens/s%n", e.tokensPerSecond());
            return;
        }
        if (args[0].equals("speed")) {
            List<TreebankSentence> gold = Treebank.read(Path.of(args[2]));
            List<List<String>> tags = Treebank.tag(gold, analyzer);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            long t0 = System.nanoTime();
            DependencyModel model = DependencyModel.load(Path.of(args[1]));
            double load = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory() - before;
            System.out.printf(Locale.ROOT, "load %.2f s, model heap %.0f MB%n", load, heap / 1e6);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int pass = 1; pass <= 6; pass++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                ParserEvaluator.Evaluation e = ParserEvaluator.evaluate(model, gold, tags);
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "pass %d: %.0f tokens/s wall, %.0f tokens/s of CPU time (UAS %.2f)%n",
                        pass, e.tokensPerSecond(), e.words() / cpu, 100 * e.uas());
            }
            return;
        }
        if (args[0].equals("prune")) {
            DependencyModel model = DependencyModel.load(Path.of(args[1]));
            List<TreebankSentence> gold = Treebank.read(Path.of(args[2]));
            List<List<String>> tags = Treebank.tag(gold, analyzer);
            for (int i = 3; i < args.length; i++) {
                double threshold = Double.parseDouble(args[i]);
                DependencyModel pruned = new DependencyModel(model.labels(), model.weights().pruned(threshold),
                        model.clusters(), model.dictionary());
                var bytes = new java.io.ByteArrayOutputStream();
                pruned.write(bytes);
                ParserEvaluator.Evaluation e = ParserEvaluator.evaluate(pruned, gold, tags);
                System.out.printf(Locale.ROOT, "prune %.3f: %d features %d weights %.2f MB  UAS %.2f LAS %.2f%n",
                        threshold, pruned.weights().features(), pruned.weights().entries(), bytes.size() / 1e6,
                        100 * e.uas(), 100 * e.las());
            }
            return;
        }
        if (args[0].equals("posfold")) {
            List<TreebankSentence> train = Treebank.read(Path.of(args[1]));
            List<TreebankSentence> dev = Treebank.read(Path.of(args[2]));
            List<opennlp.tools.postag.POSSample> samples = new java.util.ArrayList<>();
            for (int s = 0; s < train.size(); s++) {
                if (s % 10 != 0) {
                    samples.add(PosJackknife.sample(train.get(s)));
                }
            }
            long t0 = System.nanoTime();
            var tagger = new opennlp.tools.postag.POSTaggerME(PosJackknife.train(samples));
            System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            int right = 0;
            int all = 0;
            for (TreebankSentence sentence : dev) {
                String[] forms = sentence.tokens().stream().map(TreebankSentence.Span::form).toArray(String[]::new);
                List<String> tags = Treebank.spread(sentence, List.of(PosJackknife.tagGreedily(tagger, forms)),
                        sentence.tags());
                for (int i = 0; i < tags.size(); i++) {
                    all++;
                    right += tags.get(i).equals(sentence.tags().get(i)) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "dev tag accuracy %.2f%%%n", 100.0 * right / all);
            return;
        }
        if (args[0].equals("tags")) {
            List<TreebankSentence> gold = Treebank.read(Path.of(args[1]));
            List<List<String>> tags = Treebank.tag(gold, analyzer);
            int right = 0;
            int all = 0;
            java.util.Map<String, Integer> confusions = new java.util.TreeMap<>();
            for (int s = 0; s < gold.size(); s++) {
                for (int i = 0; i < gold.get(s).size(); i++) {
                    all++;
                    String g = gold.get(s).tags().get(i);
                    String p = tags.get(s).get(i);
                    if (g.equals(p)) {
                        right++;
                    } else {
                        confusions.merge(g + "->" + p, 1, Integer::sum);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "tag accuracy %.2f%% of %d%n", 100.0 * right / all, all);
            confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                    .forEach(e -> System.out.println(e.getValue() + " " + e.getKey()));
            return;
        }
        boolean goldTags = args[0].equals("train-gold");
        long t0 = System.nanoTime();
        List<TreebankSentence> train = Treebank.read(Path.of(args[1]));
        List<List<String>> trainTags = goldTags ? train.stream().map(TreebankSentence::tags).toList()
                : args[0].equals("train-jk") ? jackknifed(train) : Treebank.tag(train, analyzer);
        List<TreebankSentence> dev = Treebank.read(Path.of(args[2]));
        List<List<String>> devTags = goldTags ? dev.stream().map(TreebankSentence::tags).toList()
                : Treebank.tag(dev, analyzer);
        System.out.printf(Locale.ROOT, "read and tagged in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ParserOptions options = ParserOptions.defaults().withIterations(Integer.parseInt(args[3]))
                .withExplore(Integer.parseInt(args[4]), Double.parseDouble(args[5]))
                .withPrune(Double.parseDouble(args[6]))
                .withClusters(System.getProperty("clusters", ParserOptions.GEOKG_CLUSTERS))
                .withDictionary(!Boolean.getBoolean("noDictionary"));
        long t1 = System.nanoTime();
        DependencyModel model = ParserTrainer.trainModel(train, trainTags, options, (pass, m) -> {
            ParserEvaluator.Evaluation e = ParserEvaluator.evaluate(m.get(), dev, devTags);
            System.out.printf(Locale.ROOT, "pass %2d %5.1f s  dev UAS %.2f LAS %.2f  noPunct UAS %.2f LAS %.2f  "
                    + "%d features %d weights %.0f tok/s%n", pass, (System.nanoTime() - t1) / 1e9, 100 * e.uas(),
                    100 * e.las(), 100 * e.uasNoPunct(), 100 * e.lasNoPunct(), m.get().weights().features(),
                    m.get().weights().entries(), e.tokensPerSecond());
        });
        if (args.length > 7) {
            try (var out = java.nio.file.Files.newOutputStream(Path.of(args[7]))) {
                model.write(out);
            }
        }
    }
}
