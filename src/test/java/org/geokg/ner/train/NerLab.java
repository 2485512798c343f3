package org.geokg.ner.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Command-line harness for training/evaluation experiments (test scope; the product CLI verbs
 * {@code train-ner}/{@code eval-ner} call {@link NerTrainer} and {@link NerEvaluator} directly).
 *
 * <pre>
 * NerLab train DATA MODEL [--alg MAXENT|PERCEPTRON] [--iter N] [--cutoff N] [--codec bio|bilou]
 *              [--features geokg|opennlp-default|FILE.xml] [--sigma S] [--eval FILE]...
 * NerLab eval MODEL DATA...
 * NerLab lexicon OUT CORPUS.jsonl.gz...     (rebuilds src/main/resources/org/geokg/ner/case-lexicon.txt)
 * NerLab clusters OUT CORPUS.jsonl.gz...    (rebuilds src/main/resources/org/geokg/ner/word-clusters.txt)
 * </pre>
 */
public final class NerLab {

    private NerLab() {
    }

    /** Entry point, see class comment. */
    public static void main(String[] args) throws Exception {
        Set<String> three = Set.of("person", "organization", "gpe");
        if (args[0].equals("lexicon") || args[0].equals("clusters")) {
            List<Path> corpus = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                corpus.add(Path.of(args[i]));
            }
            corpus.sort(null);
            if (args[0].equals("lexicon")) {
                CaseLexicon.build(corpus, Path.of(args[1]));
            } else {
                WordClusterBuilder.build(corpus, Path.of(args[1]), WordClusterBuilder.Settings.defaults());
            }
            return;
        }
        if (args[0].equals("eval")) {
            for (int i = 2; i < args.length; i++) {
                NerEvaluator.Evaluation e = NerEvaluator.evaluate(Path.of(args[1]), Path.of(args[i]));
                print(args[i], e, three);
            }
            return;
        }
        TrainingOptions o = TrainingOptions.defaults();
        List<Path> eval = new ArrayList<>();
        for (int i = 3; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--alg" -> o = o.withAlgorithm(v);
                case "--iter" -> o = o.withIterations(Integer.parseInt(v));
                case "--cutoff" -> o = o.withCutoff(Integer.parseInt(v));
                case "--codec" -> o = o.withCodec(v);
                case "--features" -> o = o.withFeatures(v);
                case "--eval" -> eval.add(Path.of(v));
                case "--threads" -> o = o.withThreads(Integer.parseInt(v));
                case "--sigma" -> o = o.withGaussianSigma(Double.parseDouble(v));
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        o = o.withEvalData(eval);
        System.out.println("options: " + o);
        NerTrainer.Result r = NerTrainer.train(Path.of(args[1]), Path.of(args[2]), o);
        System.out.printf("trained in %.1f s, model %d bytes, data sha256 %s%n",
                r.trainingMillis() / 1000.0, r.modelBytes(), r.dataSha256());
        for (int i = 0; i < eval.size(); i++) {
            print(eval.get(i).toString(), r.evaluations().get(i), three);
        }
    }

    private static void print(String name, NerEvaluator.Evaluation e, Set<String> three) {
        System.out.println("== " + name + String.format("  (%d tokens, %.0f tokens/s)", e.tokens(), e.tokensPerSecond()));
        System.out.print(e.format());
        System.out.println(e.microOver(three).format().replaceFirst("micro      ", "micro-3    "));
    }
}
