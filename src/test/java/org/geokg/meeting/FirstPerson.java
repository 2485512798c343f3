package org.geokg.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.mention.Mention;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The first person of a sentence as an agent: "I", "we", "my" and "our" inside a quotation stand for its speaker, the
 * subject of the verb of saying that introduces it ("'I spoke with May this morning,' Trump said"); outside a
 * quotation, for the state the article speaks for, when it has a voice (a government's release).
 */
final class FirstPerson {
    private static final Set<String> WORDS = Set.of("i", "we", "my", "our", "me");

    private FirstPerson() {
    }

    /** The first-person agents of a sentence; {@code voice} names the article's voice (any of its mentions), or null. */
    static List<ResolvedMention> of(Sentence sentence, Parse parse, List<ResolvedMention> agents,
                                    ResolvedMention voice) {
        List<ResolvedMention> found = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.token(i).text();
            if (word.equals("\"") || word.equals("“") || word.equals("”")) {
                quoted = !quoted;
                continue;
            }
            if (!WORDS.contains(SentenceLib.lowerAsWritten(sentence, i))) {
                continue;
            }
            ResolvedMention who = quoted ? speaker(sentence, parse, agents) : voice;
            if (who != null) {
                Mention m = who.mention();
                found.add(new ResolvedMention(new Mention(m.type(), word, sentence.token(i).begin(),
                        sentence.token(i).end(), sentence.index(), i, i + 1, m.name(), false, "first-person"),
                        who.entity()));
            }
        }
        return found;
    }

    /** The person who says a quotation: the subject of a verb of saying in the sentence. */
    private static ResolvedMention speaker(Sentence sentence, Parse parse, List<ResolvedMention> agents) {
        for (int v = 0; v < sentence.size(); v++) {
            if (!SentenceLib.isStatementVerb(SentenceLib.lower(sentence, v))) {
                continue;
            }
            for (int subject : parse.children(v, "nsubj")) {
                for (ResolvedMention agent : agents) {
                    if (agent.mention().tokenBegin() <= subject && subject < agent.mention().tokenEnd()
                            && agent.entity().startsWith("person/")) {
                        return agent;
                    }
                }
            }
        }
        return null;
    }
}
