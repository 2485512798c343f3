package org.geokg.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The two sides of a word of meeting, read from grammatical relations: its subject side ("X met Y", "X and Y met",
 * "X's talks with Y", "X held talks with Y", "Xi, who met Obama", "after meeting Y, X said") and its object side
 * ("met Y", "met with Y", "talks with Y", "talks between X and Y", "a visit to Y"), each agent with the relation that
 * tied it ({@code nsubj}, {@code obl:with}, ...). Coordinated and appositive names count as their head's ("met X, Y and
 * Z", "leaders of the opposition, X of A and Y of B"); in a passive, the agent of "by" is the subject side ("Y was
 * received by X").
 */
final class SyntacticSides {
    /** Prepositions that put an agent on the other side of a word of meeting. */
    private static final Set<String> WITH = Set.of("with", "to", "between", "among", "of");

    private SyntacticSides() {
    }

    /** The agents of one side, each with the relation that ties it to the word of meeting. */
    record Side(Map<ResolvedMention, String> agents) {
    }

    /** The subject side and the object side of a trigger. */
    record Sides(Side subject, Side object) {
    }

    /** The sides of a trigger among the agents of a sentence. */
    static Sides of(Sentence sentence, Parse parse, Trigger trigger, List<ResolvedMention> agents) {
        Map<ResolvedMention, String> subject = new LinkedHashMap<>();
        Map<ResolvedMention, String> object = new LinkedHashMap<>();
        int t = trigger.index();
        boolean passive = !parse.children(t, "nsubj:pass").isEmpty();
        for (int child : parse.children(t)) {
            String relation = SyntaxPaths.relation(sentence, parse, child);
            if (relation.equals("nsubj")) {
                add(subject, relation, child, sentence, parse, agents);
            } else if (relation.startsWith("nsubj:pass")) {
                add(object, relation, child, sentence, parse, agents);
            } else if (relation.startsWith("obl:agent") || passive && relation.equals("obl:by")) {
                add(subject, relation, child, sentence, parse, agents);
            } else if (relation.equals("obj") || relation.equals("iobj")) {
                add(object, relation, child, sentence, parse, agents);
            } else if (relation.equals("nmod:poss") || relation.equals("compound")) {
                add(subject, relation, child, sentence, parse, agents);
            } else if ((relation.startsWith("obl:") || relation.startsWith("nmod:"))
                    && WITH.contains(relation.substring(relation.lastIndexOf(':') + 1))) {
                add(object, relation, child, sentence, parse, agents);
            }
        }
        if (subject.isEmpty()) {
            inherited(sentence, parse, t, agents, subject);
        }
        return new Sides(new Side(subject), new Side(object));
    }

    /**
     * The subject a trigger takes from the clause above it: the antecedent of a relative clause ("Xi, who met"), the
     * subject of the verb a controlled or adverbial clause depends on ("agreed to meet", "after meeting Y, X said"),
     * the subject of a light verb whose object the trigger noun is ("X held talks"), or of the clause in whose
     * oblique it stands ("at a meeting with Y, X said").
     */
    private static void inherited(Sentence sentence, Parse parse, int t, List<ResolvedMention> agents,
                                  Map<ResolvedMention, String> subject) {
        String label = parse.label(t);
        int head = parse.head(t);
        if (head < 0) {
            return;
        }
        if (label.equals("acl:relcl") || label.equals("acl")) {
            add(subject, "^" + label, head, sentence, parse, agents);
            return;
        }
        if (label.startsWith("xcomp") || label.startsWith("advcl") || label.equals("conj") || label.equals("obj")
                || label.startsWith("obl") || label.startsWith("ccomp")) {
            for (int child : parse.children(head, "nsubj")) {
                add(subject, "^" + label + "^nsubj", child, sentence, parse, agents);
            }
            if (subject.isEmpty() && (label.startsWith("xcomp") || label.equals("conj"))) {
                inherited(sentence, parse, head, agents, subject);
            }
        }
    }

    /** Adds the agents a token stands for: the agent it heads or lies in, with its conjuncts and appositions. */
    private static void add(Map<ResolvedMention, String> side, String relation, int token, Sentence sentence,
                            Parse parse, List<ResolvedMention> agents) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(token);
        for (int i = 0; i < tokens.size() && i < 12; i++) {
            int at = tokens.get(i);
            ResolvedMention agent = agentAt(agents, at);
            if (agent != null) {
                side.putIfAbsent(agent, i == 0 ? relation : relation + "+conj");
            }
            for (int child : parse.children(at)) {
                String label = parse.label(child);
                if (label.equals("conj") || label.equals("appos") || agent == null
                        && (label.equals("flat") || label.equals("nmod:desc") || label.startsWith("compound"))) {
                    tokens.add(child);
                }
            }
        }
    }

    /** The agent mention that covers a token. */
    private static ResolvedMention agentAt(List<ResolvedMention> agents, int token) {
        for (ResolvedMention agent : agents) {
            if (agent.mention().tokenBegin() <= token && token < agent.mention().tokenEnd()) {
                return agent;
            }
        }
        return null;
    }
}
