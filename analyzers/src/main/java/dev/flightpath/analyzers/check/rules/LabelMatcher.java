package dev.flightpath.analyzers.check.rules;

import java.util.regex.Pattern;

/** One label matcher of a selector: {@code process="guild"}, {@code process=~"guild.*"}, {@code !=}, {@code !~}. */
public record LabelMatcher(String label, Operator operator, String value, Pattern pattern) {
    public enum Operator {
        EQUALS("="), NOT_EQUALS("!="), MATCHES("=~"), NOT_MATCHES("!~");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Whether a group's label value satisfies this matcher; a missing label is the empty string. */
    public boolean matches(String actual) {
        String text = actual == null ? "" : actual;
        switch (operator) {
            case EQUALS: return text.equals(value);
            case NOT_EQUALS: return !text.equals(value);
            case MATCHES: return pattern.matcher(text).matches();
            case NOT_MATCHES: return !pattern.matcher(text).matches();
            default: throw new IllegalStateException(operator.name());
        }
    }

    @Override
    public String toString() {
        return label + operator.symbol + '"' + value + '"';
    }
}
