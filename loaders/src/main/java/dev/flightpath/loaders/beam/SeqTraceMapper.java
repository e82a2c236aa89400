package dev.flightpath.loaders.beam;

import dev.flightpath.model.Message;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns seq_trace events ({@code {seq_trace, Label, Info}} or {@code {seq_trace, Label, Info,
 * Timestamp}}, Info one of {@code {send, Serial, From, To, Msg}}, {@code {'receive', Serial, From,
 * To, Msg}}, {@code {print, Serial, From, _, Info}}) into messages and spans; the rules are in the
 * package documentation. Serials are {@code {Previous, Current}}: a send carries the serial of the
 * message its sender last received as Previous, and the receive of a message repeats its send's
 * serial.
 */
final class SeqTraceMapper {
    private final ProcessRegistry processes;
    private final List<Row> rows = new ArrayList<>();
    /** Per (label, current serial): the row of the send, to match its receive. */
    private final Map<List<Object>, Integer> sends = new HashMap<>();
    /** Per (label, sender, previous serial): the broadcast id of the sends made in that turn. */
    private final Map<List<Object>, Long> broadcasts = new HashMap<>();
    /** Per (label, process, serial received): the turn (span) it began. */
    private final Map<List<Object>, Turn> turns = new HashMap<>();
    private final List<Turn> turnOrder = new ArrayList<>();
    /** Per label, the time of its last event. */
    private final Map<Term, Long> lastEventNanos = new HashMap<>();
    private long unmatchedReceives;
    private long sendEvents;

    SeqTraceMapper(ProcessRegistry processes) {
        this.processes = processes;
    }

    /** One event; {@code time} is {@link Message#NEVER} without a timestamp. Returns false when malformed. */
    boolean apply(Term label, Term info, long time) {
        if (!(info instanceof Term.Tuple) || ((Term.Tuple) info).arity() != 5
                || !(((Term.Tuple) info).get(0) instanceof Term.Atom)) {
            return false;
        }
        Term.Tuple event = (Term.Tuple) info;
        String tag = ((Term.Atom) event.get(0)).name();
        long[] serial = serial(event.get(1));
        if (serial == null) {
            return false;
        }
        lastEventNanos.merge(label, time, Math::max);
        if (tag.equals("send")) {
            return event.get(2) instanceof Term.Pid && send(label, serial, (Term.Pid) event.get(2), event.get(3),
                    event.get(4), time);
        }
        if (tag.equals("receive")) {
            return event.get(3) instanceof Term.Pid && receive(label, serial, (Term.Pid) event.get(3), event.get(4),
                    time);
        }
        return tag.equals("print");
    }

    private boolean send(Term label, long[] serial, Term.Pid from, Term to, Term message, long time) {
        sendEvents++;
        int sender = processes.idOf(from);
        int receiver = to instanceof Term.Pid ? processes.idOf((Term.Pid) to)
                : to instanceof Term.Atom ? processes.byName(((Term.Atom) to).name()) : Message.UNKNOWN_PROCESS;
        long broadcast = broadcasts.computeIfAbsent(List.of(label, sender, serial[0]), key -> broadcasts.size() + 1L);
        Turn turn = turns.computeIfAbsent(List.of(label, sender, serial[0]), key -> newTurn(label, sender, serial[0],
                time, MessageKind.typeOf(message), null));
        turn.lastSendNanos = Math.max(turn.lastSendNanos, time);
        sends.put(List.of(label, serial[1]), rows.size());
        rows.add(new Row(sender, receiver, to, MessageKind.typeOf(message), time, broadcast, weight(label), turn));
        return true;
    }

    private boolean receive(Term label, long[] serial, Term.Pid to, Term message, long time) {
        Integer row = sends.remove(List.of(label, serial[1]));
        int receiver = processes.idOf(to);
        if (row == null) {
            unmatchedReceives++;
            return true;
        }
        Row sent = rows.get(row);
        if (sent.receiver < 0 && sent.destinationName != null) {
            processes.register(receiver, sent.destinationName); // sent to a registered name
        }
        sent.receiver = receiver;
        sent.dequeueNanos = time;
        sent.handler = newTurn(label, receiver, serial[1], time, MessageKind.typeOf(message), sent.sentIn);
        turns.put(List.of(label, receiver, serial[1]), sent.handler);
        return true;
    }

    private Turn newTurn(Term label, int process, long serial, long time, String name, Turn parent) {
        Turn turn = new Turn(label, process, serial, time, name.isEmpty() ? "message" : name, parent);
        turnOrder.add(turn);
        return turn;
    }

