package org.geokg.syntax.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.geokg.GeoKgException;

/**
 * Part-of-speech tags for training sentences as a tagger that has not seen them would give them (jackknifing,
 * Collins 2000; Che et al. 2012 for parsing). Our tagger was trained on the same treebank, so it tags the training
 * sentences almost perfectly (99.3 % of EWT train) but new text much worse (92.8 % of EWT dev): a parser trained
 * on its tags of the training data learns to trust tags it cannot trust at run time. Here the sentences are split
 * into folds, and each fold is tagged by a tagger trained like ours (OpenNLP's maxent tagger, its default features
 * and parameters, on the tokens as our tokenizer keeps them) on the other folds, greedily as
 * {@code TextAnalyzer} tags. Deterministic: fold {@code k} holds the sentences {@code k, k + folds, ...}.
 */
final class PosJackknife {
    private PosJackknife() {
    }

    /** The tags of each sentence's words from the tagger trained on the other folds. */
    static List<List<String>> tag(List<TreebankSentence> sentences, int folds,
                                  java.util.function.Consumer<String> log) {
        List<List<String>> tags = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
        for (int fold = 0; fold < folds; fold++) {
            List<POSSample> training = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                if (s % folds != fold) {
                    training.add(sample(sentences.get(s)));
                }
            }
            POSTaggerME tagger = new POSTaggerME(train(training));
            for (int s = fold; s < sentences.size(); s += folds) {
                TreebankSentence sentence = sentences.get(s);
                List<String> alone = List.of(tagGreedily(tagger, sentence.words().stream()
                        .map(w -> w.replace('\u2019', '\'')).toArray(String[]::new)));
                tags.set(s, Treebank.spread(sentence, List.of(tagGreedily(tagger, forms(sentence))), alone));
            }
            log.accept("tagged fold " + (fold + 1) + " of " + folds);
        }
        return tags;
    }

    /** A tagger trained on samples as OpenNLP's English UD model was: maxent, default features and parameters. */
    static POSModel train(List<POSSample> samples) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters,
                    new POSTaggerFactory());
        } catch (IOException e) {
            throw new GeoKgException("cannot train a part-of-speech tagger: " + e.getMessage(), e);
        }
    }

    /** A sentence's tokens with their gold tags, the tags of a token's words joined by {@code +}. */
    static POSSample sample(TreebankSentence sentence) {
        List<String> forms = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (TreebankSentence.Span token : sentence.tokens()) {
            forms.add(token.form().replace('\u2019', '\''));
            tags.add(String.join("+", sentence.tags().subList(token.first(), token.last() + 1)));
        }
        return new POSSample(forms, tags);
    }

    private static String[] forms(TreebankSentence sentence) {
        return sentence.tokens().stream().map(t -> t.form().replace('\u2019', '\'')).toArray(String[]::new);
    }

    /** Left to right, the best tag at each step, as {@code TextAnalyzer} tags. */
    static String[] tagGreedily(POSTaggerME tagger, String[] words) {
        List<String> wordList = Arrays.asList(words);
        List<String> tags = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tags.add(tagger.getOrderedTags(wordList, tags, i)[0]);
        }
        return tags.toArray(new String[0]);
    }
}
