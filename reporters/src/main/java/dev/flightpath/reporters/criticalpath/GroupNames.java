package dev.flightpath.reporters.criticalpath;

import dev.flightpath.analyzers.criticalpath.GroupBy;
import java.util.Locale;

/** How a grouping is named in output: "operation", "byOperation", "Operation". */
final class GroupNames {
    private GroupNames() {
    }

    static String field(GroupBy groupBy) {
        return groupBy.name().toLowerCase(Locale.ROOT);
    }

    static String title(GroupBy groupBy) {
        String field = field(groupBy);
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    static String arrayField(GroupBy groupBy) {
        return "by" + title(groupBy);
    }
}
