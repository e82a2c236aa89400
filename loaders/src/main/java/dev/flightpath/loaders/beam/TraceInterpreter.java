package dev.flightpath.loaders.beam;

import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies trace messages, one at a time, to the processes, messages and scheduling being built.
 * Trace messages are {@code {trace, Tracee, Tag, Args...}} or
 * {@code {trace_ts, Tracee, Tag, Args..., Timestamp}}.
 */
final class TraceInterpreter {
    private final ProcessRegistry processes = new ProcessRegistry();
    private final MessageMatcher messages = new MessageMatcher(processes);
    private final SchedulingTracker scheduling = new SchedulingTracker();
    private final SeqTraceMapper seqTrace = new SeqTraceMapper(processes);
    private final Map<String, Long> eventCounts = new TreeMap<>();
    private final Map<String, long[]> warnings = new TreeMap<>();
    private final Map<String, String> warningTexts = new TreeMap<>();
    private long droppedEvents;
    private long firstTime = Long.MAX_VALUE;
    private long lastTime = Long.MIN_VALUE;
    private boolean epochClock;
    private boolean monotonicClock;
    private boolean fprof;

    void dropped(long count) {
        droppedEvents += count;
    }

    void apply(Term term) {
        if (!(term instanceof Term.Tuple) || ((Term.Tuple) term).arity() < 3
                || !(((Term.Tuple) term).get(0) instanceof Term.Atom)) {
            warn("unknown-term", "records that are not trace messages were skipped");
            return;
        }
        Term.Tuple tuple = (Term.Tuple) term;
        String kind = ((Term.Atom) tuple.get(0)).name();
        if (kind.equals("seq_trace")) {
            count("seq_trace");
            applySeqTrace(tuple);
            return;
        }
        boolean timestamped = kind.equals("trace_ts");
        if ((!timestamped && !kind.equals("trace")) || !(tuple.get(2) instanceof Term.Atom)
                || (timestamped && tuple.arity() < 4)) {
            warn("unknown-term", "records that are not trace messages were skipped");
            return;
        }
        String tag = ((Term.Atom) tuple.get(2)).name();
        count(tag);
        long time = Message.NEVER;
        int argsEnd = tuple.arity();
        if (timestamped) {
            argsEnd--;
            time = time(tuple.get(argsEnd));
        } else {
            warn("no-timestamp", "trace messages without a timestamp (trace flag timestamp not set): no times");
        }
        List<Term> args = tuple.elements().subList(3, argsEnd);
        Term tracee = tuple.get(1);
        if (!(tracee instanceof Term.Pid)) {
            return; // port tracing: counted, but ports are not processes
        }
        int process = processes.idOf((Term.Pid) tracee);
        apply(process, tag, args, time);
        if (time != Message.NEVER) {
            scheduling.seen(process, time);
        }
    }

    /** {@code {seq_trace, Label, Info}} or {@code {seq_trace, Label, Info, Timestamp}}. */
    private void applySeqTrace(Term.Tuple tuple) {
        long time = tuple.arity() == 4 ? time(tuple.get(3)) : Message.NEVER;
        if (tuple.arity() > 4 || !seqTrace.apply(tuple.get(1), tuple.get(2), time)) {
            warn("bad-seq-trace", "seq_trace events that are not send, receive or print events were skipped");
        }
    }

    private void apply(int process, String tag, List<Term> args, long time) {
        Term first = args.isEmpty() ? null : args.get(0);
        Term second = args.size() < 2 ? null : args.get(1);
        switch (tag) {
            case "send":
            case "send_to_non_existing_process":
                if (second != null) {
                    messages.send(process, first, second, time, tag.equals("send"));
                }
                break;
            case "receive":
                if (first != null) {
                    long sendTime = messages.receive(process, first, time);
                    if (time != Message.NEVER) {
                        scheduling.received(process, sendTime, time);
                    }
                }
                break;
            case "in":
            case "in_exiting":
                noteFprof(first);
                if (time != Message.NEVER) {
                    scheduling.scheduledIn(process, time);
                }
                break;
            case "out":
            case "out_exiting":
            case "out_exited":
                noteFprof(first);
                if (time != Message.NEVER) {
                    scheduling.scheduledOut(process, first == null ? null : Mfa.of(first), time,
                            messages.hasWaitingMessages(process));
                }
                break;
            case "spawn":
                if (first instanceof Term.Pid) {
                    int child = processes.idOf((Term.Pid) first);
                    initialCall(child, second);
                    if (time != Message.NEVER) {
                        scheduling.spawned(child, time);
                    }
                }
                break;
            case "spawned":
                if (first instanceof Term.Pid) {
                    processes.idOf((Term.Pid) first);
                }
                initialCall(process, second);
                if (time != Message.NEVER) {
                    scheduling.spawned(process, time);
                }
                break;
            case "register":
                if (first instanceof Term.Atom) {
                    processes.register(process, ((Term.Atom) first).name());
                }
                break;
            case "unregister":
                if (first instanceof Term.Atom) {
                    processes.unregister(((Term.Atom) first).name());
                }
                break;
            case "link":
            case "unlink":
            case "getting_linked":
            case "getting_unlinked":
                if (first instanceof Term.Pid) {
                    processes.idOf((Term.Pid) first);
                }
                break;
            case "call": {
                Mfa mfa = first == null ? null : Mfa.of(first);
                if (mfa != null) {
                    noteFprof(mfa);
                    if (second != null && isCaller(second)) {
                        noteFprof(((Term.Tuple) second).get(1));
                    }
                    messages.call(process, mfa, ((Term.Tuple) first).get(2), time);
                }
                break;
            }
            case "return_to":
                noteFprof(first);
                break;
            default:
                break; // exit, return_from, gc_*, ...: counted only
        }
    }

