package org.geokg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.mention.Mention;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;

/**
 * Resolves nominal phrases that name a role of a state ("the Chinese leader", "the Russian president", "China's
 * foreign minister") to the person of the article who holds that role, when exactly one does: the positions the
 * article states ({@link Position}) decide. "Leader" stands for any head of state or government; when the article
 * names several (a president and a prime minister), the one it names twice as often as the others. A role followed by a
 * name ("Chinese leader Xi Jinping") is a title, not a nominal, and is left alone. The role words become a person
 * mention with the rule {@code nominal}.
 *
 * <p>Stateless and thread-safe.
 */
final class NominalResolver {
    /** The rule name of nominal mentions. */
    static final String RULE = "nominal";

    /** Person mentions for the nominal roles in the text, in text order. */
    List<ResolvedMention> resolve(AnalyzedText text, List<ResolvedMention> mentions, Map<String, Entity> entities,
                                  List<Position> positions) {
        List<ResolvedMention> found = new ArrayList<>();
        Set<List<Integer>> personStarts = new HashSet<>();
        for (ResolvedMention r : mentions) {
            if (r.mention().type() == EntityType.PERSON) {
                personStarts.add(List.of(r.mention().sentence(), r.mention().tokenBegin()));
            }
        }
        Map<List<String>, Optional<String>> holders = new HashMap<>(); // by state and role: the same for the article
        for (ResolvedMention state : mentions) {
            Mention m = state.mention();
            if (m.type() != EntityType.STATE) {
                continue;
            }
            Sentence sentence = text.sentences().get(m.sentence());
            int start = m.tokenEnd();
            if (start < sentence.size() && sentence.token(start).text().matches("['’]s")) {
                start++;
            }
            List<String> words = roleAt(sentence, start);
            if (words == null) {
                continue;
            }
            String role = String.join(" ", words);
            int end = start + words.size();
            if (personStarts.contains(List.of(m.sentence(), end))) {
                continue;
            }
            String holder = holders.computeIfAbsent(List.of(state.entity(), role),
                    k -> Optional.ofNullable(holder(positions, mentions, state.entity(), role))).orElse(null);
            if (holder != null) {
                Mention nominal = new Mention(EntityType.PERSON, text.span(sentence.token(start).begin(),
                        sentence.token(end - 1).end()), sentence.token(start).begin(), sentence.token(end - 1).end(),
                        m.sentence(), start, end, entities.get(holder).label(), false, RULE);
                found.add(new ResolvedMention(nominal, holder));
            }
        }
        return found;
    }

    private static List<String> roleAt(Sentence sentence, int start) {
        for (List<String> words : Titles.nominalRoles()) {
            if (start + words.size() > sentence.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < words.size() && matches; i++) {
                matches = sentence.token(start + i).text().toLowerCase(Locale.ROOT).equals(words.get(i));
            }
            if (matches) {
                return words;
            }
        }
        return null;
    }

    /**
     * The one person holding the role for the state; among several holders of a "leader" role (a president and a
     * prime minister), the one the article names at least twice as often as any other, or {@code null}.
     */
    private static String holder(List<Position> positions, List<ResolvedMention> mentions, String state,
                                 String role) {
        List<String> holders = positions.stream()
                .filter(p -> p.state().equals(state))
                .filter(p -> role.equals("leader") ? Titles.headsState(p.title())
                        : p.title().equalsIgnoreCase(role))
                .map(Position::person).distinct().toList();
        if (holders.size() <= 1) {
            return holders.isEmpty() ? null : holders.get(0);
        }
        Map<String, Long> counts = mentions.stream().map(ResolvedMention::entity).filter(holders::contains)
                .collect(java.util.stream.Collectors.groupingBy(e -> e, java.util.stream.Collectors.counting()));
        List<Map.Entry<String, Long>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        return ranked.size() == 1 || ranked.size() > 1 && ranked.get(0).getValue() >= 2 * ranked.get(1).getValue()
                ? ranked.get(0).getKey() : null;
    }
}
