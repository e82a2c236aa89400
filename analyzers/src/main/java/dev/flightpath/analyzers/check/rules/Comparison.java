package dev.flightpath.analyzers.check.rules;

/** The comparison of a condition: the observed value must satisfy it against the limit. */
public enum Comparison {
    LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double observed, double limit) {
        switch (this) {
            case LT: return observed < limit;
            case LE: return observed <= limit;
            case GT: return observed > limit;
            case GE: return observed >= limit;
            default: throw new IllegalStateException(name());
        }
    }

    /** True when larger observed values are the bad direction (an upper limit). */
    public boolean isUpperLimit() {
        return this == LT || this == LE;
    }

    static Comparison parse(String symbol) {
        for (Comparison comparison : values()) {
            if (comparison.symbol.equals(symbol)) {
                return comparison;
            }
        }
        return null;
    }
}
