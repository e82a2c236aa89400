package dev.flightpath.loaders.chrome;

/**
 * One end or step of a flow arrow.
 *
 * @param flowId        the v1 {@code id} or v2 {@code bind_id}, scoped as read
 * @param thread        the thread's process id in the recording
 * @param timeNanos     the event's time
 * @param sequence      file order
 * @param slice         the slice it is bound to (v2: the slice carrying it), or null for v1
 *                      points not yet bound
 * @param bindNext      a v1 {@code f} without {@code bp: "e"} binds to the next slice on its
 *                      thread instead of the enclosing one
 * @param flowIn        the point ends (v1 {@code t}/{@code f}, v2 {@code flow_in}) a flow
 * @param flowOut       the point starts (v1 {@code s}/{@code t}, v2 {@code flow_out}) a flow
 */
record FlowPoint(String flowId, int thread, long timeNanos, int sequence, ChromeSlice slice,
        boolean bindNext, boolean flowIn, boolean flowOut) {
}
