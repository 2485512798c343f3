package org.geokg.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Gazetteer;
import org.geokg.lexicon.GazetteerEntry;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.ner.NameSpan;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * The statistical model's names, merged with the gazetteers: titles and leading demonyms are cut off a person's name
 * ("President Xi Jinping" → "Xi Jinping"); a span that is a gazetteer name takes the gazetteer's type and canonical
 * name, so places of type gpe become states, cities or regions (unknown ones stay places); a span that cuts across a
 * gazetteer state or organization, or holds a state inside a person or place name, is dropped, so the gazetteer wins
 * for known countries and organizations. Runs after the {@link GazetteerRule}, whose candidates it reads.
 */
final class ModelNameRule implements MentionRule {
    /**
     * The rule of a model name that keeps the model's type: the gazetteers do not know it, or the model reads a person
     * where they know no person. The article pass ({@link RepeatedPersonNames}) reads it.
     */
    static final String MODEL = "model";
    /** The rule of a model name the gazetteers know, which takes their type and name. */
    static final String MODEL_AND_GAZETTEER = "model+gazetteer";
    private static final Set<String> BROADCAST_LANGUAGES = Words.set("broadcast-language");
    private static final Set<String> FAITHS = Words.set("faith");
    private static final Set<String> POST_NOMINALS = Words.set("post-nominal");
    private static final Set<String> GATHERING_NAMES = Words.set("gathering-name");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?");
    /** The most words of a title cut off at once; longer titles go in several cuts. */
    private static final int LONGEST_TITLE_CUT = 4;

    private final Gazetteer gazetteer;
    private final NameTokens names;

