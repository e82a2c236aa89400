package dev.flightpath.loaders.zipkin;

import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.model.SpanKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the two halves of a Zipkin shared RPC span their own ids. In Zipkin an RPC is one span id
 * reported twice: by the client (kind CLIENT) and by the server (kind SERVER, usually with
 * {@code shared: true}). The model wants ids unique in a trace and the server work nested under
 * the client call, so:
 * <ul>
 *   <li>the CLIENT half keeps the id and its parent;</li>
 *   <li>each SERVER half with the same id becomes {@code <id>-server} (a second one
 *       {@code <id>-server2}, ...), child of the CLIENT half;</li>
 *   <li>a span whose parent is the shared id moves under the server half when it ran in the
 *       server's service (the usual case: the server's own work), else stays under the client;</li>
 *   <li>a shared SERVER span whose CLIENT is not in the file keeps its id.</li>
 * </ul>
 * A span without a local endpoint takes the service of another span with its id, else of its
 * parent, else {@code unknown_service}.
 */
final class SharedSpanSplitter {
    static final String SERVER_SUFFIX = "-server";
    static final String UNKNOWN_SERVICE = "unknown_service";

    private SharedSpanSplitter() {
    }

    /** Splits in place and returns the service of each span, in the same order. */
    static List<String> split(List<ZipkinSpan> spans) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            groups.computeIfAbsent(key(spans.get(i).draft()), k -> new ArrayList<>()).add(i);
        }
        List<String> services = services(spans, groups);
        Map<String, SharedRpc> shared = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            List<Integer> members = group.getValue();
            Integer client = null;
            for (int member : members) {
                if (spans.get(member).draft().kind() == SpanKind.CLIENT) {
                    client = member;
                    break;
                }
            }
            if (client == null) {
                continue;
            }
            SpanDraft clientDraft = spans.get(client).draft();
            SharedRpc rpc = new SharedRpc(clientDraft, services.get(client));
            for (int member : members) {
                SpanDraft draft = spans.get(member).draft();
                if (draft.kind() != SpanKind.SERVER) {
                    continue;
                }
                int number = rpc.servers.size() + 1;
                draft.spanId(clientDraft.spanId() + SERVER_SUFFIX + (number == 1 ? "" : Integer.toString(number)));
                draft.parentSpanId(clientDraft.spanId());
                rpc.servers.add(draft);
                rpc.serverServices.add(services.get(member));
            }
            if (!rpc.servers.isEmpty()) {
                shared.put(group.getKey(), rpc);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            SpanDraft draft = spans.get(i).draft();
            if (draft.parentSpanId().isEmpty()) {
                continue;
            }
            SharedRpc rpc = shared.get(draft.traceId() + '\u0000' + draft.parentSpanId());
            if (rpc != null && !rpc.servers.contains(draft)) {
                draft.parentSpanId(rpc.halfFor(draft, services.get(i)).spanId());
            }
        }
        return services;
    }

    /** The halves of one shared RPC span id. */
    private static final class SharedRpc {
        final SpanDraft client;
        final String clientService;
        final List<SpanDraft> servers = new ArrayList<>();
        final List<String> serverServices = new ArrayList<>();

        SharedRpc(SpanDraft client, String clientService) {
            this.client = client;
            this.clientService = clientService;
        }

        /**
         * A child in a server's service belongs to that server half; when client and server are the
         * same service, to the server half if it started within it, else to the client.
         */
        SpanDraft halfFor(SpanDraft child, String service) {
            SpanDraft firstOfService = null;
            for (int i = 0; i < servers.size(); i++) {
                if (!serverServices.get(i).equals(service)) {
                    continue;
                }
                SpanDraft server = servers.get(i);
                if (child.startNanos() >= server.startNanos() && child.startNanos() <= server.endNanos()) {
                    return server;
                }
                if (firstOfService == null) {
                    firstOfService = server;
                }
            }
            return firstOfService != null && !service.equals(clientService) ? firstOfService : client;
        }
    }

    private static List<String> services(List<ZipkinSpan> spans, Map<String, List<Integer>> groups) {
        List<String> services = new ArrayList<>(spans.size());
        for (ZipkinSpan span : spans) {
            services.add(span.service());
        }
        for (int i = 0; i < spans.size(); i++) {
            if (services.get(i) != null) {
                continue;
            }
            SpanDraft draft = spans.get(i).draft();
            String found = null;
            for (int other : groups.get(key(draft))) {
                if (spans.get(other).service() != null) {
                    found = spans.get(other).service();
                    break;
                }
            }
            if (found == null && !draft.parentSpanId().isEmpty()) {
                List<Integer> parents = groups.get(draft.traceId() + '\u0000' + draft.parentSpanId());
                if (parents != null) {
                    for (int parent : parents) {
                        if (spans.get(parent).service() != null) {
                            found = spans.get(parent).service();
                            break;
                        }
                    }
                }
            }
            services.set(i, found == null ? UNKNOWN_SERVICE : found);
        }
        return services;
    }

    private static String key(SpanDraft draft) {
        return draft.traceId() + '\u0000' + draft.spanId();
    }
}
