package dev.flightpath.loaders.beam;

import java.math.BigInteger;

/**
 * Turns a trace timestamp into nanoseconds.
 *
 * <ul>
 *   <li>{@code timestamp} / {@code cpu_timestamp}: {@code {MegaSecs, Secs, MicroSecs}} as from
 *       {@code erlang:now/0}; converted to nanoseconds since the Unix epoch (microsecond
 *       resolution).</li>
 *   <li>{@code monotonic_timestamp}: an integer; {@code strict_monotonic_timestamp}:
 *       {@code {Monotonic, UniqueInteger}}. The trace documentation gives these in nanoseconds
 *       (the value of {@code erlang:monotonic_time(nanosecond)}), which is also the native unit
 *       on Linux; they are Erlang monotonic time, so usually negative and not related to the
 *       epoch. Should a node ever write native units other than nanoseconds, the unit can be had
 *       from {@code erlang:convert_time_unit(1, second, native)} on that node; the trace file
 *       itself does not say.</li>
 * </ul>
 */
final class TraceClock {
    /** The timestamp was not one of the shapes above. */
    static final long INVALID = Long.MIN_VALUE;

    enum Kind { NONE, EPOCH, MONOTONIC }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private TraceClock() {
    }

    static Kind kind(Term timestamp) {
        if (timestamp instanceof Term.Int) {
            return Kind.MONOTONIC;
        }
        if (timestamp instanceof Term.Tuple) {
            int arity = ((Term.Tuple) timestamp).arity();
            return arity == 2 ? Kind.MONOTONIC : arity == 3 ? Kind.EPOCH : Kind.NONE;
        }
        return Kind.NONE;
    }

    /** Nanoseconds, or {@link #INVALID}. */
    static long nanos(Term timestamp) {
        if (timestamp instanceof Term.Int) {
            return ((Term.Int) timestamp).value();
        }
        if (!(timestamp instanceof Term.Tuple)) {
            return INVALID;
        }
        Term.Tuple tuple = (Term.Tuple) timestamp;
        for (Term part : tuple.elements()) {
            if (!(part instanceof Term.Int)) {
                return INVALID;
            }
        }
        if (tuple.arity() == 2) {
            return ((Term.Int) tuple.get(0)).value();
        }
        if (tuple.arity() == 3) {
            BigInteger micros = BigInteger.valueOf(((Term.Int) tuple.get(0)).value()).multiply(BigInteger.valueOf(1_000_000L))
                    .add(BigInteger.valueOf(((Term.Int) tuple.get(1)).value()))
                    .multiply(BigInteger.valueOf(1_000_000L))
                    .add(BigInteger.valueOf(((Term.Int) tuple.get(2)).value()));
            BigInteger nanos = micros.multiply(BigInteger.valueOf(1_000L));
            if (nanos.compareTo(LONG_MIN) <= 0 || nanos.compareTo(LONG_MAX) > 0) {
                return INVALID;
            }
            return nanos.longValue();
        }
        return INVALID;
    }
}
