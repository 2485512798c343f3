package org.geokg.mention;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.geokg.eval.MentionEvaluation;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameModel;
import org.geokg.ner.NameTagger;
import org.geokg.ner.train.NerCorpus;
import org.geokg.ner.train.TitleStripping;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.NlpModels;
import org.geokg.nlp.TextAnalyzer;

/**
 * Error-analysis harness (test scope, for dev data only): where the whole mention stage and the model alone
 * disagree, which of them is right. {@code MentionErrors MODEL DATA [TOP]} prints, by frequency, the spans the
 * mention stage added or dropped against the model, split into improvements and regressions, over
 * person/organization/gpe, and the gold names both miss.
 */
public final class MentionErrors {
    private MentionErrors() {
    }

    /** Entry point, see class comment. */
    public static void main(String[] args) throws Exception {
        List<NameSample> samples = TitleStripping.strip(NerCorpus.read(Path.of(args[1])));
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        NameModel model = NameModel.load(Path.of(args[0]));
        NameFinderME me = new NameFinderME(model.model());
        TextAnalyzer analyzer = NlpModels.load().newAnalyzer();
        MentionFinder finder = new MentionFinder(Gazetteer.load());
        NameTagger tagger = model.newTagger();
        Set<String> types = Set.of("person", "organization", "gpe");
        Map<String, Integer> fixed = new HashMap<>();
        Map<String, Integer> broke = new HashMap<>();
        Map<String, Integer> bothWrong = new HashMap<>();
        for (List<NameSample> document : NerCorpus.documents(samples)) {
            List<String[]> sentences = new ArrayList<>();
            List<Span[]> modelSpans = new ArrayList<>();
            me.clearAdaptiveData();
            for (NameSample sample : document) {
                sentences.add(sample.getSentence());
                modelSpans.add(me.find(sample.getSentence()));
            }
            AnalyzedText text = analyzer.analyzeTokens(sentences);
            List<Mention> mentions = finder.find(text, tagger.tag(text));
            for (int s = 0; s < sentences.size(); s++) {
                int sentence = s;
                String[] tok = sentences.get(s);
                Set<String> gold = keys(document.get(s).getNames(), tok, types);
                Set<String> mod = keys(modelSpans.get(s), tok, types);
                Set<String> men = keys(MentionEvaluation.corpusSpans(mentions, s), tok, types);
                Map<String, String> rules = new HashMap<>();
                mentions.stream().filter(m -> m.sentence() == sentence)
                        .forEach(m -> rules.put(m.tokenBegin() + ":" + m.tokenEnd(), m.rule()));
                Set<String> all = new LinkedHashSet<>(mod);
                all.addAll(men);
                for (String k : all) {
                    boolean inMen = men.contains(k);
                    if (mod.contains(k) == inMen) {
                        continue;
                    }
                    String label = (inMen ? "added " : "dropped ") + k.substring(k.indexOf('|') + 1)
                            + (inMen ? " [" + rules.get(k.substring(0, k.indexOf('|'))) + "]" : "");
                    if (args.length > 3 && label.matches(args[3])) {
                        System.out.println(label + "\t" + String.join(" ", tok));
                    }
                    (gold.contains(k) == inMen ? fixed : broke).merge(label, 1, Integer::sum);
                }
                for (String k : gold) {
                    if (!men.contains(k) && !mod.contains(k)) {
                        bothWrong.merge("missed " + k.substring(k.indexOf('|') + 1), 1, Integer::sum);
                    }
                }
            }
        }
        print("mention stage right, model wrong", fixed, top);
        print("mention stage wrong, model right", broke, top);
        print("gold missed by both", bothWrong, top);
    }

    private static void print(String title, Map<String, Integer> counts, int top) {
        System.out.println("== " + title + ": " + counts.values().stream().mapToInt(Integer::intValue).sum());
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(top)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }

    private static Set<String> keys(Span[] spans, String[] tokens, Set<String> types) {
        return Arrays.stream(spans).filter(sp -> types.contains(sp.getType()))
                .map(sp -> sp.getStart() + ":" + sp.getEnd() + "|" + sp.getType() + " "
                        + String.join(" ", Arrays.copyOfRange(tokens, sp.getStart(), sp.getEnd())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
