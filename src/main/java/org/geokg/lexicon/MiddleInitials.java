package org.geokg.lexicon;

import java.util.regex.Pattern;

/**
 * A person's name without its middle initials: "George W. Bush" → "George Bush", "George H. W. Bush" → "George Bush".
 * The resolver reads a short form in an article as the fuller one it gives; the linker matches the short form of a
 * table's name.
 */
public final class MiddleInitials {
    /** Runs of initials with points between words ("W.", "H.W."), and single capitals, with the space before them. */
    private static final Pattern DOTTED = Pattern.compile("\\s+(\\p{Lu}\\.)+(?=\\s)");
    private static final Pattern SINGLE = Pattern.compile("\\s+\\p{Lu}\\.?(?=\\s)");

    private MiddleInitials() {
    }

    /** The name with its middle initials taken out; the name itself when it has none. */
    public static String without(String name) {
        return SINGLE.matcher(DOTTED.matcher(name).replaceAll("")).replaceAll("");
    }
}
