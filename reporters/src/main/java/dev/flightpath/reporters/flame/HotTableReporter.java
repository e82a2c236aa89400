package dev.flightpath.reporters.flame;

import dev.flightpath.analyzers.flame.HotMethod;
import dev.flightpath.analyzers.flame.HotMethods;
import dev.flightpath.reporters.terminal.TerminalStyle;
import dev.flightpath.reporters.terminal.TextTable;
import dev.flightpath.reporters.terminal.Units;
import java.io.PrintWriter;
import java.util.List;

/** The hottest methods for people: a heading, then self and total per method. */
public final class HotTableReporter {
    private final TerminalStyle style;

    public HotTableReporter(TerminalStyle style) {
        this.style = style;
    }

    /** @param heading what was profiled, e.g. the file and the event */
    public void write(HotMethods hot, String heading, int top, PrintWriter out) {
        out.println(style.heading(" " + heading));
        out.println(" " + style.label("Samples") + " " + style.number(Units.count(hot.sampleCount())) + " "
                + hot.kind().cliName() + (hot.weightUnit().equals("samples") ? ""
                        : ", " + HotWeights.format(hot.totalWeight(), hot.weightUnit())));
        out.println();
        TextTable table = new TextTable(new String[] {"Self", "Self %", "Total", "Total %", "Method"},
                new TextTable.Align[] {TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
                    TextTable.Align.RIGHT, TextTable.Align.LEFT});
        List<HotMethod> methods = hot.methods();
        for (int i = 0; i < Math.min(top, methods.size()); i++) {
            HotMethod method = methods.get(i);
            table.addRow(HotWeights.format(method.selfWeight(), hot.weightUnit()),
                    Units.percent(hot.share(method.selfWeight())),
                    HotWeights.format(method.totalWeight(), hot.weightUnit()),
                    Units.percent(hot.share(method.totalWeight())), method.name());
        }
        table.write(out, style);
        if (methods.size() > top) {
            out.println(style.label(" … " + Units.count(methods.size() - top) + " more methods (--top N)"));
        }
        out.flush();
    }
}