    ModelNameRule(Gazetteer gazetteer, NameTokens names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    @Override
    public void propose(AnalyzedText text, Sentence sentence, List<NameSpan> modelNames, List<Candidate> candidates) {
        if (modelNames.isEmpty()) {
            return;
        }
        List<Candidate> known = candidates.stream().filter(c -> c.mention().type() == EntityType.STATE
                || c.mention().type() == EntityType.ORGANIZATION).toList();
        for (NameSpan name : modelNames) {
            int start = name.tokenBegin();
            int end = name.tokenEnd();
            while (start < end && isPunctuation(sentence.token(start).text())) {
                start++; // a quote or bracket is no part of a name: 'Crimea "' is Crimea
            }
            while (end > start && isPunctuation(sentence.token(end - 1).text())) {
                end--;
            }
            while (end > start && isPronoun(sentence, end - 1)) {
                end--; // "and Louise I am going to ...": a name spoken to, then the speaker's "I"
            }
            start = names.afterTitleComplement(sentence, start, end);
            EntityType type = entityType(name.type());
            if (end - start >= 2 && NameTokens.isOrganizationHead(sentence.token(end - 1).text())) {
                type = EntityType.ORGANIZATION; // "Communist Party", "Grand National Assembly", "Petroleum S.A."
            }
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION && end < sentence.size()
                    && GATHERING_NAMES.contains(sentence.token(end).text())) {
                end++; // "East Asia Summit", "Asia-Pacific Forum": a gathering named after a region
                type = EntityType.ORGANIZATION;
            }
            if (type != EntityType.PERSON && isTitledName(sentence, start, end)) {
                type = EntityType.PERSON; // "Hon Bill Shorten MP" read as an organization
            }
            if (type == EntityType.PERSON) {
                start = afterTitle(sentence, start, end);
                while (end > start && (POSSESSIVE.matcher(sentence.token(end - 1).text()).matches()
                        || POST_NOMINALS.contains(sentence.token(end - 1).text()))) {
                    end--; // "Putin's", "Kim Beazley MP"
                }
            }
            if (end <= start || end - start == 1 && (BROADCAST_LANGUAGES.contains(sentence.token(start).text())
                    || FAITHS.contains(sentence.token(start).text()))) {
                continue;
            }
            if (type != EntityType.PERSON && NameTokens.isDocumentName(sentence, start, end)) {
                continue; // "Ukraine Peace Plan", "Kyoto Protocol": a document, no organization
            }
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION
                    && NameTokens.inDocumentName(sentence, start, end)) {
                continue; // "Paris" of "Paris Agreement": the gazetteer rule takes no such place either
            }
            if (conflictsWithKnown(known, start, end, type, sentence)
                    && !isFirstNameState(sentence, start, end, type)) {
                continue;
            }
            if (type != EntityType.PERSON && (isTitle(sentence, start, end) || hasTitledName(sentence, start, end))) {
                continue; // "State" in "Secretary of State", "National Security Advisor", "U.S. Representative X"
            }
            candidates.add(merged(text, sentence, start, end, type));
        }
    }

    /** The type of a model label: gpe reads as a city until the gazetteers say otherwise. */
    private static EntityType entityType(String label) {
        return switch (label) {
            case "person" -> EntityType.PERSON;
            case "organization" -> EntityType.ORGANIZATION;
            case "gpe" -> EntityType.CITY;
            default -> EntityType.LOCATION;
        };
    }

    /** The candidate of a model name, with the type and name of the gazetteers where they know it. */
    private Candidate merged(AnalyzedText text, Sentence sentence, int start, int end, EntityType type) {
        Optional<Gazetteer.Hit> hit = gazetteer.lookup(NameTokens.spanKey(sentence, start, end))
                .filter(h -> !h.demonym());
        if (hit.isPresent() && (type != EntityType.PERSON || hit.get().entry().type() == EntityType.PERSON)) {
            GazetteerEntry entry = hit.get().entry();
            return new Candidate(NameTokens.mention(text, sentence, start, end, entry.type(), entry.name(), false,
                    MODEL_AND_GAZETTEER), Priority.MODEL_IN_GAZETTEER);
        }
        EntityType newType = type == EntityType.CITY ? EntityType.LOCATION : type;
        // "the Bush administration", "President Arroyo": a person rather than a town or region of that name
        boolean personNotTown = hit.isPresent() && (hit.get().entry().type() == EntityType.CITY
                && !hit.get().entry().capital() || hit.get().entry().type() == EntityType.REGION);
        return new Candidate(NameTokens.newName(text, sentence, start, end, newType, MODEL),
                personNotTown ? Priority.MODEL_PERSON_NOT_TOWN : Priority.MODEL);
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

    /**
     * Whether a person's name begins with a state's name used as a first name: "Jordan Henderson", "Chad Johnson".
     * The rest of the span is name words that name no leader of the gazetteers, so "Russia Putin" stays the state
     * and the leader.
     */
    private boolean isFirstNameState(Sentence sentence, int start, int end, EntityType type) {
        if (type != EntityType.PERSON || end - start < 2 || !names.isGazetteerState(sentence, start, start + 1)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!names.isNameToken(sentence, i) || names.lookup(sentence.token(i).text())
                    .filter(hit -> hit.entry().type() == EntityType.PERSON).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether "and" or a comma stands inside a span, between two names. */
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
            for (int length = Math.min(LONGEST_TITLE_CUT, end - start); length >= 1; length--) {
                if (Titles.titleEndingAt(sentence, start + length) >= length) { // also the end of a longer title
                    start += length;
                    moved = true;
                    break;
                }
            }
            boolean modifiesTitle = start + 1 < end && Titles.isTitleWord(sentence.token(start + 1).text())
                    && sentence.token(start).isCapitalized();
            if (!moved && (modifiesTitle
                    || names.lookup(sentence.token(start).text()).filter(Gazetteer.Hit::demonym).isPresent())) {
                start++; // "Foreign" in "Foreign Minister", "Russian" in "Russian President"
                moved = true;
            }
        }
        return start;
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
     * Whether a span is a title and then a person's name up to its end, post-nominals aside: "Hon Bill Shorten MP",
     * "Senator Penny Wong".
     */
    private boolean isTitledName(Sentence sentence, int start, int end) {
        if (Titles.titleEndingAt(sentence, start + 1) == 0) {
            return false;
        }
        int name = afterTitle(sentence, start, end);
        int nameEnd = end;
        while (nameEnd > name && POST_NOMINALS.contains(sentence.token(nameEnd - 1).text())) {
            nameEnd--;
        }
        return nameEnd - name >= 2 && names.nameEnd(sentence, name) == nameEnd;
    }

    /** Whether a token is tagged a pronoun ("I", "We"): never part of a name. */
    private static boolean isPronoun(Sentence sentence, int i) {
        return "PRON".equals(sentence.token(i).pos());
    }

    /** Whether a token has no letter and no digit (quotes, brackets, dashes). */
    private static boolean isPunctuation(String token) {
        return token.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
