# Records sample-recordings/guild-fanout-beam.trace: a guild GenServer that fans each post out to
# N session processes, under bursts of posts that make the guild's mailbox back up, traced with
# :dbg's file trace port. Run with the Elixir of Debian's `elixir` package:
#
#   elixir scripts/record-beam.exs [out_dir] [posts] [sessions] [seed]
#   elixir scripts/record-beam.exs --broadcast [out_dir] [seed]
#   elixir scripts/record-beam.exs --seq-trace [out_dir] [seed]
#
# --broadcast and --seq-trace record the broadcast workload instead (see BroadcastWorkload below):
# three guilds of 10, 100 and 1,000 members that share one slow member, traced with ordinary trace
# flags (broadcast-beam.trace) or with seq_trace only (broadcast-beam-seqtrace.trace), where the
# poster labels a share of the posts that falls with the guild's size, as a team samples requests.
# Each writes its true figures beside it (broadcast-beam[-seqtrace].counts).
#
# Besides the trace it writes, next to it:
#   guild-fanout-beam.queue.csv   the guild's mailbox length, sampled with Process.info/2 about
#                                 every 200 µs by an untraced process (monotonic native time, length)
#   guild-fanout-beam.counts      what the workload did: posts, deliveries, messages sent by traced
#                                 processes, the native time unit
#
# Trace flags (on the workload's processes only, via :dbg.p(:new, ...)): send, receive, running,
# procs, call with arity, strict monotonic timestamps; call-trace patterns on the receive points
# Guild.handle_cast/2 and Session.handle_info/2, so every dequeue shows as a call.

defmodule Guild do
  use GenServer

  def init(sessions), do: {:ok, sessions}

  def handle_cast({:post, number, payload}, sessions) do
    # Permission checks and member lookup: slower than the bursts arrive.
    checksum = Enum.reduce(1..12_000, :erlang.phash2(payload), fn i, acc -> :erlang.phash2({acc, i}) end)
    for session <- sessions, do: send(session, {:deliver, number, checksum})
    # Progress goes to an ETS counter, not a message, so the trace holds only the workload's sends.
    :ets.update_counter(:progress, :handled, 1)
    {:noreply, sessions}
  end
end

defmodule Session do
  use GenServer

  def init(id), do: {:ok, id}

  def handle_info({:deliver, number, checksum}, id) do
    _rendered = Enum.reduce(1..800, checksum + number, fn i, acc -> :erlang.phash2({acc, i}) end)
    :ets.update_counter(:progress, :delivered, 1)
    {:noreply, id}
  end
end

defmodule QueueSampler do
  # Samples the guild's mailbox length until told to stop; not traced (spawned before tracing).
  def start(), do: spawn(fn -> wait_for_target() end)

  defp wait_for_target() do
    receive do
      {:sample, pid, owner} -> loop(pid, owner, [])
    end
  end

  defp loop(pid, owner, acc) do
    receive do
      :stop -> send(owner, {:samples, Enum.reverse(acc)})
    after
      0 ->
        acc =
          case Process.info(pid, :message_queue_len) do
            {:message_queue_len, len} -> [{:erlang.monotonic_time(), len} | acc]
            nil -> acc
          end

        busy_wait(:erlang.monotonic_time(:microsecond) + 200)
        loop(pid, owner, acc)
    end
  end

  defp busy_wait(until) do
    if :erlang.monotonic_time(:microsecond) < until, do: busy_wait(until), else: :ok
  end
end

{flags, positional} = Enum.split_with(System.argv(), &String.starts_with?(&1, "--"))

if flags != [] do
  Code.require_file("record-beam-broadcast.exs", __DIR__)
  BroadcastWorkload.record("--seq-trace" in flags, positional)
  System.halt(0)
end

[out_dir, posts, sessions, seed] =
  case positional do
    [] -> ["sample-recordings", "150", "6", "42"]
    args -> args ++ Enum.drop(["sample-recordings", "150", "6", "42"], length(args))
  end

