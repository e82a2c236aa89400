package dev.flightpath.analyzers.findings;

/** How much a finding matters, from its score, with JDK Mission Control's thresholds. */
public enum FindingLevel {
    /** Score below 25: shown for completeness. */
    OK,
    /** Score 25 to 74: worth a look. */
    INFO,
    /** Score 75 or more: likely a problem. */
    WARNING;

    public static final int INFO_SCORE = 25;
    public static final int WARNING_SCORE = 75;

    public static FindingLevel of(int score) {
        if (score >= WARNING_SCORE) {
            return WARNING;
        }
        return score >= INFO_SCORE ? INFO : OK;
    }
}
