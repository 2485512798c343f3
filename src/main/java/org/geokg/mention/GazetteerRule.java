package org.geokg.mention;

import java.util.List;
import java.util.Optional;
import org.geokg.lexicon.ArabicNames;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.Titles;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Gazetteer names, the longest match (case-sensitive) from each capitalized token, number or Arabic article:
 * countries and their demonyms, cities, regions, organizations, heads of state and government, with the gazetteer's
 * type and canonical name.
 */
final class GazetteerRule implements MentionRule {
    /** The rule name of its mentions. */
    static final String RULE = "gazetteer";

    private final Gazetteer gazetteer;
    private final NameTokens names;

    GazetteerRule(Gazetteer gazetteer, NameTokens names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        int n = sentence.size();
        for (int start = 0; start < n; start++) {
            Token first = sentence.token(start);
            boolean articleBeforeName = ArabicNames.isArticle(first.text()) && start + 1 < n
                    && sentence.token(start + 1).isCapitalized(); // "al Qaeda"
            if (!first.isCapitalized() && !Character.isDigit(first.text().charAt(0))
                    && !ArabicNames.isArticleName(first.text()) && !articleBeforeName) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            Gazetteer.Hit best = null;
            int bestEnd = -1;
            for (int end = start; end < n && key.length() <= gazetteer.longestKey(); end++) {
                key.append(Gazetteer.key(sentence.token(end).text()));
                String joined = key.toString();
                if (!gazetteer.mayBeginKey(joined)) {
                    break; // no name's key begins so: neither this key nor a longer one is a name
                }
                Optional<Gazetteer.Hit> hit = gazetteer.lookup(joined);
                // keys join tokens without spaces: "Israel is" must not read as "Israelis"
                boolean lowerCaseEnd = end > start && Character.isLowerCase(sentence.token(end).text().charAt(0));
                if (hit.isPresent() && !lowerCaseEnd) {
                    best = hit.get();
                    bestEnd = end + 1;
                }
            }
            if (best == null || !plausible(sentence, start, bestEnd, best)
                    || partOfLongerName(sentence, start, bestEnd, best)
                    || namesDocument(sentence, start, bestEnd, best)) {
                continue;
            }
            int from = start;
            Gazetteer.Hit found = best;
            if (bestEnd - start > 1 && sentence.token(start).text().equals("The") && gazetteer
                    .lookup(NameTokens.spanKey(sentence, start + 1, bestEnd)).filter(found::equals).isPresent()) {
                from++; // "The Netherlands" at the start of a sentence
            }
            candidates.add(new Candidate(NameTokens.mention(text, sentence, from, bestEnd, best.entry().type(),
                    best.entry().name(), best.demonym(), RULE), Priority.GAZETTEER));
        }
    }

    /**
     * A one-word place right after another capitalized word that is not a title, a date or a common word is the end
     * of a longer name the gazetteers do not know: "Latin America", "Woody Island"; after a known name only a town
     * is taken for such an ending ("Faro Island"), never a state or a capital.
     */
    private boolean partOfLongerName(Sentence sentence, int start, int end, Gazetteer.Hit hit) {
        if (end - start != 1 || start == 0 || hit.demonym() || !hit.entry().type().isPlace()) {
            return false;
        }
        Token previous = sentence.token(start - 1);
        String word = previous.text();
        boolean town = hit.entry().type() == EntityType.CITY && !hit.entry().capital();
        return previous.isCapitalized() && !NameTokens.isNotName(word) && !Titles.isTitleWord(word)
                && !word.endsWith(".") && (town || names.lookup(word).isEmpty())
                && !gazetteer.isLowerCaseWord(word); // "After Welcoming China's Plan": a headline's capital
    }

    /** Whether a place is part of a document's name ({@link NameTokens#inDocumentName}). */
    private static boolean namesDocument(Sentence sentence, int start, int end, Gazetteer.Hit hit) {
        return !hit.demonym() && hit.entry().type().isPlace() && NameTokens.inDocumentName(sentence, start, end);
    }

    /**
     * A one-word place name at the start of a sentence must be tagged a proper noun ("Split", "Mobile"), and so must a
     * leader's surname anywhere ("an English translation" is no Bill English).
     */
    private static boolean plausible(Sentence sentence, int start, int end, Gazetteer.Hit hit) {
        boolean oneWord = end - start == 1;
        if (oneWord && hit.entry().type() == EntityType.PERSON) {
            boolean afterDeterminer = start > 0 && "DET".equals(sentence.token(start - 1).pos());
            return "PROPN".equals(sentence.token(start).pos()) && !afterDeterminer
                    && !Titles.isTitleWord(sentence.token(start).text()); // "King Abdullah": no Mackenzie King
        }
        if (!oneWord || start > 0 || hit.entry().type() == EntityType.STATE || hit.demonym()) {
            return true;
        }
        return "PROPN".equals(sentence.token(start).pos());
    }
}