    boolean seen() {
        return sendEvents > 0;
    }

    long unmatchedReceives() {
        return unmatchedReceives;
    }

    /**
     * The spans: each turn of a process in a trace (label), from its receive to its last send; the
     * first sender's turn, the trace's root, lasts until the trace's last event (the request).
     */
    List<Span> spans() {
        List<Span> spans = new ArrayList<>(turnOrder.size());
        for (int i = 0; i < turnOrder.size(); i++) {
            Turn turn = turnOrder.get(i);
            turn.index = i;
            long end = Math.max(turn.startNanos, turn.parent == null ? lastEventNanos.get(turn.label)
                    : turn.lastSendNanos);
            spans.add(new Span(traceId(turn.label), turn.spanId(), turn.parent == null ? "" : turn.parent.spanId(),
                    List.of(), turn.name, turn.process, turn.startNanos, end,
                    turn.parent == null ? SpanKind.INTERNAL : SpanKind.CONSUMER, SpanStatus.UNSET, Map.of(),
                    weight(turn.label)));
        }
        return spans;
    }

    /**
     * The messages, in send order, with broadcast ids; with {@code linkSpans} (after
     * {@link #spans()}) each names the span that handled it.
     */
    MessageTable messages(boolean linkSpans) {
        MessageTable.Builder table = new MessageTable.Builder(rows.size());
        for (Row row : rows) {
            String mailbox = row.receiver >= 0 ? processes.displayName(row.receiver) : row.destination;
            // A turn that sent nothing has no traced end: its handling time is unknown.
            long handledEnd = row.handler == null || row.handler.lastSendNanos == Long.MIN_VALUE ? Message.NEVER
                    : row.handler.lastSendNanos;
            table.add(new Message(row.sender, row.receiver, mailbox, row.type, row.sendNanos, row.sendNanos,
                    row.dequeueNanos, row.handler == null || !linkSpans ? -1 : row.handler.index, row.weight), row.broadcast,
                    handledEnd);
        }
        return table.build();
    }

    /**
     * A label {@code {Id, Weight}} with a number Weight ≥ 1 says the request was labelled with
     * probability 1/Weight; any other label weighs 1.
     */
    static double weight(Term label) {
        if (label instanceof Term.Tuple && ((Term.Tuple) label).arity() == 2) {
            Term weight = ((Term.Tuple) label).get(1);
            double value = weight instanceof Term.Int ? ((Term.Int) weight).value()
                    : weight instanceof Term.FloatTerm ? ((Term.FloatTerm) weight).value() : 1.0;
            return value >= 1.0 && !Double.isInfinite(value) ? value : 1.0;
        }
        return 1.0;
    }

    static String traceId(Term label) {
        return label.toString();
    }

    private static long[] serial(Term term) {
        if (term instanceof Term.Tuple && ((Term.Tuple) term).arity() == 2
                && ((Term.Tuple) term).get(0) instanceof Term.Int && ((Term.Tuple) term).get(1) instanceof Term.Int) {
            return new long[] {((Term.Int) ((Term.Tuple) term).get(0)).value(),
                ((Term.Int) ((Term.Tuple) term).get(1)).value()};
        }
        return null;
    }

    /** One process's work in one trace after one receive (or, for the first sender, before any). */
    private static final class Turn {
        final Term label;
        final int process;
        final long serial;
        final long startNanos;
        final String name;
        final Turn parent;
        long lastSendNanos = Long.MIN_VALUE;
        int index = -1;

        Turn(Term label, int process, long serial, long startNanos, String name, Turn parent) {
            this.label = label;
            this.process = process;
            this.serial = serial;
            this.startNanos = startNanos;
            this.name = name;
            this.parent = parent;
        }

        String spanId() {
            return process + ":" + serial;
        }
    }

    private static final class Row {
        final int sender;
        int receiver;
        final String destination;
        /** The registered name sent to, or null. */
        final String destinationName;
        final String type;
        final long sendNanos;
        long dequeueNanos = Message.NEVER;
        final long broadcast;
        final double weight;
        final Turn sentIn;
        Turn handler;

        Row(int sender, int receiver, Term destination, String type, long sendNanos, long broadcast, double weight,
                Turn sentIn) {
            this.sender = sender;
            this.receiver = receiver;
            this.destination = destination.toString();
            this.destinationName = destination instanceof Term.Atom ? ((Term.Atom) destination).name() : null;
            this.type = type;
            this.sendNanos = sendNanos;
            this.broadcast = broadcast;
            this.weight = weight;
            this.sentIn = sentIn;
        }
    }
}
