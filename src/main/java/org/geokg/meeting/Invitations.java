package org.geokg.meeting;

import static org.geokg.meeting.SentenceLib.isPossessive;
import static org.geokg.meeting.SentenceLib.lower;
import static org.geokg.meeting.SentenceLib.mentionEndingAt;
import static org.geokg.meeting.SentenceLib.mentionStartingAt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geokg.lexicon.Words;
import org.geokg.nlp.Sentence;
import org.geokg.resolve.ResolvedMention;
import org.geokg.syntax.Parse;

/**
 * Who invites to a visit or a meeting, from the parse: the subject of "X invited Y to visit", of "X extended an
 * invitation to Y to visit", the owner of "X's invitation", "an invitation from X", "at the invitation of X". An
 * invited visit is a visit to the one who invites, when he is named, not to the state it names.
 */
final class Invitations {
    private static final String STEM = "invit";
    private static final String NOUN = "invitation";
    private static final Set<String> GIVING_VERBS = Words.set("invitation-giving-verb");
    private static final Set<String> SOURCE_CASES = Words.set("invitation-source-preposition");
    private static final Set<String> VISIT_COMPLEMENTS = Words.set("invited-to-visit");

    private Invitations() {
    }

    /**
     * How a word of visit or meeting is invited.
     *
     * @param inviters   the agents who invite, in the order found
     * @param complement whether the word is what the invitation asks for ("invited Y to visit"), rather than done
     *                   at an invitation ("visited Y at the invitation of X")
     * @param verb       whether the invitation is a verb ("invited"), which reports the meeting itself
     */
    record Invitation(List<String> inviters, boolean complement, boolean verb) {
    }

    /** The invitation of the visit or meeting word at {@code t}, or {@code null} when it has none. */
    static Invitation of(Sentence sentence, StatusJudge judge, int t, List<ResolvedMention> agents) {
        if (!mentioned(sentence)) {
            return null; // no word of inviting: no parse is asked for
        }
        Parse parse = judge.parse(sentence);
        int head = parse.head(t);
        if (head >= 0 && isInvitation(sentence, head)) {
            boolean verb = isVerb(sentence, head);
            List<String> inviters = verb ? SyntaxSides.subjects(sentence, parse, head, agents)
                    : giversOf(sentence, parse, head, agents);
            return inviters.isEmpty() ? null : new Invitation(inviters, true, verb);
        }
        List<String> inviters = atTheInvitationOf(sentence, agents);
        return inviters.isEmpty() ? null : new Invitation(inviters, false, false);
    }

    /**
     * The agents of an "at the invitation of X" or "at X's invitation" in a sentence: a set phrase, read by its words
     * wherever the parse attaches it.
     */
    private static List<String> atTheInvitationOf(Sentence sentence, List<ResolvedMention> agents) {
        for (int i = 2; i < sentence.size(); i++) {
            if (!lower(sentence, i).equals(NOUN)) {
                continue;
            }
            if (lower(sentence, i - 1).equals("the") && lower(sentence, i - 2).equals("at")
                    && i + 1 < sentence.size() && SOURCE_CASES.contains(lower(sentence, i + 1))) {
                int j = i + 2;
                while (j < sentence.size() && mentionStartingAt(agents, j) == null
                        && Coordination.isTitleOrQualifier(sentence, j)) {
                    j++;
                }
                ResolvedMention inviter = j < sentence.size() ? mentionStartingAt(agents, j) : null;
                return inviter == null ? List.of() : List.of(inviter.entity());
            }
            if (isPossessive(lower(sentence, i - 1))) {
                ResolvedMention inviter = mentionEndingAt(agents, i - 1);
                boolean at = inviter != null && inviter.mention().tokenBegin() > 0
                        && lower(sentence, inviter.mention().tokenBegin() - 1).equals("at");
                return at ? List.of(inviter.entity()) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The meetings an invitation verb reports, one for each who invites: "X and Y invited Z to visit" is Z's visit
     * to X and Z's visit to Y, not a meeting of X with Y.
     */
    static List<Meeting> perInviter(Meeting meeting, Sentence sentence, StatusJudge judge, int t,
                                    List<ResolvedMention> agents) {
        if (!isInvitation(sentence, t)) {
            return List.of(meeting);
        }
        Parse parse = judge.parse(sentence);
        boolean visit = parse.children(t).stream()
                .anyMatch(c -> c > t && VISIT_COMPLEMENTS.contains(lower(sentence, c)));
        Meeting.Kind kind = visit ? Meeting.Kind.VISIT : meeting.kind();
        List<String> inviters = SyntaxSides.subjects(sentence, parse, t, agents).stream()
                .filter(meeting.participants()::contains).toList();
        List<String> invited = meeting.participants().stream().filter(p -> !inviters.contains(p)).toList();
        if (invited.isEmpty() || inviters.isEmpty()) {
            return List.of(meeting.withKind(kind));
        }
        List<Meeting> meetings = new ArrayList<>();
        String rule = inviters.size() > 1 ? meeting.rule() + "+each" : meeting.rule();
        for (String inviter : inviters) {
            List<String> participants = new ArrayList<>(invited);
            participants.add(inviter);
            meetings.add(new Meeting(kind, meeting.status(), participants, inviter, meeting.place(), meeting.date(),
                    meeting.evidence(), meeting.confidence(), rule));
        }
        return meetings;
    }

    /** Whether a sentence holds a word of inviting. */
    private static boolean mentioned(Sentence sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (isInvitation(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is a word of inviting: "invited", "invitation". */
    static boolean isInvitation(Sentence sentence, int token) {
        return lower(sentence, token).startsWith(STEM);
    }

    /**
     * Who gives an invitation noun: its owner or source ("X's invitation", "an invitation from X"), or the subject of
     * the verb that gives it ("X extended an invitation").
     */
    private static List<String> giversOf(Sentence sentence, Parse parse, int noun, List<ResolvedMention> agents) {
        List<String> sources = sources(sentence, parse, noun, agents);
        if (!sources.isEmpty()) {
            return sources;
        }
        int verb = parse.head(noun);
        return verb >= 0 && parse.label(noun).equals("obj") && GIVING_VERBS.contains(lower(sentence, verb))
                ? SyntaxSides.subjects(sentence, parse, verb, agents) : List.of();
    }

    /** The agents an invitation noun comes from: "X's invitation", "the invitation of X", "an invitation from X". */
    private static List<String> sources(Sentence sentence, Parse parse, int noun, List<ResolvedMention> agents) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (int child : parse.children(noun)) {
            String label = parse.label(child);
            boolean source = label.equals("nmod:poss") || label.equals("nmod") && child > noun
                    && parse.children(child, "case").stream().anyMatch(c -> SOURCE_CASES.contains(lower(sentence, c)));
            if (source) {
                found.addAll(SyntaxSides.named(sentence, parse, child, agents));
            }
        }
        return List.copyOf(found);
    }

    private static boolean isVerb(Sentence sentence, int token) {
        return "VERB".equals(sentence.token(token).pos());
    }
}
