/**
 * The BEAM trace-port loader: files written by {@code dbg:trace_port(file, …)} and by
 * {@code fprof:trace/1}, which uses the same port driver.
 *
 * <h2>File format</h2>
 * A sequence of records, read one at a time ({@link dev.flightpath.loaders.beam.TraceFileReader}):
 * op byte 0, a 4-byte big-endian size and one term in the external term format (version byte 131,
 * possibly compressed: tag 80, 4-byte inflated size, zlib data); or op byte 1 and a 4-byte
 * big-endian count of trace messages the port dropped, summed into
 * {@link dev.flightpath.model.Recording#droppedEvents()}. Any other op byte, a record running past
 * the end of the file, or a term that does not decode exactly to its record's end is an
 * {@link dev.flightpath.model.InputDataException} {@code corrupt BEAM trace '<file>': record N at
 * byte X: …}, where X is the file offset of the problem. The decoder refuses terms nested deeper
 * than {@link dev.flightpath.loaders.beam.TermDecoder#MAX_DEPTH} levels, records over 256 MiB and
 * compressed terms that inflate to over 64 MiB, and checks every length against the bytes left
 * before allocating.
 *
 * <h2>Trace messages</h2>
 * {@code {trace, Pid, Tag, …}} and {@code {trace_ts, Pid, Tag, …, Timestamp}}; every tag is
 * counted in {@link dev.flightpath.model.Recording#eventCounts()} under its own name
 * ({@code send}, {@code receive}, {@code in}, {@code call}, {@code gc_minor_start}, …).
 * {@code seq_trace} messages are counted as {@code seq_trace}; other terms are skipped with an
 * {@code unknown-term} warning. Port tracing ({@code {trace, Port, …}}) is counted but ports are
 * not processes.
 *
 * <p><b>Timestamps</b> ({@link dev.flightpath.loaders.beam.TraceClock}): {@code {Mega, Sec, Micro}}
 * (flag {@code timestamp}) becomes epoch nanoseconds; an integer ({@code monotonic_timestamp}) or
 * {@code {Monotonic, Unique}} ({@code strict_monotonic_timestamp}) is taken as nanoseconds of Erlang
 * monotonic time, as the trace documentation specifies, and is normally negative. The file does
 * not record the node's time unit; should a node use another native unit, it is
 * {@code erlang:convert_time_unit(1, second, native)} on that node. Recording start is the
 * smallest timestamp, duration the largest minus the smallest (trace messages from different
 * schedulers may arrive slightly out of order). Without timestamps all times are
 * {@link dev.flightpath.model.Message#NEVER} and there are no scheduling intervals.
 *
 * <p><b>Producer</b>: {@code fprof} when any {@code in}, {@code out}, {@code call} (or its
 * {@code {cp, Caller}}) or {@code return_to} names a function of the {@code fprof} module, which
 * is where fprof runs the profiled code from ({@code fprof:apply_start_stop/4},
 * {@code fprof:just_call/2}); else {@code dbg trace port}.
 *
 * <p><b>Processes</b>: one per pid met anywhere (tracee, destination, spawn, link), as
 * {@code <0.Id.Serial>} for the traced node (the node of the first traced pid) and
 * {@code <N.Id.Serial>} with N = 1, 2, … by first appearance for other nodes. The name is the first
 * registered name: from a {@code register} event, or learned when a message sent to a name is
 * received by a process; else the pid text. The initial call comes from {@code spawn} or
 * {@code spawned}; for {@code proc_lib:init_p/5} (OTP behaviours, Elixir tasks) it is the function
 * that proc_lib starts, as {@code proc_lib:initial_call/1} reports it. A process registered before
 * tracing began, and never sent to by name, keeps its pid as name: the file does not hold it.
 *
 * <h2>Messages</h2>
 * One message per {@code send} (and per {@code send_to_non_existing_process}, never received).
 * <ul>
 *   <li><b>Send → enqueue.</b> A {@code receive} event is when the message entered the receiver's
 *       mailbox, not when it was taken. It is matched to the oldest unmatched send of an equal
 *       term (Erlang equality of the decoded terms) to that receiver, first in, first out. Sends
 *       whose destination is not yet a known process (a registered name not seen registered, an
 *       alias reference such as a {@code gen_server} reply, {@code {Name, Node}}) wait in a queue
 *       keyed by the term alone and are matched by whichever process receives that term; the
 *       oldest of the two candidates wins. Receives that match no send ({@code 'DOWN'}, exit
 *       signals, messages from untraced processes) are counted in a
 *       {@code receive-without-send} warning.</li>
 *   <li><b>Enqueue → dequeue.</b> Only a call-trace event of a callback that takes one message
 *       says when a message was taken: {@code handle_call/3} takes the oldest waiting
 *       {@code {'$gen_call', From, Request}}, {@code handle_cast/2} the oldest
 *       {@code {'$gen_cast', Request}}, {@code handle_info/2} the oldest other message and
 *       {@code handle_event/4} ({@code gen_statem}'s handle_event_function) the oldest of any of
 *       these. With the {@code arity} flag the events carry no arguments, so the match is by kind
 *       and order; without it the arguments rebuild the message
 *       ({@code handle_call(Request, From, _)} was run for {@code {'$gen_call', From, Request}})
 *       and the oldest equal waiting message is taken, falling back to kind and order. Replies ({@code {Ref, Reply}}, {@code {[alias | Ref], Reply}}) and
 *       {@code {system, From, Request}} are never taken by callbacks. This is exact for a
 *       {@code gen_server}, which takes its messages in order, and an approximation otherwise: a
 *       selective receive inside a callback (a nested call waiting for its reply, a
 *       {@code receive} that skips messages) takes messages out of order without a callback event;
 *       {@code gen_statem} state functions ({@code StateName/3}), postponed events and plain
 *       {@code receive} loops have no dequeue point this loader knows, so their messages keep
 *       {@link dev.flightpath.model.Message#NEVER} as dequeue time, as does every message that was
 *       never received. A mailbox keeps at most 10,000 messages of a kind for which no callback
 *       has been seen yet (dropping the oldest), so that processes without dequeue points do not
 *       hold every message they received; a server whose first traced callback comes after more
 *       than 10,000 waiting messages of its kind gets its oldest ones unmatched.</li>
 *   <li><b>Type and mailbox.</b> {@code messageType} is the first atom of a tuple message; for
 *       {@code $gen_call}/{@code $gen_cast} the request's own first atom (or the request when it
 *       is an atom); an atom message's name; else empty. The mailbox is the receiver's registered
 *       name, else its pid; for a message no process received, the destination as sent.</li>
 * </ul>
 *
 * <h2>Scheduling intervals</h2>
 * An interval runs from {@code in} (or {@code in_exiting}) to the next {@code out}
 * ({@code out_exiting}, {@code out_exited}) of the same process; one still open at the end closes
 * at the process's last event. The scheduler is not in the trace ({@code -1}). When it became
 * runnable is decided from the {@code out} before the {@code in}:
 * <ol>
 *   <li>If at that {@code out} the process had received messages of a kind that one of its
 *       traced dequeue points takes, and they were not yet taken (a server with requests queued),
 *       it was still runnable: <b>runnableSince = out</b> (preempted). Messages of kinds without a
 *       traced dequeue point (say {@code handle_info/2} when only {@code handle_call/3} is traced)
 *       do not count: nothing says whether they are still there.</li>
 *   <li>Else, if it received a message while scheduled out, it was woken by it:
 *       <b>runnableSince = that receive</b>. (Some runtimes trace {@code receive} on delivery.)</li>
 *   <li>Else, if among the {@code receive}s of the interval there are messages sent before the
 *       {@code in}, it was woken by the first of them: <b>runnableSince = max(send, out)</b> of the
 *       earliest. OTP 25 traces {@code receive} only when the receiver, scheduled in, moves the
 *       message into its queue, so the send is the best time for the arrival. The function of the
 *       {@code out} is then a <i>receive point</i>.</li>
 *   <li>Else, if such a receive matched no send, the wake-up time is unknown:
 *       <b>runnableSince = NEVER</b>.</li>
 *   <li>Else it resumed without a message. If the {@code out} was at a receive point (a function
 *       that the same trace shows waking on messages), it was a timeout or an untraced wake-up:
 *       <b>NEVER</b>. If the process's receives are not traced at all, a wake-up could not be
 *       seen: <b>NEVER</b>. Otherwise it was preempted (scheduled out while runnable, in the
 *       middle of work): <b>runnableSince = out</b>.</li>
 * </ol>
 * The first interval of a process runs from its {@code spawn}/{@code spawned} time when that is in
 * the trace, else its runnableSince is NEVER.
 *
 * <h2>seq_trace</h2>
 * Events {@code {seq_trace, Label, Info[, Timestamp]}} that the system tracer (the same trace port)
 * received are read by {@link dev.flightpath.loaders.beam.SeqTraceMapper}:
 * <ul>
 *   <li>Each label is a trace (its trace id is the label's text). A label {@code {Id, Weight}} with
 *       a number Weight ≥ 1 says the request was labelled with probability 1/Weight: its messages
 *       and spans weigh Weight.</li>
 *   <li>Each {@code send} (serial {@code {Previous, Current}}) is a message: sent and enqueued at
 *       the send (on one node a message is in the mailbox once sent), dequeued at the
 *       {@code 'receive'} with the same label and Current serial (the VM reports it when the
 *       receiver takes the message). The sends one process makes with the same Previous serial
 *       (after the same receive) share a broadcast id.</li>
 *   <li>Each turn of a process is a span: from a receive to the last send it made after that
 *       receive (its own time when it sent nothing), named by the message's type, child of the turn
 *       that sent the message. The first sender's turn is the trace's root and lasts until the
 *       label's last event. A message is handled by the turn its receive began.</li>
 *   <li>{@code print} events are counted only. The seq_trace messages are the recording's
 *       messages when the trace has no ordinary {@code send} events.</li>
 * </ul>
 */
package dev.flightpath.loaders.beam;
