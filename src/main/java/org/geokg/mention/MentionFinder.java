package org.geokg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.geokg.lexicon.Gazetteer;
import org.geokg.ner.NameSpan;
import org.geokg.ner.NameTagger;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Cancellation;
import org.geokg.nlp.Sentence;

/**
 * Finds mentions of people, states, organizations and places in an analysed text, from the gazetteers and from
 * rules over tokens:
 * <ul>
 *   <li>gazetteer names (longest match, case-sensitive): countries and their demonyms, cities, regions,
 *       organizations, heads of state and government;</li>
 *   <li>the statistical model's names, merged with the gazetteers, when a model is given;</li>
 *   <li>people after a title ("President Xi Jinping", "spokesman Dmitry Peskov"), before an appositive title
 *       ("Oleksiy Danilov, the secretary of ..."), as the subject of a speech verb ("Wang said") and after a verb of
 *       meeting ("met with Nancy Powell");</li>
 *   <li>organizations as capitalized phrases ending in an organization word ("National Security Council");</li>
 *   <li>every later or earlier use of a person's full name or surname in the same article.</li>
 * </ul>
 * One-word towns and regions that only the gazetteers read as places need evidence in the article
 * ({@link PlaceEvidence}); a first name alone is no name unless the article names that person in full
 * ({@link FirstNamesAlone}); and a name the model alone typed takes the type of the article's other uses of it
 * ({@link ArticleTypes}).
 * Each rule proposes candidates in a sentence; overlapping candidates are settled by length (longer wins), then by
 * the rule's {@link Priority}, from titled people first to speakers and meeting objects last. Titles are never part
 * of a person's name.
 *
 * <pre>
 * List&lt;Mention&gt; mentions = new MentionFinder(Gazetteer.load()).find(analyzedText);
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionFinder {
    /** The sentence rules, in the order they run: the model rule reads the gazetteer rule's candidates. */
    private final List<MentionRule> rules;
    private final RepeatedPersonNames repeatedNames;
    private final PlaceEvidence placeEvidence;
    private final FirstNamesAlone firstNames;
    private final ArticleTypes articleTypes = new ArticleTypes();

    /** A finder over the given gazetteers. */
    public MentionFinder(Gazetteer gazetteer) {
        NameTokens names = new NameTokens(gazetteer);
        this.rules = List.of(
                new GazetteerRule(gazetteer, names),
                new ModelNameRule(gazetteer, names),
                new TitledPersonRule(names),
                new AppositivePersonRule(names),
                new OrganizationPhraseRule(names),
                new SpeakerRule(gazetteer, names),
                new MeetingObjectRule(names));
        this.repeatedNames = new RepeatedPersonNames(gazetteer);
        this.placeEvidence = new PlaceEvidence(gazetteer, names);
        this.firstNames = new FirstNamesAlone(gazetteer);
    }

    /** All mentions in the text, ordered by position. */
    public List<Mention> find(AnalyzedText text) {
        return find(text, List.of());
    }

    /**
     * All mentions in the text, ordered by position, with the names a statistical model found in each sentence
     * (see {@link NameTagger}); an empty list means no model.
     */
    public List<Mention> find(AnalyzedText text, List<List<NameSpan>> modelNames) {
        List<List<Candidate>> bySentence = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            Cancellation.check();
            List<NameSpan> sentenceNames = modelNames.isEmpty() ? List.of() : modelNames.get(sentence.index());
            List<Candidate> candidates = new ArrayList<>();
            for (MentionRule rule : rules) {
                rule.propose(text, sentence, sentenceNames, candidates);
            }
            bySentence.add(candidates);
        }
        Map<String, Integer> countries = placeEvidence.countriesNamed(text, bySentence);
        List<Mention> chosen = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            Cancellation.check();
            List<Candidate> candidates = new ArrayList<>();
            for (Candidate candidate : bySentence.get(sentence.index())) {
                placeEvidence.withEvidence(sentence, candidate, countries).ifPresent(candidates::add);
            }
            chosen.addAll(settle(candidates));
        }
        Cancellation.check();
        List<Mention> mentions = articleTypes.consistent(firstNames.resolve(text, repeatedNames.complete(text, chosen)));
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /** The candidates that win over every overlapping one, best first ({@link Candidate#BEST_FIRST}). */
    private static List<Mention> settle(List<Candidate> candidates) {
        candidates.sort(Candidate.BEST_FIRST);
        List<Mention> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.stream().noneMatch(m -> m.overlaps(candidate.mention()))) {
                chosen.add(candidate.mention());
            }
        }
        return chosen;
    }
}
