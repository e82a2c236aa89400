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
        // shared key -> (server service -> server half id)
        Map<String, Map<String, String>> serverHalves = new HashMap<>();
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
            int servers = 0;
            for (int member : members) {
                SpanDraft draft = spans.get(member).draft();
                if (draft.kind() != SpanKind.SERVER) {
                    continue;
                }
                servers++;
                String newId = clientDraft.spanId() + SERVER_SUFFIX + (servers == 1 ? "" : Integer.toString(servers));
                draft.spanId(newId);
                draft.parentSpanId(clientDraft.spanId());
                serverHalves.computeIfAbsent(group.getKey(), k -> new LinkedHashMap<>())
                        .putIfAbsent(services.get(member), newId);
            }
        }
        if (serverHalves.isEmpty()) {
            return services;
        }
        for (int i = 0; i < spans.size(); i++) {
            SpanDraft draft = spans.get(i).draft();
            if (draft.parentSpanId().isEmpty() || draft.kind() == SpanKind.SERVER
                    && draft.spanId().startsWith(draft.parentSpanId() + SERVER_SUFFIX)) {
                continue;
            }
            Map<String, String> halves = serverHalves.get(draft.traceId() + '\u0000' + draft.parentSpanId());
            if (halves != null && halves.containsKey(services.get(i))) {
                draft.parentSpanId(halves.get(services.get(i)));
            }
        }
        return services;
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
