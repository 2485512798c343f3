package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.lower;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.EntityType;
import org.geokg.lexicon.Titles;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * The two sides of a trigger read from the sentence's dependency parse rather than from token distance: the
 * subject side (the {@code nsubj} of a trigger verb, or of the verb it depends on through {@code xcomp},
 * {@code advcl}, {@code conj}; the antecedent of a relative clause; the subject of the light verb that takes a trigger
 * noun as object or oblique; the owner of a trigger noun) and the other side (the object, the {@code obl} or
 * {@code nmod} after "with", "between" or "by" that follows the trigger; whom the speaker told in a call: "X told Y in
 * a call"), each with the agents coordinated with or in apposition to it ("senior leaders, President X, Premier Y and
 * Chairman Z"). A state or body that only qualifies the phrase
 * ("senior Chinese leaders", "members of the US Administration, including X") stands in only when the phrase names
 * no one.
 *
 * <p>Immutable and thread-safe.
 */
final class SyntaxSides {
    /** Prepositions whose object stands on the other side of a trigger: "met with Y", "talks between X and Y". */
    private static final Set<String> PARTNER_CASES = Words.set("partner-preposition");
    /** Prepositions that introduce members of a group: "leaders, including Y". */
    private static final Set<String> MEMBER_CASES = Words.set("member-preposition");
    /** Prepositions that name the group a phrase's people belong to: "members of the US Administration". */
    private static final Set<String> GROUP_CASES = Set.of("of");
    private static final Set<String> RELATIVE_PRONOUNS = Words.set("relative-pronoun");
    /** Relations that carry a verb's subject down to a dependent verb without one. */
    private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "advcl", "conj", "ccomp");
    /** Relations below which a phrase holds a clause of its own, whose agents are not the phrase's. */
    private static final Set<String> CLAUSE_RELATIONS = Words.set("clause-relation");

    private SyntaxSides() {
    }

    /**
     * The two sides of a trigger.
     *
     * @param subjects the agents on its subject side, in the order found
     * @param objects  the agents on its other side, in the order found
     * @param unnamed  whether the other side holds a phrase that names no agent ("met with representatives of the
     *                 industry"): the subjects alone then met someone else, not each other
     * @param qualified whether the other side's agents only qualify the phrases that stand there ("a letter from Y",
     *                 "senior Chinese leaders"): no one a host receives
     */
    record Sides(List<String> subjects, List<String> objects, boolean unnamed, boolean qualified) {
    }

    /** The two sides of the trigger at {@code t}. */
    static Sides of(Sentence sentence, Parse parse, int t, boolean noun, List<ResolvedMention> agents) {
        ResolvedMention[] agentAt = agentsByToken(sentence, agents);
        LinkedHashSet<String> subjects = new LinkedHashSet<>();
        LinkedHashSet<String> named = new LinkedHashSet<>();
        LinkedHashSet<String> qualifiers = new LinkedHashSet<>();
        boolean partnerPhrase = false;
        for (int child : parse.children(t)) {
            String label = parse.label(child);
            boolean oblique = label.startsWith("obl") || label.startsWith("nmod") && !label.equals("nmod:poss");
            if (!noun && (label.equals("obj") || label.equals("iobj"))
                    || oblique && child > t && (hasCase(sentence, parse, child, PARTNER_CASES)
                    || hasCase(sentence, parse, child, MEMBER_CASES))) { // "with X, I met Y": X comes along
                partnerPhrase = true;
                gather(sentence, parse, child, agentAt, named, qualifiers, true);
            } else if (noun && (label.equals("nmod:poss") || label.equals("compound"))) {
                collect(sentence, parse, child, agentAt, subjects);
            }
        }
        int verb = noun ? parse.head(t) : -1;
        if (verb >= 0 && parse.label(t).startsWith("obl") && SentenceLib.isStatementVerb(lower(sentence, verb))) {
            for (int child : parse.children(verb)) { // "X told Y in a telephone call"
                if (parse.label(child).equals("obj") || parse.label(child).equals("iobj")) {
                    gather(sentence, parse, child, agentAt, named, qualifiers, true);
                }
            }
        }
        boolean qualifiersOnly = named.isEmpty() && !qualifiers.isEmpty();
        Set<String> objects = named.isEmpty() ? qualifiers : named;
        boolean unnamed = partnerPhrase && objects.isEmpty();
        if (subjects.isEmpty()) {
            int bearer = noun ? verbOfNoun(sentence, parse, t) : t;
            if (bearer >= 0) {
                subjects.addAll(subjectOf(sentence, parse, bearer, agentAt));
            }
        }
        subjects.removeAll(objects);
        return new Sides(List.copyOf(subjects), List.copyOf(objects), unnamed, qualifiersOnly);
    }

    /** The agents of a verb's subject, from its parse: "I will attend", "X, who attended", "X arrived to attend". */
    static List<String> subjects(Sentence sentence, Parse parse, int verb, List<ResolvedMention> agents) {
        return subjectOf(sentence, parse, verb, agentsByToken(sentence, agents));
    }

    /** The agents a phrase names, from its parse: "Prime Minister X", "X and Y", "X's". */
    static List<String> named(Sentence sentence, Parse parse, int node, List<ResolvedMention> agents) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        collect(sentence, parse, node, agentsByToken(sentence, agents), found);
        return List.copyOf(found);
    }

    /**
     * The agents of the subject of a gerund read as a noun: its own, or those of the verb it is an oblique of ("X
     * flew to Paris ahead of meeting Y").
     */
    static List<String> gerundSubjects(Sentence sentence, Parse parse, int t, List<ResolvedMention> agents) {
        List<String> own = subjects(sentence, parse, t, agents);
        return own.isEmpty() && parse.head(t) >= 0 && parse.label(t).startsWith("obl")
                ? subjects(sentence, parse, parse.head(t), agents) : own;
    }

    /**
     * The verb whose subject takes part in the meeting a trigger noun names: the light verb that takes it as its
     * object ("held talks"), or any verb that takes it as an oblique ("travel to Japan for talks"), or -1 ("criticized
     * the meeting" names no participant).
     */
    private static int verbOfNoun(Sentence sentence, Parse parse, int t) {
        int head = parse.head(t);
        String label = parse.label(t);
        if (head < 0) {
            return -1;
        }
        return label.equals("obj") && TriggerAgents.isLightVerb(lower(sentence, head)) || label.startsWith("obl")
                ? head : -1;
    }

    /** The agents of a verb's subject, climbing to the verb it depends on when it has none of its own. */
    private static List<String> subjectOf(Sentence sentence, Parse parse, int verb, ResolvedMention[] agentAt) {
        for (int v = verb, steps = 0; v >= 0 && steps < 4; steps++) {
            LinkedHashSet<String> found = new LinkedHashSet<>();
            boolean hasSubject = false;
            for (int child : parse.children(v)) {
                String label = parse.label(child);
                if (label.equals("nsubj") || label.equals("nsubj:pass")) {
                    hasSubject = true;
                    if (RELATIVE_PRONOUNS.contains(lower(sentence, child)) && parse.label(v).startsWith("acl")) {
                        collect(sentence, parse, parse.head(v), agentAt, found); // "X, who met Y"
                    } else {
                        collect(sentence, parse, child, agentAt, found);
                    }
                }
            }
            if (hasSubject) {
                return List.copyOf(found);
            }
            String label = parse.label(v);
            if (label.startsWith("acl") && parse.head(v) >= 0) { // "leaders meeting in Doha"
                collect(sentence, parse, parse.head(v), agentAt, found);
                return List.copyOf(found);
            }
            if (!SUBJECT_SHARING.contains(label.split(":")[0])) {
                return List.of();
            }
            v = parse.head(v);
        }
        return List.of();
    }

    /**
     * The agents a phrase names: those of its head and of the words below it, but not of the clauses it holds
     * ("leaders who met Y"), nor of a verb coordinated with it; an agent that only qualifies the phrase ("senior
     * Chinese leaders", "Japan's envoy Y") counts only when the phrase names no other.
     */
    private static void collect(Sentence sentence, Parse parse, int node, ResolvedMention[] agentAt,
                                Set<String> into) {
        LinkedHashSet<String> named = new LinkedHashSet<>();
        LinkedHashSet<String> qualifiers = new LinkedHashSet<>();
        gather(sentence, parse, node, agentAt, named, qualifiers, true);
        into.addAll(named.isEmpty() ? qualifiers : named);
    }

    private static void gather(Sentence sentence, Parse parse, int node, ResolvedMention[] agentAt,
                               Set<String> named, Set<String> qualifiers, boolean head) {
        if (agentAt[node] != null) {
            named.add(agentAt[node].entity());
        }
        boolean title = Titles.isTitleWord(sentence.token(node).text());
        for (int child : parse.children(node)) {
            String label = parse.label(child);
            String relation = label.split(":")[0];
            if (CLAUSE_RELATIONS.contains(relation) || relation.equals("conj") && isVerb(sentence, child)) {
                continue;
            }
            boolean person = agentAt[child] != null && agentAt[child].mention().type() == EntityType.PERSON;
            if (relation.equals("nmod") && title && !person) {
                continue; // "Minister for Foreign Affairs", "Secretary of State": the title's own words
            }
            boolean nounModifier = relation.equals("nmod") && !hasCase(sentence, parse, child, MEMBER_CASES)
                    && (agentAt[node] == null && !title
                    || !person && hasCase(sentence, parse, child, GROUP_CASES)); // "a letter from Y"
            boolean qualifier = (label.equals("amod") || label.equals("nmod:poss") || label.equals("compound")
                    || nounModifier) && agentAt[child] != agentAt[node];
            if (qualifier && head) {
                gather(sentence, parse, child, agentAt, qualifiers, qualifiers, false);
            } else if (!qualifier) {
                gather(sentence, parse, child, agentAt, named, qualifiers,
                        head && (relation.equals("conj") || relation.equals("appos")));
            }
        }
    }

    private static boolean isVerb(Sentence sentence, int token) {
        String pos = sentence.token(token).pos();
        return pos.equals("VERB") || pos.equals("AUX");
    }

    /** Whether a phrase is introduced by one of the given prepositions. */
    private static boolean hasCase(Sentence sentence, Parse parse, int node, Set<String> prepositions) {
        for (int child : parse.children(node, "case")) {
            if (prepositions.contains(lower(sentence, child))) {
                return true;
            }
        }
        return false;
    }

    /** The agent each token belongs to, or {@code null}. */
    private static ResolvedMention[] agentsByToken(Sentence sentence, List<ResolvedMention> agents) {
        ResolvedMention[] at = new ResolvedMention[sentence.size()];
        for (ResolvedMention agent : agents) {
            for (int i = agent.mention().tokenBegin(); i < agent.mention().tokenEnd() && i < at.length; i++) {
                at[i] = agent;
            }
        }
        return at;
    }
}
