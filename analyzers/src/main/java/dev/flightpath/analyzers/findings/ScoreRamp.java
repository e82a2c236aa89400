package dev.flightpath.analyzers.findings;

/**
 * The score of a measured value, piecewise linear through fixed points: 0 at 0, 25 (info) at
 * {@code infoAt}, 75 (warning) at {@code warnAt}, 100 at twice {@code warnAt} and above. Negative
 * and NaN values score 0. The result is rounded to the nearest whole number.
 *
 * @param infoAt the value that scores 25
 * @param warnAt the value that scores 75; greater than {@code infoAt}
 */
public record ScoreRamp(double infoAt, double warnAt) {
    public ScoreRamp {
        if (!(infoAt > 0 && warnAt > infoAt)) {
            throw new IllegalArgumentException("need 0 < infoAt < warnAt: " + infoAt + ", " + warnAt);
        }
    }

    public int score(double value) {
        if (!(value > 0)) {
            return 0;
        }
        double score;
        if (value <= infoAt) {
            score = 25 * value / infoAt;
        } else if (value <= warnAt) {
            score = 25 + 50 * (value - infoAt) / (warnAt - infoAt);
        } else {
            score = Math.min(100, 75 + 25 * (value - warnAt) / warnAt);
        }
        return (int) Math.round(score);
    }
}
