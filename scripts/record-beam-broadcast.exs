# The broadcast workload of scripts/record-beam.exs (--broadcast, --seq-trace); not run on its own.
#
# Three guild GenServers, registered as guild_10, guild_100 and guild_1000, with 10, 100 and 1,000
# member sessions. One session is a member of all three (the first each guild sends to) and works
# 2,000 times longer per delivery than the others, longer than the posts are apart, so its
# mailbox backs up and it is the last to take each post.
# A poster casts {:post, n, guild_size} to one guild at a time, 20 ms apart (1.5 s between the
# guilds), so the guild's fan-outs never overlap: 10 posts to the 10-member guild, 3 to the 100, 1 to the 1,000 (with
# --seq-trace, where unlabelled posts cost no trace events: 10, 6 and 20).
#
# --broadcast: ordinary trace flags on the workload's processes once they have all started (send,
#   receive, call with arity, strict monotonic timestamps; call patterns on
#   BroadcastGuild.handle_cast/2 and BroadcastMember.handle_info/2, the dequeue points) into
#   broadcast-beam.trace.
# --seq-trace: no ordinary tracing at all. The poster labels a post with probability
#   p = min(1, 50 / guild size) (1 for 10 members, 0.5 for 100, 0.05 for 1,000), decided by
#   :rand with the given seed, with the label
#   {post_number, 1 / p} and the token flags send, receive and strict_monotonic_timestamp; the
#   VM carries the token to the guild and on to every member. The system tracer is the same file
#   trace port (broadcast-beam-seqtrace.trace).
#
# The .counts file beside the trace: per guild size the posts, the labelled posts and the
# deliveries (all, and of labelled posts), the guilds' and the slow member's pids, and the messages traced
# processes sent (traced_sends; --broadcast only) or the labelled posts (--seq-trace).

defmodule BroadcastGuild do
  use GenServer

  def init(members), do: {:ok, members}

  def handle_cast({:post, number, size}, members) do
    for member <- members, do: send(member, {:deliver, number, size})
    {:noreply, members}
  end
end

defmodule BroadcastMember do
  use GenServer

  def init(rounds), do: {:ok, rounds}

  def handle_info({:deliver, number, size}, rounds) do
    _ = Enum.reduce(1..rounds, number + size, fn i, acc -> :erlang.phash2({acc, i}) end)
    :ets.update_counter(:broadcast_progress, {:delivered, size}, 1)
    {:noreply, rounds}
  end
end