    private long time(Term timestamp) {
        long nanos = TraceClock.nanos(timestamp);
        if (nanos == TraceClock.INVALID) {
            warn("bad-timestamp", "trace messages with a timestamp that is not {Mega,Sec,Micro}, an integer or {Mono,Unique}");
            return Message.NEVER;
        }
        if (TraceClock.kind(timestamp) == TraceClock.Kind.EPOCH) {
            epochClock = true;
        } else {
            monotonicClock = true;
        }
        firstTime = Math.min(firstTime, nanos);
        lastTime = Math.max(lastTime, nanos);
        return nanos;
    }

    private void initialCall(int process, Term mfaTerm) {
        Mfa mfa = mfaTerm == null ? null : Mfa.of(mfaTerm);
        if (mfa != null) {
            Mfa started = procLibStart(mfa, (Term.Tuple) mfaTerm);
            processes.setInitialCall(process, (started != null ? started : mfa).toString());
        }
    }

    /**
     * Processes started by {@code proc_lib} (every OTP behaviour, Elixir tasks) all begin in
     * {@code proc_lib:init_p/5}; like {@code proc_lib:initial_call/1}, name them by the function
     * it runs: {@code init_p(Parent, Ancestors, M, F, Args)}.
     */
    private static Mfa procLibStart(Mfa mfa, Term.Tuple mfaTerm) {
        if (!mfa.module().equals("proc_lib") || !mfa.function().equals("init_p") || mfa.arity() != 5
                || !(mfaTerm.get(2) instanceof Term.ListTerm)) {
            return null;
        }
        List<Term> args = ((Term.ListTerm) mfaTerm.get(2)).elements();
        return Mfa.of(new Term.Tuple(args.subList(2, 5)));
    }

    private static boolean isCaller(Term term) {
        return term instanceof Term.Tuple && ((Term.Tuple) term).arity() == 2
                && ((Term.Tuple) term).get(0) instanceof Term.Atom
                && ((Term.Atom) ((Term.Tuple) term).get(0)).name().equals("cp");
    }

    /** fprof:trace runs the profiled code under fprof's own functions, which show up in the trace. */
    private void noteFprof(Term mfaTerm) {
        if (mfaTerm != null) {
            noteFprof(Mfa.of(mfaTerm));
        }
    }

    private void noteFprof(Mfa mfa) {
        if (mfa != null && mfa.module().equals("fprof")) {
            fprof = true;
        }
    }

    private void count(String tag) {
        eventCounts.merge(tag, 1L, Long::sum);
    }

    private void warn(String code, String text) {
        warnings.computeIfAbsent(code, c -> new long[1])[0]++;
        warningTexts.putIfAbsent(code, text);
    }

    ProcessRegistry processes() {
        return processes;
    }

    MessageMatcher messages() {
        return messages;
    }

    SeqTraceMapper seqTrace() {
        return seqTrace;
    }

    SchedulingTracker scheduling() {
        return scheduling;
    }

    Map<String, Long> eventCounts() {
        return eventCounts;
    }

    long droppedEvents() {
        return droppedEvents;
    }

    boolean hasTimes() {
        return firstTime <= lastTime;
    }

    long firstTime() {
        return hasTimes() ? firstTime : 0;
    }

    long lastTime() {
        return hasTimes() ? lastTime : 0;
    }

    boolean fprof() {
        return fprof;
    }

    /** Only erlang:now/0 timestamps count from the epoch; monotonic ones (or a mix) do not. */
    boolean epochTimes() {
        return epochClock && !monotonicClock;
    }

    List<LoadWarning> warnings() {
        List<LoadWarning> list = new ArrayList<>();
        if (epochClock && monotonicClock) {
            list.add(new LoadWarning("mixed-clocks",
                    "the trace mixes erlang:now/0 and monotonic timestamps; their times cannot be compared", 1));
        }
        long unmatched = messages.unmatchedReceives();
        if (unmatched > 0) {
            list.add(new LoadWarning("receive-without-send", String.format(Locale.ROOT,
                    "%d receive events match no traced send (signals such as 'DOWN', messages from untraced "
                            + "processes, ports or the runtime)", unmatched), unmatched));
        }
        if (seqTrace.unmatchedReceives() > 0) {
            list.add(new LoadWarning("seq-trace-receive-without-send", seqTrace.unmatchedReceives()
                    + " seq_trace receive events match no traced send", seqTrace.unmatchedReceives()));
        }
        for (Map.Entry<String, long[]> entry : warnings.entrySet()) {
            list.add(new LoadWarning(entry.getKey(), warningTexts.get(entry.getKey()), entry.getValue()[0]));
        }
        return list;
    }
}