posts = String.to_integer(posts)
session_count = String.to_integer(sessions)
:rand.seed(:exsss, {String.to_integer(seed), 7, 11})
File.mkdir_p!(out_dir)
trace_file = Path.join(out_dir, "guild-fanout-beam.trace") |> String.to_charlist()

# Load the modules the workload uses first, so no code-server calls appear among its sends.
Enum.reduce_while(Stream.repeatedly(fn -> 1 end), 0, fn _, acc -> {:halt, acc} end)
Enum.reduce(1..2, 0, fn i, acc -> :erlang.phash2({acc, i}) end)
Enum.sum(for i <- 1..2, do: i)
{:ok, warm} = GenServer.start(Session, 0)
GenServer.stop(warm)

sampler = QueueSampler.start()
:ets.new(:progress, [:named_table, :public])
:ets.insert(:progress, [{:handled, 0}, {:delivered, 0}])

{:ok, _} = :dbg.tracer(:port, :dbg.trace_port(:file, trace_file))
{:ok, _} = :dbg.p(:new, [:send, :receive, :running, :procs, :call, :arity, :strict_monotonic_timestamp])
{:ok, _} = :dbg.tpl(Guild, :handle_cast, 2, [])
{:ok, _} = :dbg.tpl(Session, :handle_info, 2, [])

parent = self()

workload =
  spawn(fn ->
    session_pids =
      for id <- 1..session_count do
        {:ok, pid} = GenServer.start(Session, id)
        pid
      end

    {:ok, guild} = GenServer.start(Guild, session_pids, name: :guild)
    send(parent, {:guild, guild})

    receive do
      :go -> :ok
    end

    # Bursts of posts with pauses between them: the guild falls behind in every burst.
    Enum.reduce_while(Stream.repeatedly(fn -> 1 + :rand.uniform(25) end), 0, fn burst, sent ->
      count = min(burst, posts - sent)
      for n <- sent..(sent + count - 1), do: GenServer.cast(:guild, {:post, n, :rand.uniform(1_000_000)})
      Process.sleep(2 + :rand.uniform(8))
      if sent + count >= posts, do: {:halt, sent + count}, else: {:cont, sent + count}
    end)

    send(parent, {:done, session_pids})
  end)

guild =
  receive do
    {:guild, pid} -> pid
  end

send(sampler, {:sample, guild, self()})
send(workload, :go)

receive do
  {:done, _session_pids} -> :ok
end

# Wait until everything is handled, reading the ETS counters (no messages to traced processes).
wait = fn wait ->
  [{:handled, handled}] = :ets.lookup(:progress, :handled)
  [{:delivered, delivered}] = :ets.lookup(:progress, :delivered)
  if handled < posts or delivered < posts * session_count do
    Process.sleep(5)
    wait.(wait)
  else
    {handled, delivered}
  end
end

{handled, delivered} = wait.(wait)
send(sampler, :stop)

samples =
  receive do
    {:samples, samples} -> samples
  end

:dbg.flush_trace_port()
:dbg.stop()

# Every message a traced process sent: each post is one cast and each delivery one send; each of
# the session_count + 1 GenServers acknowledged its start to the workload process (proc_lib's
# ack), and the workload process sent {:guild, pid} and {:done, pids} to this one.
traced_sends = posts + delivered + (session_count + 1) + 2
csv = Enum.map_join(samples, "", fn {t, len} -> "#{t},#{len}\n" end)
File.write!(Path.join(out_dir, "guild-fanout-beam.queue.csv"), "monotonic_native,message_queue_len\n" <> csv)

File.write!(Path.join(out_dir, "guild-fanout-beam.counts"), """
posts=#{posts}
sessions=#{session_count}
deliveries=#{delivered}
guild_handled=#{handled}
traced_sends=#{traced_sends}
native_time_units_per_second=#{:erlang.convert_time_unit(1, :second, :native)}
max_sampled_queue_len=#{samples |> Enum.map(&elem(&1, 1)) |> Enum.max(fn -> 0 end)}
""")

IO.puts("posts #{posts}, sessions #{session_count}, deliveries #{delivered}, queue samples #{length(samples)}")
