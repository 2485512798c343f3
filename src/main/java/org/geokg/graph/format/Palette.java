package org.geokg.graph.format;

/** The colour of each node type, the same in every format and on the page served by {@code geokg serve}. */
final class Palette {
    private Palette() {
    }

    /** An RGB colour as {@code #rrggbb}. */
    static String color(String type) {
        return switch (type) {
            case "Person" -> "#4e79a7";
            case "State" -> "#e15759";
            case "Organization" -> "#59a14f";
            case "City", "Region", "Place" -> "#f28e2b";
            case "Position" -> "#b07aa1";
            case "Meeting", "Talks", "Summit", "Visit", "PhoneCall" -> "#edc948";
            default -> "#bab0ac";
        };
    }

    /** A node size that grows with the number of meetings. */
    static double size(int meetings) {
        return 10 + 6 * Math.sqrt(meetings);
    }
}
