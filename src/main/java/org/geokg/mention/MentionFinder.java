package org.geokg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.ArabicNames;
import org.geokg.lexicon.CalendarWords;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.ner.NameTagger;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Finds mentions of people, states, organizations and places in an analysed text, from the gazetteers and from
 * rules over tokens:
 * <ul>
 *   <li>gazetteer names (longest match, case-sensitive): countries and their demonyms, cities, regions,
 *       organizations, heads of state and government;</li>
 *   <li>people after a title ("President Xi Jinping", "spokesman Dmitry Peskov"), before an appositive title
 *       ("Oleksiy Danilov, the secretary of ..."), and as the subject of a speech verb ("Wang said");</li>
 *   <li>organizations as capitalized phrases ending in an organization word ("National Security Council");</li>
 *   <li>every later or earlier use of a person's full name or surname in the same article.</li>
 * </ul>
 * Overlapping candidates are settled by length (longer wins), then by rule: titled person, appositive person,
 * gazetteer, organization phrase, speech-verb person. Titles are never part of a person's name.
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionFinder {
    private static final Set<String> APPOSITIVE_DETERMINERS = Words.set("appositive-determiner");
    private static final Set<String> MEETING_WORDS = Words.set("meeting-object-word");
    private static final Set<String> SPEECH_VERBS = Words.set("speaker-verb");
    /** Languages, which the model takes for organizations after a broadcaster's name ("VOA Mandarin"). */
    private static final Set<String> LANGUAGES = Words.set("broadcast-language");
    /** Last words of the names of treaties, laws and plans, which are no organizations ("Kyoto Protocol"). */
    private static final Set<String> DOCUMENT_HEADS = Words.set("document-head");
    /** Religious groups and their members: neither people, organizations nor places ("the Muslim world", "Jews"). */
    private static final Set<String> FAITHS = Words.set("faith");
    private static final Set<String> ORG_CONNECTORS = Words.set("organization-connector");
    private static final Set<String> SUBJECT_OPENERS = Words.set("subject-opener");

    /** Tokens that close an apposition: "the representative, Rastam Mohd Isa, summarised". */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ")", ".", ";");

    private final Gazetteer gazetteer;
    private final NameTokens names;

    /** A finder over the given gazetteers. */
    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameTokens(gazetteer);
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
        List<Mention> chosen = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Candidate> candidates = new ArrayList<>();
            dictionary(text, sentence, candidates);
            if (!modelNames.isEmpty()) {
                modelNames(text, sentence, modelNames.get(sentence.index()), candidates);
            }
            titledPeople(text, sentence, candidates);
            appositivePeople(text, sentence, candidates);
            organizationPhrases(text, sentence, candidates);
            speakers(text, sentence, candidates);
            meetingObjects(text, sentence, candidates);
            chosen.addAll(settle(candidates));
        }
        Map<String, String> people = personNames(chosen);
        List<Mention> consistent = new ArrayList<>(chosen.size());
        for (Mention mention : chosen) {
            consistent.add(asPersonNamedElsewhere(mention, people));
        }
        consistent.addAll(repeatedPersonNames(text, consistent, people));
        consistent.sort(Comparator.comparingInt(Mention::begin));
        return consistent;
    }

    /**
     * A name the model alone typed as an organization or place is a person when the article names that person
     * elsewhere ("Gaddafi" after "Muammar Gaddafi", "Kovačić" after "Mateo Kovačić").
     */
    private static Mention asPersonNamedElsewhere(Mention mention, Map<String, String> people) {
        boolean modelOnly = mention.rule().equals("model") && (mention.type() == EntityType.ORGANIZATION
                || mention.type() == EntityType.LOCATION);
        if (!modelOnly || !people.containsKey(Gazetteer.key(mention.text()))) {
            return mention;
        }
        return new Mention(EntityType.PERSON, mention.text(), mention.begin(), mention.end(), mention.sentence(),
                mention.tokenBegin(), mention.tokenEnd(), mention.name(), false, "repeated-name");
    }

    /**
     * The model's names, merged with the gazetteers: titles and leading demonyms are cut off a person's name
     * ("President Xi Jinping" → "Xi Jinping"); a span that is a gazetteer name takes the gazetteer's type and
     * canonical name, so places of type gpe become states, cities or regions (unknown ones stay places); a span that
     * cuts across a gazetteer state or organization, or holds a state inside a person or place name, is dropped,
     * so the gazetteer wins for known countries and organizations.
     */
    private void modelNames(AnalyzedText text, Sentence sentence, List<NameSpan> spans, List<Candidate> out) {
        List<Candidate> known = out.stream().filter(c -> c.mention().type() == EntityType.STATE
                || c.mention().type() == EntityType.ORGANIZATION).toList();
        for (NameSpan name : spans) {
            int start = name.tokenBegin();
            int end = name.tokenEnd();
            while (start < end && isPunctuation(sentence.token(start).text())) {
                start++; // a quote or bracket is no part of a name: 'Crimea "' is Crimea
            }
            while (end > start && isPunctuation(sentence.token(end - 1).text())) {
                end--;
            }
            start = names.afterTitleComplement(sentence, start, end);
            EntityType type = switch (name.type()) {
                case "person" -> EntityType.PERSON;
                case "organization" -> EntityType.ORGANIZATION;
                case "gpe" -> EntityType.CITY;
                default -> EntityType.LOCATION;
            };
            if (end - start >= 2 && NameTokens.isOrganizationHead(sentence.token(end - 1).text())) {
                type = EntityType.ORGANIZATION; // "Communist Party", "Grand National Assembly", "Petroleum S.A."
            }
            if (type == EntityType.PERSON) {
                start = afterTitle(sentence, start, end);
                while (end > start && sentence.token(end - 1).text().matches("['’]s?")) {
                    end--;
                }
            }
            if (end <= start || end - start == 1 && (LANGUAGES.contains(sentence.token(start).text())
                    || FAITHS.contains(sentence.token(start).text()))) {
                continue;
            }
            if (end - start >= 2 && type != EntityType.PERSON
                    && DOCUMENT_HEADS.contains(sentence.token(end - 1).text())) {
                continue; // "Ukraine Peace Plan", "Kyoto Protocol": a document, with the places inside it left alone
            }
            if (conflictsWithKnown(known, start, end, type, sentence)) {
                continue;
            }
            if (type != EntityType.PERSON && (isTitle(sentence, start, end) || hasTitledName(sentence, start, end))) {
                continue; // "State" in "Secretary of State", "National Security Advisor", "U.S. Representative X"
            }
            Optional<Gazetteer.Hit> hit = gazetteer.lookup(NameTokens.spanKey(sentence, start, end))
                    .filter(h -> !h.demonym());
            if (hit.isPresent() && (type != EntityType.PERSON || hit.get().entry().type() == EntityType.PERSON)) {
                GazetteerEntry entry = hit.get().entry();
                out.add(new Candidate(NameTokens.mention(text, sentence, start, end, entry.type(), entry.name(), false,
                        "model+gazetteer"), Priority.MODEL_IN_GAZETTEER));
            } else if (!hit.isPresent() || type == EntityType.PERSON) {
                EntityType finalType = type == EntityType.CITY ? EntityType.LOCATION : type;
                // "the Bush administration", "President Arroyo": a person rather than a town or region of that name
                boolean personNotTown = hit.isPresent() && (hit.get().entry().type() == EntityType.CITY
                        && !hit.get().entry().capital() || hit.get().entry().type() == EntityType.REGION);
                out.add(new Candidate(NameTokens.newName(text, sentence, start, end, finalType, "model"),
                        personNotTown ? Priority.MODEL_PERSON_NOT_TOWN : Priority.MODEL));
            }
        }
    }

    /**
     * Whether a model span cuts across a gazetteer state or organization, or is a person or place name with a
     * state inside it ("Moscow , Russia", "Russia 's Putin").
     */
    private static boolean conflictsWithKnown(List<Candidate> known, int start, int end, EntityType type,
                                              Sentence sentence) {
        for (Candidate candidate : known) {
            Mention k = candidate.mention();
            boolean overlaps = k.tokenBegin() < end && start < k.tokenEnd();
            boolean inside = start <= k.tokenBegin() && k.tokenEnd() <= end;
            boolean same = start == k.tokenBegin() && end == k.tokenEnd();
            if (overlaps && !inside) {
                return true;
            }
            if (inside && !same && k.type() == EntityType.STATE && type != EntityType.ORGANIZATION) {
                return true;
            }
            if (inside && !same && joinsNames(sentence, start, end)) {
                return true; // "The Associated Press and Reuters": two names, not one
            }
        }
        return false;
    }

    private static boolean joinsNames(Sentence sentence, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if ("and".equals(sentence.token(i).text()) || ",".equals(sentence.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The first token after any demonyms and titles that open a span ("Russian President Vladimir Putin"). */
    private int afterTitle(Sentence sentence, int start, int end) {
        boolean moved = true;
        while (moved && start < end) {
            moved = false;
            for (int length = Math.min(4, end - start); length >= 1; length--) {
                if (Titles.titleEndingAt(sentence, start + length) >= length) { // also the end of a longer title
                    start += length;
                    moved = true;
                    break;
                }
            }
            boolean modifiesTitle = start + 1 < end && Titles.isTitleWord(sentence.token(start + 1).text())
                    && sentence.token(start).isCapitalized();
            if (!moved && (modifiesTitle || gazetteer.lookup(Gazetteer.key(sentence.token(start).text()))
                    .filter(Gazetteer.Hit::demonym).isPresent())) {
                start++; // "Foreign" in "Foreign Minister", "Russian" in "Russian President"
                moved = true;
            }
        }
        return start;
    }

    /** Whether a token has no letter and no digit (quotes, brackets, dashes). */
    private static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private void dictionary(AnalyzedText text, Sentence sentence, List<Candidate> out) {
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
                Optional<Gazetteer.Hit> hit = gazetteer.lookup(key.toString());
                // keys join tokens without spaces: "Israel is" must not read as "Israelis"
                boolean lowerCaseEnd = end > start && Character.isLowerCase(sentence.token(end).text().charAt(0));
                if (hit.isPresent() && !lowerCaseEnd) {
                    best = hit.get();
                    bestEnd = end + 1;
                }
            }
            if (best == null || !plausibleDictionaryHit(sentence, start, bestEnd, best)
                    || partOfLongerName(sentence, start, bestEnd, best)) {
                continue;
            }
            int from = start;
            Gazetteer.Hit found = best;
            if (bestEnd - start > 1 && sentence.token(start).text().equals("The") && gazetteer
                    .lookup(NameTokens.spanKey(sentence, start + 1, bestEnd)).filter(found::equals).isPresent()) {
                from++; // "The Netherlands" at the start of a sentence
            }
            out.add(new Candidate(NameTokens.mention(text, sentence, from, bestEnd, best.entry().type(),
                    best.entry().name(), best.demonym(), "gazetteer"), Priority.GAZETTEER));
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
        return previous.isCapitalized() && !NameTokens.isNotName(word)
                && !Titles.isTitleWord(word) && !word.endsWith(".")
                && (town || gazetteer.lookup(Gazetteer.key(word)).isEmpty())
                && !gazetteer.isLowerCaseWord(word); // "After Welcoming China's Plan": a headline's capital
    }

    /**
     * A one-word place name at the start of a sentence must be tagged a proper noun ("Split", "Mobile"), and so must a
     * leader's surname anywhere ("an English translation" is no Bill English).
     */
    private static boolean plausibleDictionaryHit(Sentence sentence, int start, int end, Gazetteer.Hit hit) {
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

    private void titledPeople(AnalyzedText text, Sentence sentence, List<Candidate> out) {
        for (int start = 1; start < sentence.size(); start++) {
            if (Titles.titleEndingAt(sentence, start) == 0 || Titles.titleEndingAt(sentence, start + 1) > 0) {
                continue;
            }
            int end = names.nameEnd(sentence, start);
            Token first = sentence.token(start);
            if (end == start && names.isNameWord(first) && !first.text().matches(".*(s|ed|ing)")) {
                end = Math.max(start + 1, names.nameEnd(sentence, start + 1)); // "counterpart Wang/VERB Yi"
            }
            if (end > start) {
                out.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON, "title"),
                        Priority.TITLED_PERSON));
            }
        }
    }

    private void appositivePeople(AnalyzedText text, Sentence sentence, List<Candidate> out) {
        for (int start = 0; start + 3 < sentence.size(); start++) {
            if (start > 0 && names.isNameToken(sentence, start - 1)) {
                continue;
            }
            int end = names.nameEnd(sentence, start);
            if (end - start < 2 || names.gazetteerSpan(sentence, start, end).isPresent()) {
                continue;
            }
            if (titleThenComma(sentence, start) && closesApposition(sentence, end)) {
                // "the Malaysian representative, Rastam Mohd Isa, summarised"
                out.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON, "appositive"),
                        Priority.APPOSITIVE_PERSON));
                continue;
            }
            if (end + 2 >= sentence.size() || !",".equals(sentence.token(end).text())) {
                continue;
            }
            int after = end + 1;
            String det = sentence.token(after).text().toLowerCase(java.util.Locale.ROOT);
            if (APPOSITIVE_DETERMINERS.contains(det)) {
                after++;
            }
            // "X, the US ambassador", "X, his special envoy", "X, China's Assistant Foreign Minister"
            for (int skipped = 0; skipped < 4 && after + 1 < sentence.size()
                    && !Titles.isTitleWord(sentence.token(after).text()); skipped++) {
                Token word = sentence.token(after);
                boolean modifier = "ADJ".equals(word.pos()) || word.text().matches("['’]s")
                        || gazetteer.lookup(Gazetteer.key(word.text())).filter(h -> h.entry().type().isAgent()
                        && h.entry().type() != EntityType.PERSON).isPresent();
                if (!modifier) {
                    break;
                }
                after++;
            }
            if (after < sentence.size() && Titles.isTitleWord(sentence.token(after).text())
                    && !titleOfNextName(sentence, after)) {
                int first = names.afterTitleComplement(sentence, start, end);
                out.add(new Candidate(NameTokens.newName(text, sentence, first, end, EntityType.PERSON, "appositive"),
                        Priority.APPOSITIVE_PERSON));
            }
        }
    }

    /**
     * Whether a span is a title, or the end of one, with the words that qualify it, no name: it ends in a title and
     * holds no organization word ("National Security Advisor", "Taoiseach", "State" in "Secretary of State"; not
     * "Office of the High Commissioner").
     */
    private static boolean isTitle(Sentence sentence, int start, int end) {
        if (Titles.titleEndingAt(sentence, end) == 0) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (NameTokens.isOrganizationHead(sentence.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a title inside a span is followed by a name up to the span's end: a titled person the model read as
     * part of an organization or place ("Washington State Attorney General Bob Ferguson").
     */
    private boolean hasTitledName(Sentence sentence, int start, int end) {
        for (int p = start + 1; p < end; p++) {
            if (Titles.titleEndingAt(sentence, p) > 0 && !Titles.isTitleWord(sentence.token(p).text())
                    && names.nameEnd(sentence, p) == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title words from token {@code title} on stand before a name, whose title they are ("according to
     * Al Arabiya, former President George W. Bush": no apposition to Al Arabiya).
     */
    private boolean titleOfNextName(Sentence sentence, int title) {
        int next = title;
        while (next < sentence.size() && Titles.isTitleWord(sentence.token(next).text())
                && !NameTokens.isComplementPreposition(sentence.token(next).text())) {
            next++; // "former President", not "the Minister of Health"
        }
        return next < sentence.size() && names.nameEnd(sentence, next) > next;
    }

    /** Whether a title and a comma stand right before token {@code start} ("the representative, ..."). */
    private static boolean titleThenComma(Sentence sentence, int start) {
        return start >= 2 && ",".equals(sentence.token(start - 1).text())
                && Titles.titleEndingAt(sentence, start - 1) > 0;
    }

    /** Whether an apposition ends at token {@code end}: a comma, a closing bracket or the end of the sentence. */
    private static boolean closesApposition(Sentence sentence, int end) {
        return end == sentence.size() || APPOSITION_ENDS.contains(sentence.token(end).text());
    }

    /**
     * A name of two or more words right after "met (with)", "talks with", "hosted": a person ("met with Nancy
     * Powell").
     */
    private void meetingObjects(AnalyzedText text, Sentence sentence, List<Candidate> out) {
        for (int verb = 0; verb + 2 < sentence.size(); verb++) {
            if (!MEETING_WORDS.contains(sentence.token(verb).text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int start = verb + 1;
            if ("with".equalsIgnoreCase(sentence.token(start).text())) {
                start++;
            }
            int end = names.nameEnd(sentence, start);
            boolean titleFollows = end < sentence.size() && Titles.isTitleWord(sentence.token(end).text());
            if (end - start >= 2 && !titleFollows && names.gazetteerSpan(sentence, start, end).isEmpty()) {
                out.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.PERSON,
                        "meeting-object"),
                        Priority.MEETING_OBJECT));
            }
        }
    }

    private void speakers(AnalyzedText text, Sentence sentence, List<Candidate> out) {
        for (int verb = 1; verb < sentence.size(); verb++) {
            if (!SPEECH_VERBS.contains(sentence.token(verb).text())) {
                continue;
            }
            int start = verb;
            // The tagger often reads an unknown name before "said" as a verb ("Wang/VERB said").
            while (start > 0 && verb - start < 3 && (names.isNameToken(sentence, start - 1)
                    || start == verb && names.isNameWord(sentence.token(start - 1)))) {
                start--;
            }
            int subject = start;
            while (start < verb && (gazetteer.isLowerCaseWord(sentence.token(start).text())
                    || Titles.isTitleWord(sentence.token(start).text()))) {
                start++; // "Officials said", "Attorney-General Alberto Gonzales said"
            }
            if (start == verb) {
                continue;
            }
            boolean subjectPosition = subject == 0 || SUBJECT_OPENERS.contains(sentence.token(subject - 1).text());
            if (subjectPosition && names.gazetteerSpan(sentence, start, verb).isEmpty()) {
                out.add(new Candidate(NameTokens.newName(text, sentence, start, verb, EntityType.PERSON, "speaker"),
                        Priority.SPEAKER));
            }
        }
    }

    private void organizationPhrases(AnalyzedText text, Sentence sentence, List<Candidate> out) {
        int n = sentence.size();
        for (int head = 0; head < n; head++) {
            if (!NameTokens.isOrganizationHead(sentence.token(head).text())) {
                continue;
            }
            int end = complementEnd(sentence, head + 1);
            int start = head;
            while (start > 0) {
                Token previous = sentence.token(start - 1);
                if (previous.isCapitalized() && !NameTokens.isNotName(previous.text())) {
                    start--;
                } else if (start >= 2 && ORG_CONNECTORS.contains(previous.text())
                        && sentence.token(start - 2).isCapitalized()
                        && !names.isGazetteerPlace(sentence, start - 2, start - 1)) { // "London 's Financial Times"
                    start--;
                } else {
                    break;
                }
            }
            while (start < head && (ORG_CONNECTORS.contains(sentence.token(start).text())
                    || names.isGazetteerState(sentence, start, start + 1))) {
                start++;
            }
            if (head > start || end > head + 1) {
                out.add(new Candidate(NameTokens.newName(text, sentence, start, end, EntityType.ORGANIZATION,
                        "organization-phrase"),
                        Priority.ORGANIZATION_PHRASE));
            }
        }
    }

    /**
     * End (exclusive) of the "of"/"for"/"on" complements of an organization word, when they are capitalized: "Ministry
     * of Foreign Affairs", "University of the West Indies", "Movement for the Emancipation of the Niger Delta";
     * {@code from} when there is none. A known state stays a mention of its own ("Supreme Electoral Council of Peru").
     */
    private int complementEnd(Sentence sentence, int from) {
        int end = from;
        while (end + 1 < sentence.size() && NameTokens.isComplementPreposition(sentence.token(end).text())) {
            int i = end + 1;
            if ("the".equals(sentence.token(i).text())) {
                i++;
            }
            int run = i;
            while (run < sentence.size() && run - i < 6) {
                Token token = sentence.token(run);
                String word = token.text();
                if (token.isCapitalized() && !NameTokens.isNotName(word)) {
                    run++;
                } else if (run > i && run + 1 < sentence.size() && "and".equals(word)
                        && sentence.token(run + 1).isCapitalized()
                        && !NameTokens.isOrganizationHead(sentence.token(run + 1).text())) {
                    run++; // "Ministry of Labor and Social Affairs"
                } else {
                    break;
                }
            }
            if (run == i || names.isGazetteerState(sentence, i, run)) {
                break;
            }
            end = run;
        }
        return end;
    }

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

    /** The full names and surnames of the people found, by lookup key. */
    private Map<String, String> personNames(List<Mention> found) {
        Map<String, String> names = new HashMap<>();
        for (Mention mention : found) {
            if (mention.type() == EntityType.PERSON && !CalendarWords.isDateWord(mention.text())
                    && !gazetteer.isLowerCaseWord(mention.text()) && !Gazetteer.isLanguage(mention.text())) {
                names.put(Gazetteer.key(mention.text()), mention.name());
                String[] parts = mention.text().split("\\s+");
                if (parts.length > 1 && gazetteer.lookup(Gazetteer.key(parts[parts.length - 1])).isEmpty()
                        && !CalendarWords.isDateWord(parts[parts.length - 1])
                        && !Gazetteer.isLanguage(parts[parts.length - 1])) {
                    names.putIfAbsent(Gazetteer.key(parts[parts.length - 1]), parts[parts.length - 1]);
                }
            }
        }
        return names;
    }

    /** Finds the full names and surnames of people found elsewhere in the article where no rule found them. */
    private static List<Mention> repeatedPersonNames(AnalyzedText text, List<Mention> found,
                                                     Map<String, String> names) {
        List<Mention> added = new ArrayList<>();
        if (names.isEmpty()) {
            return added;
        }
        for (Sentence sentence : text.sentences()) {
            boolean[] taken = new boolean[sentence.size()];
            for (Mention mention : found) {
                if (mention.sentence() == sentence.index()) {
                    for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
                        taken[i] = true;
                    }
                }
            }
            for (int start = 0; start < sentence.size(); start++) {
                if (taken[start] || !sentence.token(start).isCapitalized()) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                int bestEnd = -1;
                int limit = Math.min(sentence.size(), start + NameTokens.MAX_NAME_TOKENS);
                for (int end = start; end < limit && !taken[end]; end++) {
                    key.append(Gazetteer.key(sentence.token(end).text()));
                    if (names.containsKey(key.toString())) {
                        bestEnd = end + 1;
                    }
                }
                if (bestEnd > 0) {
                    added.add(NameTokens.newName(text, sentence, start, bestEnd, EntityType.PERSON, "repeated-name"));
                    start = bestEnd - 1;
                }
            }
        }
        return added;
    }
}
