package org.geokg.meeting;

import java.nio.file.Path;
import java.util.*;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.eval.AnnotatedSet;
import org.geokg.eval.GoldMeeting;
import org.geokg.eval.MeetingSet;
import org.geokg.eval.Names;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.extract.ExtractionModels;
import org.geokg.extract.Extractor;
import org.geokg.lexicon.EntityType;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.Entity;
import org.geokg.resolve.EntityResolver;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.DependencyModel;
import org.geokg.syntax.DependencyParser;
import org.geokg.syntax.Parse;

/**
 * Experiments with a learned pair model (test scope, not part of the product): every two agents of a sentence with a
 * trigger are a candidate ({@link PairCandidates}), decided by a maxent model over {@link PairFeatures} trained on
 * the training part of dev and train and scored on the tuning part, beside the rules. The results, and why the pair
 * model did not go into the product, are in {@code docs/meetings.md}. Run with the test classpath:
 * {@code java -Dalg=MAXENT_QN -Dl2=1 -Dl1=0 org.geokg.meeting.MeetingLab PARSER_MODEL}; {@code -Dlean=PREFIXES}
 * keeps only the features with those prefixes, {@code -Drules=1} adds the rules' finds as features.
 */
public final class MeetingLab {
    record Sample(String doc, PairCandidate pair, List<String> features, boolean gold, boolean goldOccurred, boolean elsewhere,
                  List<String> statusFeatures, String goldStatus,
                  Set<String> namesA, Set<String> namesB) {}
    static Map<String, List<GoldMeeting>> goldByDoc = new HashMap<>();
    static Map<String, List<Set<String>[]>> oldPairs = new HashMap<>();

