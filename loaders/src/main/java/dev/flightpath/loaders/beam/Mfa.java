package dev.flightpath.loaders.beam;

import java.util.Locale;

/** A function as the trace names it: {@code {M, F, Arity}} (with the arity flag) or {@code {M, F, Args}}. */
record Mfa(String module, String function, int arity) {

    /** The MFA in {@code term}, or null when it is not one (e.g. {@code undefined}). */
    static Mfa of(Term term) {
        if (!(term instanceof Term.Tuple) || ((Term.Tuple) term).arity() != 3) {
            return null;
        }
        Term.Tuple tuple = (Term.Tuple) term;
        if (!(tuple.get(0) instanceof Term.Atom) || !(tuple.get(1) instanceof Term.Atom)) {
            return null;
        }
        int arity;
        Term third = tuple.get(2);
        if (third instanceof Term.Int) {
            arity = (int) ((Term.Int) third).value();
        } else if (third instanceof Term.Nil) {
            arity = 0;
        } else if (third instanceof Term.ListTerm) {
            arity = ((Term.ListTerm) third).elements().size();
        } else {
            return null;
        }
        return new Mfa(((Term.Atom) tuple.get(0)).name(), ((Term.Atom) tuple.get(1)).name(), arity);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%s/%d", module, function, arity);
    }
}
