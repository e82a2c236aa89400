package dev.flightpath.loaders.beam;

import java.util.List;

/**
 * What an OTP behaviour does with a message, by its shape: which callback takes it from the
 * mailbox, or that none does.
 */
enum MessageKind {
    /** {@code {'$gen_call', From, Request}}: taken by {@code handle_call/3}. */
    CALL,
    /** {@code {'$gen_cast', Request}}: taken by {@code handle_cast/2}. */
    CAST,
    /** Anything else a behaviour hands to {@code handle_info/2}. */
    INFO,
    /**
     * {@code {Ref, Reply}} or {@code {[alias | Ref], Reply}}: a call's reply, taken by a selective
     * receive ({@code gen:do_call/4}, {@code Task.await/2}), never by a callback.
     */
    REPLY,
    /** {@code {system, From, Request}}: taken by {@code sys}, never by a callback. */
    SYSTEM,
    /** Used only as what a callback takes: the oldest message of CALL, CAST or INFO. */
    ANY;

    boolean takenByCallbacks() {
        return this == CALL || this == CAST || this == INFO;
    }

    static MessageKind of(Term message) {
        if (!(message instanceof Term.Tuple)) {
            return INFO;
        }
        Term.Tuple tuple = (Term.Tuple) message;
        if (tuple.arity() == 0) {
            return INFO;
        }
        Term first = tuple.get(0);
        if (first instanceof Term.Atom) {
            String tag = ((Term.Atom) first).name();
            if (tag.equals("$gen_call") && tuple.arity() == 3) {
                return CALL;
            }
            if (tag.equals("$gen_cast") && tuple.arity() == 2) {
                return CAST;
            }
            if (tag.equals("system") && tuple.arity() == 3) {
                return SYSTEM;
            }
            return INFO;
        }
        if (tuple.arity() == 2 && (first instanceof Term.Ref || isAlias(first))) {
            return REPLY;
        }
        return INFO;
    }

    /** The kind of message the callback {@code mfa} takes, or null when it takes none. */
    static MessageKind takenBy(Mfa mfa) {
        switch (mfa.function()) {
            case "handle_call":
                return mfa.arity() == 3 ? CALL : null;
            case "handle_cast":
                return mfa.arity() == 2 ? CAST : null;
            case "handle_info":
                return mfa.arity() == 2 ? INFO : null;
            case "handle_event":
                // gen_statem with callback mode handle_event_function: every event goes here.
                return mfa.arity() == 4 ? ANY : null;
            default:
                return null;
        }
    }

    /**
     * The message's type for {@link dev.flightpath.model.Message#messageType()}: the first atom of
     * a tuple; for {@code $gen_call}/{@code $gen_cast} the request's own tag (or the request when
     * it is an atom); an atom message's name; else empty.
     */
    static String typeOf(Term message) {
        if (message instanceof Term.Atom) {
            return ((Term.Atom) message).name();
        }
        if (!(message instanceof Term.Tuple) || ((Term.Tuple) message).arity() == 0) {
            return "";
        }
        Term.Tuple tuple = (Term.Tuple) message;
        if (!(tuple.get(0) instanceof Term.Atom)) {
            return "";
        }
        String tag = ((Term.Atom) tuple.get(0)).name();
        Term request = null;
        if (tag.equals("$gen_call") && tuple.arity() == 3) {
            request = tuple.get(2);
        } else if (tag.equals("$gen_cast") && tuple.arity() == 2) {
            request = tuple.get(1);
        }
        if (request == null) {
            return tag;
        }
        String inner = typeOf(request);
        return inner.isEmpty() ? tag : inner;
    }

    /**
     * The message a callback call was made for, rebuilt from the call's arguments when the event
     * has them ({@code {M, F, Args}} without the {@code arity} flag), else null:
     * {@code handle_call(Request, From, State)} was made for {@code {'$gen_call', From, Request}},
     * {@code handle_cast(Request, State)} for {@code {'$gen_cast', Request}},
     * {@code handle_info(Message, State)} for {@code Message}.
     */
    static Term messageFromArguments(Mfa mfa, Term arguments) {
        if (!(arguments instanceof Term.ListTerm)) {
            return null;
        }
        List<Term> args = ((Term.ListTerm) arguments).elements();
        MessageKind kind = takenBy(mfa);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case CALL:
                return new Term.Tuple(List.of(new Term.Atom("$gen_call"), args.get(1), args.get(0)));
            case CAST:
                return new Term.Tuple(List.of(new Term.Atom("$gen_cast"), args.get(0)));
            case INFO:
                return args.get(0);
            default:
                return null;
        }
    }

    private static boolean isAlias(Term term) {
        if (!(term instanceof Term.ListTerm)) {
            return false;
        }
        Term.ListTerm list = (Term.ListTerm) term;
        return list.elements().size() == 1 && list.elements().get(0) instanceof Term.Atom
                && ((Term.Atom) list.elements().get(0)).name().equals("alias") && list.tail() instanceof Term.Ref;
    }
}