    public static void main(String[] args) throws Exception {
        ExtractionModels models = ExtractionModels.shipped();
        DependencyParser parser = DependencyModel.load(Path.of(args[0])).newParser();
        Extractor extractor = new Extractor(models);
        List<Sample> training = samples(MeetingSet.parse("training=src/test/resources/dev,src/test/resources/train@training").load(), extractor, parser);
        List<Sample> tuning = samples(MeetingSet.parse("tuning=src/test/resources/dev,src/test/resources/train@tuning").load(), extractor, parser);
        System.out.printf("training %d candidates, %d positive; tuning %d, %d positive%n", training.size(),
                training.stream().filter(Sample::gold).count(), tuning.size(), tuning.stream().filter(Sample::gold).count());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("alg", "MAXENT"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("it", 100));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("cut", 1));
        if (System.getProperty("l2") != null) params.put("L2Cost", Double.parseDouble(System.getProperty("l2")));
        if (System.getProperty("l1") != null) params.put("L1Cost", Double.parseDouble(System.getProperty("l1")));
        if (System.getProperty("sigma") != null) { params.put("GaussianSmoothing", true); params.put("GaussianSmoothingSigma", Double.parseDouble(System.getProperty("sigma"))); }
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        List<Event> events = training.stream().filter(x -> !x.elsewhere()).map(s -> new Event(s.gold() ? "yes" : "no", s.features().toArray(new String[0]))).toList();
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        {
            int statusErr = 0, notGold = 0;
            Set<String> seen = new HashSet<>();
            for (Sample smp : training) {
                double p = model.eval(smp.features().toArray(new String[0]))[model.getIndex("yes")];
                if (p < 0.5 || MeetingStatus.of(smp.pair().sentence(), smp.pair().trigger().index()) != Meeting.Status.OCCURRED) continue;
                String key = smp.doc() + " " + pairKey(smp.pair().a().entity(), smp.pair().b().entity());
                if (!seen.add(key)) continue;
                if (smp.goldOccurred()) continue;
                boolean anyGold = goldPair(goldByDoc.get(smp.doc()), smp.pair(), Map.of(), null, null) || smp.gold() || smp.elsewhere();
                if (anyGold) statusErr++; else notGold++;
                if (args.length > 1 && !anyGold) System.out.println("NG " + smp.doc() + " " + key + " | " + smp.features().subList(1, 6) + " | " + smp.pair().sentence().tokens().stream().map(tk -> tk.text()).reduce((x, y) -> x + " " + y).orElse(""));
            }
            System.out.println("training wrong at 0.5: gold of another status " + statusErr + ", not gold " + notGold);
        }
        if (System.getProperty("ties") != null) {
            for (Sample smp : training) {
                if (!smp.gold()) continue;
                Sentence sn = smp.pair().sentence();
                StringBuilder tree = new StringBuilder();
                for (int i = 0; i < sn.size(); i++) tree.append(sn.token(i).text()).append('/').append(smp.pair().parse().label(i)).append('>').append(smp.pair().parse().head(i)).append(' ');
                System.out.println("TIE " + smp.pair().ties() + " | " + smp.pair().trigger().index() + ":" + sn.token(smp.pair().trigger().index()).text() + " | " + smp.pair().a().entity() + " " + smp.pair().b().entity() + " | " + tree);
            }
        }
        if (args.length > 2) {
            for (Sample smp : training) {
                double p = model.eval(smp.features().toArray(new String[0]))[model.getIndex("yes")];
                boolean yes = p >= 0.5;
                if (yes != smp.gold()) {
                    System.out.printf("%s %s p=%.2f %s | %s | %s | %s%n", yes ? "FP" : "FN", smp.doc(), p, smp.pair().a().entity(), smp.pair().b().entity(),
                            smp.features().subList(1, 10), smp.pair().sentence().tokens().stream().map(tk -> tk.text()).reduce((x, y) -> x + " " + y).orElse(""));
                }
            }
        }
        for (double threshold : new double[] {0.3, 0.5, 0.7}) {
            System.out.printf("rule status θ=%.1f training %s  tuning %s%n", threshold, score(model, training, threshold), score(model, tuning, threshold));
        }
        List<Event> statusEvents = training.stream().filter(x -> x.goldStatus() != null).map(x -> new Event(x.goldStatus(), x.statusFeatures().toArray(new String[0]))).toList();
        statusModel = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(statusEvents));
        int ok = 0, all = 0;
        for (Sample x : tuning) { if (x.goldStatus() == null) continue; all++; if (statusModel.getBestOutcome(statusModel.eval(x.statusFeatures().toArray(new String[0]))).equals(x.goldStatus())) ok++; }
        int okr = 0;
        for (Sample x : tuning) { if (x.goldStatus() == null) continue; if (MeetingStatus.of(x.pair().sentence(), x.pair().trigger().index()).name().toLowerCase().equals(x.goldStatus())) okr++; }
        System.out.printf("status accuracy on tuning positives: model %d/%d, rules %d/%d%n", ok, all, okr, all);
        MaxentModel ruleModel = new MaxentModel() {
            public double[] eval(String[] context) { boolean ok = Arrays.stream(context).anyMatch(c -> c.equals("tie-shape=S") || c.equals("tie-shape=SS") || c.equals("tie-shape=OO")) && Arrays.stream(context).noneMatch(c -> c.equals("negated")); return new double[] {ok ? 1 : 0, ok ? 0 : 1}; }
            public double[] eval(String[] context, double[] probs) { return eval(context); }
            public double[] eval(String[] context, float[] values) { return eval(context); }
            public String getBestOutcome(double[] outcomes) { return outcomes[0] > 0.5 ? "yes" : "no"; }
            public String getAllOutcomes(double[] outcomes) { return ""; }
            public String getOutcome(int i) { return i == 0 ? "yes" : "no"; }
            public int getIndex(String outcome) { return outcome.equals("yes") ? 0 : 1; }
            public int getNumOutcomes() { return 2; }
        };
        System.out.printf("syntax rule: training %s  tuning %s%n", score(ruleModel, training, 0.5), score(ruleModel, tuning, 0.5));
        List<Sample> tuningNew = tuning.stream().filter(x -> !x.doc().startsWith("wn-") || !new java.io.File("src/test/resources/dev/" + x.doc() + ".json").exists()).toList();
        System.out.printf("old rules: training %s  tuning %s  tuning-not-dev %s%n", oldScore(training), oldScore(tuning), oldScore(tuningNew));
        for (double threshold : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            System.out.printf("θ=%.1f training %s  tuning %s%n", threshold, score(model, training, threshold), score(model, tuning, threshold));
        }
        for (double threshold : new double[] {0.2, 0.3, 0.4, 0.5, 0.6}) {
            System.out.printf("θ=%.1f tuning-not-dev %s%n", threshold, score(model, tuningNew, threshold));
        }
        union = ruleModel;
        System.out.printf("old ∪ syntax rule (status model): training %s  tuning %s  tuning-not-dev %s%n", oldScore(training), oldScore(tuning), oldScore(tuningNew));
        union = model;
        System.out.printf("old ∪ model@0.5 (status model): training %s  tuning %s  tuning-not-dev %s%n", oldScore(training), oldScore(tuning), oldScore(tuningNew));
    }

    /** Occurred-pair P/R/F1 by document: a pair found when a candidate of it scores at least θ (status by rule). */
    static String score(MaxentModel model, List<Sample> samples, double threshold) {
        Map<String, Set<String>> found = new HashMap<>();
        Map<String, Boolean> right = new HashMap<>();
        for (Sample s : samples) {
            double p = model.eval(s.features().toArray(new String[0]))[model.getIndex("yes")];
            if (p >= threshold && occurred(s)
                    && !MeetingStatus.isNegated(s.pair().sentence(), s.pair().trigger().index())) {
                String key = s.doc() + " " + pairKey(s.pair().a().entity(), s.pair().b().entity());
                found.computeIfAbsent(s.doc(), d -> new HashSet<>()).add(key);
                right.merge(key, s.goldOccurred(), Boolean::logicalOr);
            }
        }
        long predicted = right.size();
        long correct = right.values().stream().filter(b -> b).count();
        // recall over gold occurred pairs
        Set<String> docs = new TreeSet<>();
        samples.forEach(x -> docs.add(x.doc()));
        int goldPairs = 0, recalled = 0, inCandidates = 0;
        for (String doc : docs) {
            for (GoldMeeting g : goldByDoc.getOrDefault(doc, List.of())) {
                if (!"occurred".equals(g.status())) continue;
                for (int i = 0; i < g.participants().size(); i++) for (int j = i + 1; j < g.participants().size(); j++) {
                    String x = g.participants().get(i), y = g.participants().get(j);
                    goldPairs++;
                    boolean cand = false, hit = false;
                    for (Sample sm : samples) {
                        if (!sm.doc().equals(doc)) continue;
                        boolean m = Names.anySame(sm.namesA(), x) && Names.anySame(sm.namesB(), y) || Names.anySame(sm.namesA(), y) && Names.anySame(sm.namesB(), x);
                        if (!m) continue;
                        cand = true;
                        String key = doc + " " + pairKey(sm.pair().a().entity(), sm.pair().b().entity());
                        if (right.containsKey(key)) hit = true;
                    }
                    if (cand) inCandidates++;
                    if (hit) recalled++;
                }
            }
        }
        double pr = predicted == 0 ? 0 : (double) correct / predicted, rc = goldPairs == 0 ? 0 : (double) recalled / goldPairs;
        return String.format("P %.3f (%d/%d) R %.3f (%d/%d, cand %d) F1 %.3f", pr, correct, predicted, rc, recalled, goldPairs, inCandidates, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc));
    }

    static MaxentModel union;

    static String oldScore(List<Sample> samples) {
        Set<String> docs = new TreeSet<>();
        samples.forEach(x -> docs.add(x.doc()));
        int predicted = 0, right = 0, goldPairs = 0, found = 0;
        for (String doc : docs) {
            List<String[]> golds = new ArrayList<>();
            for (GoldMeeting g : goldByDoc.getOrDefault(doc, List.of())) {
                if (!"occurred".equals(g.status())) continue;
                for (int i = 0; i < g.participants().size(); i++) for (int j = i + 1; j < g.participants().size(); j++)
                    golds.add(new String[] {g.participants().get(i), g.participants().get(j)});
            }
            goldPairs += golds.size();
            List<Set<String>[]> olds = new ArrayList<>(oldPairs.getOrDefault(doc, List.of()));
            if (union != null) {
                for (Sample sm : samples) {
                    if (!sm.doc().equals(doc)) continue;
                    double p = union.eval(sm.features().toArray(new String[0]))[union.getIndex("yes")];
                    if (p >= 0.5 && occurred(sm)) {
                        @SuppressWarnings("unchecked") Set<String>[] pr = new Set[] {sm.namesA(), sm.namesB()};
                        if (olds.stream().noneMatch(o -> o[0].equals(pr[0]) && o[1].equals(pr[1]) || o[0].equals(pr[1]) && o[1].equals(pr[0]))) olds.add(pr);
                    }
                }
            }
            predicted += olds.size();
            for (Set<String>[] o : olds) if (golds.stream().anyMatch(g -> Names.anySame(o[0], g[0]) && Names.anySame(o[1], g[1]) || Names.anySame(o[0], g[1]) && Names.anySame(o[1], g[0]))) right++;
            for (String[] g : golds) if (olds.stream().anyMatch(o -> Names.anySame(o[0], g[0]) && Names.anySame(o[1], g[1]) || Names.anySame(o[0], g[1]) && Names.anySame(o[1], g[0]))) found++;
        }
        double pr = predicted == 0 ? 0 : (double) right / predicted, rc = (double) found / goldPairs;
        return String.format("P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f", pr, right, predicted, rc, found, goldPairs, 2 * pr * rc / (pr + rc));
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    static List<Sample> samples(AnnotatedSet set, Extractor extractor, DependencyParser parser) {
        List<Sample> samples = new ArrayList<>();
        for (Map.Entry<String, Path> entry : set.articles().entrySet()) {
            Article article = new ArticleReader().readAll(List.of(entry.getValue()), e -> { throw e; }).get(0);
            ArticleAnalysis analysis = extractor.analyze(article);
            EntityResolver.Resolution resolution = new EntityResolver.Resolution(analysis.mentions(), analysis.entities(),
                    analysis.positions(), analysis.actingAgents(), null);
            List<GoldMeeting> gold = set.gold().stream().filter(g -> g.doc().equals(entry.getKey())).toList();
            goldByDoc.put(entry.getKey(), gold);
            List<Set<String>[]> olds = new ArrayList<>();
            for (Meeting old : analysis.meetings()) {
                if (old.status() != Meeting.Status.OCCURRED) continue;
                for (int i = 0; i < old.participants().size(); i++) for (int j = i + 1; j < old.participants().size(); j++) {
                    Entity ea = analysis.entities().get(old.participants().get(i)), eb = analysis.entities().get(old.participants().get(j));
                    Set<String> na = new HashSet<>(), nb = new HashSet<>();
                    if (ea != null) { na.add(ea.label()); na.addAll(ea.aliases()); }
                    if (eb != null) { nb.add(eb.label()); nb.addAll(eb.aliases()); }
                    @SuppressWarnings("unchecked") Set<String>[] pr = new Set[] {na, nb};
                    olds.add(pr);
                }
            }
            oldPairs.put(entry.getKey(), olds);
            Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
            for (ResolvedMention m : analysis.mentions()) {
                bySentence.computeIfAbsent(m.mention().sentence(), k -> new ArrayList<>()).add(m);
            }
            List<ResolvedMention> people = analysis.mentions().stream().filter(m -> m.mention().type() == EntityType.PERSON).toList();
            ResolvedMention voice = org.geokg.resolve.Voice.stateOf(article.metadata().get("publisher"), GAZ)
                    .map(st -> new ResolvedMention(new org.geokg.mention.Mention(EntityType.STATE, st.name(), 0, 1, 0, 0, 1, st.name(), false, "voice"),
                            org.geokg.resolve.EntityKeys.of(EntityType.STATE, st.name()))).orElse(null);
            for (Sentence sentence : analysis.text().sentences()) {
                List<ResolvedMention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
                List<ResolvedMention> agents = Agents.of(sentence, mentions, people, null);
                List<Trigger> triggers = PairCandidates.triggers(sentence);
                if (triggers.isEmpty() || mentions.size() < 2) {
                    continue;
                }
                Parse parse = parser.parse(sentence);
                for (Trigger trigger : triggers) {
                    for (PairCandidate pair : PairCandidates.of(sentence, parse, trigger, agents, mentions, resolution, voice)) {
                        String sentenceText = analysis.text().span(sentence.begin(), sentence.end());
                        boolean any = goldPair(gold, pair, analysis.entities(), null, sentenceText);
                        boolean elsewhere = !any && goldPair(gold, pair, analysis.entities(), null, null);
                        boolean occurred = goldPair(gold, pair, analysis.entities(), "occurred", null);
                        DateValue date = new MeetingDates().date(sentence, trigger.index(), article.published(), MeetingStatus.of(sentence, trigger.index()));
                        List<String> feats = new ArrayList<>(PairFeatures.of(pair, analysis.positions()));
                        if (System.getProperty("rules") != null) {
                            for (Meeting old : analysis.meetings()) {
                                if (old.participants().contains(pair.a().entity()) && old.participants().contains(pair.b().entity())) {
                                    feats.add(old.evidence().contains(sentence.index()) ? "rule-here" : "rule-article");
                                    feats.add("rule-kind=" + old.kind());
                                }
                            }
                        }
                        if (System.getProperty("lean") != null) {
                            List<String> keep = Arrays.asList(System.getProperty("lean").split(","));
                            feats = feats.stream().filter(x -> keep.stream().anyMatch(k -> x.startsWith(k))).toList();
                        }
                        samples.add(new Sample(entry.getKey(), pair, feats, any, occurred, elsewhere,
                                StatusFeatures.of(sentence, parse, trigger, date, article.published()), goldStatus(gold, pair, analysis.entities(), analysis.text().span(sentence.begin(), sentence.end())),
                                names(analysis.entities().get(pair.a().entity()), pair.a()), names(analysis.entities().get(pair.b().entity()), pair.b())));
                    }
                }
            }
        }
        return samples;
    }

    static boolean goldPair(List<GoldMeeting> gold, PairCandidate pair, Map<String, Entity> entities, String status,
                            String sentence) {
        Set<String> a = names(entities.get(pair.a().entity()), pair.a());
        Set<String> b = names(entities.get(pair.b().entity()), pair.b());
        for (GoldMeeting g : gold) {
            if (status != null && !status.equals(g.status())) {
                continue;
            }
            if (sentence != null && !overlaps(sentence, g.evidence())) {
                continue;
            }
            for (String x : g.participants()) {
                for (String y : g.participants()) {
                    if (!x.equals(y) && Names.anySame(a, x) && Names.anySame(b, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String goldStatus(List<GoldMeeting> gold, PairCandidate pair, Map<String, Entity> entities, String sentence) {
        for (String status : List.of("occurred", "planned", "cancelled")) {
            if (goldPair(gold, pair, entities, status, sentence)) return status;
        }
        return null;
    }

    static MaxentModel statusModel;

    static boolean occurred(Sample s) {
        if (statusModel == null) return MeetingStatus.of(s.pair().sentence(), s.pair().trigger().index()) == Meeting.Status.OCCURRED;
        double[] p = statusModel.eval(s.statusFeatures().toArray(new String[0]));
        return statusModel.getBestOutcome(p).equals("occurred");
    }

    static boolean overlaps(String sentence, String evidence) {
        if (evidence == null) return false;
        String a = sentence.replaceAll("\\s+", " ").strip(), b = evidence.replaceAll("\\s+", " ").strip();
        if (a.contains(b) || b.contains(a)) return true;
        Set<String> wa = new HashSet<>(Arrays.asList(a.toLowerCase().split("\\W+")));
        List<String> wb = Arrays.asList(b.toLowerCase().split("\\W+"));
        long common = wb.stream().filter(wa::contains).count();
        return common >= 0.7 * Math.max(wa.size(), wb.size());
    }

    static final org.geokg.lexicon.Gazetteer GAZ = org.geokg.lexicon.Gazetteer.load();

    static Set<String> names(Entity e, ResolvedMention m) {
        Set<String> names = new HashSet<>();
        if (e != null) {
            names.add(e.label());
            names.addAll(e.aliases());
        }
        names.add(m.mention().name());
        return names;
    }
}