defmodule BroadcastWorkload do
  @sizes [10, 100, 1000]
  @trace_posts %{10 => 10, 100 => 3, 1000 => 1}
  @seq_trace_posts %{10 => 10, 100 => 6, 1000 => 20}
  @normal_rounds 100
  @slow_rounds 200_000

  def record(seq_trace?, args) do
    [out_dir, seed] = args ++ Enum.drop(["sample-recordings", "42"], length(args))
    File.mkdir_p!(out_dir)
    name = if seq_trace?, do: "broadcast-beam-seqtrace", else: "broadcast-beam"
    trace_file = Path.join(out_dir, name <> ".trace") |> String.to_charlist()

    # Load what the workload uses before tracing starts.
    {:ok, warm} = GenServer.start(BroadcastMember, 1)
    GenServer.stop(warm)
    Enum.reduce(1..2, 0, fn i, acc -> :erlang.phash2({acc, i}) end)
    :ets.new(:broadcast_progress, [:named_table, :public])
    for size <- @sizes, do: :ets.insert(:broadcast_progress, {{:delivered, size}, 0})

    parent = self()
    posts = if seq_trace?, do: @seq_trace_posts, else: @trace_posts
    seed = String.to_integer(seed)
    poster = spawn(fn -> run(parent, seq_trace?, posts, seed) end)

    {slow, processes, guild_pids} =
      receive do
        {:started, slow, processes, guild_pids} -> {slow, processes, guild_pids}
      end

    {:ok, _} = :dbg.tracer(:port, :dbg.trace_port(:file, trace_file))

    if seq_trace? do
      {:ok, port} = :dbg.get_tracer()
      :seq_trace.set_system_tracer(port)
    else
      # Only the workload's processes, all started already: no spawn or start-up messages traced.
      for pid <- [poster | processes] do
        {:ok, _} = :dbg.p(pid, [:send, :receive, :call, :arity, :strict_monotonic_timestamp])
      end

      {:ok, _} = :dbg.tpl(BroadcastGuild, :handle_cast, 2, [])
      {:ok, _} = :dbg.tpl(BroadcastMember, :handle_info, 2, [])
    end

    send(poster, :go)

    labelled =
      receive do
        {:done, labelled} -> labelled
      end

    wait_for_deliveries(posts)
    :dbg.flush_trace_port()
    :dbg.stop()
    write_counts(Path.join(out_dir, name <> ".counts"), seq_trace?, posts, labelled, slow, guild_pids)
    IO.puts("#{name}: posts #{inspect(posts)}, labelled #{inspect(labelled)}")
  end

  # The poster: starts the guilds and members, waits for tracing to start, then posts.
  defp run(parent, seq_trace?, posts, seed) do
    :rand.seed(:exsss, {seed, 3, 5})
    {:ok, slow} = GenServer.start(BroadcastMember, @slow_rounds)

    guilds =
      for size <- @sizes, into: %{} do
        members =
          for _ <- 2..size do
            {:ok, pid} = GenServer.start(BroadcastMember, @normal_rounds)
            pid
          end

        {:ok, guild} = GenServer.start(BroadcastGuild, [slow | members], name: :"guild_#{size}")
        {size, {guild, members}}
      end

    processes = [slow | Enum.flat_map(Map.values(guilds), fn {guild, members} -> [guild | members] end)]
    send(parent, {:started, slow, processes, Map.new(guilds, fn {size, {guild, _}} -> {size, guild} end)})

    receive do
      :go -> :ok
    end

    labelled =
      for size <- @sizes, into: %{} do
        probability = min(1.0, 50 / size)

        count =
          Enum.count(1..posts[size], fn number ->
            label? = seq_trace? and :rand.uniform() < probability

            if label? do
              :seq_trace.set_token(:label, {size * 1000 + number, 1.0 / probability})
              :seq_trace.set_token(:send, true)
              :seq_trace.set_token(:receive, true)
              :seq_trace.set_token(:strict_monotonic_timestamp, true)
            end

            GenServer.cast(:"guild_#{size}", {:post, number, size})
            :seq_trace.set_token([])
            Process.sleep(20)
            label?
          end)

        # A pause between the guilds, so no two posts to different guilds are under 1 s apart.
        Process.sleep(1500)

        {size, count}
      end

    send(parent, {:done, labelled})
  end

  defp wait_for_deliveries(posts) do
    pending =
      Enum.any?(@sizes, fn size ->
        [{_, delivered}] = :ets.lookup(:broadcast_progress, {:delivered, size})
        delivered < posts[size] * size
      end)

    if pending do
      Process.sleep(5)
      wait_for_deliveries(posts)
    end
  end

  defp write_counts(path, seq_trace?, posts, labelled, slow, guild_pids) do
    per_size =
      Enum.map_join(@sizes, "", fn size ->
        [{_, delivered}] = :ets.lookup(:broadcast_progress, {:delivered, size})

        """
        guild_#{size}=#{:erlang.pid_to_list(guild_pids[size])}
        posts_#{size}=#{posts[size]}
        deliveries_#{size}=#{delivered}
        labelled_#{size}=#{labelled[size]}
        labelled_deliveries_#{size}=#{labelled[size] * size}
        weight_#{size}=#{1.0 / min(1.0, 50 / size)}
        """
      end)

    deliveries = Enum.sum(for size <- @sizes, do: posts[size] * size)

    traced =
      if seq_trace? do
        "labelled=#{Enum.sum(Map.values(labelled))}\n"
      else
        # Each post is one cast and each delivery one send; the poster's {:done, ...} to the
        # recording process is the one other send.
        "traced_sends=#{Enum.sum(Map.values(posts)) + deliveries + 1}\n"
      end

    File.write!(path, """
    mode=#{if seq_trace?, do: "seq_trace", else: "trace"}
    slow_recipient=#{:erlang.pid_to_list(slow)}
    #{per_size}#{traced}native_time_units_per_second=#{:erlang.convert_time_unit(1, :second, :native)}
    """)
  end
end
