package dev.flightpath.reporters.check;

import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.ConditionResult;
import dev.flightpath.analyzers.check.Verdict;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML: one test case per rule, group and condition, so CI systems show a broken budget as a
 * failed test; INCONCLUSIVE and SKIPPED (a baseline condition without a baseline) are skipped, WARN
 * passes with its message in system-out.
 */
public final class CheckJunitReporter {
    public void write(CheckResult check, String recordingName, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "flightpath check " + recordingName);
        xml.writeAttribute("tests", Integer.toString(check.results().size()));
        xml.writeAttribute("failures", Long.toString(check.count(Verdict.FAIL)));
        xml.writeAttribute("skipped", Long.toString(check.count(Verdict.INCONCLUSIVE) + check.count(Verdict.SKIPPED)));
        xml.writeAttribute("errors", "0");
        xml.writeCharacters("\n");
        for (ConditionResult result : check.results()) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "flightpath." + result.rule().selectorText());
            String group = result.groupText();
            xml.writeAttribute("name", (group.isEmpty() ? "" : group + " ") + result.condition().text());
            String detail = result.verdict() == Verdict.SKIPPED ? result.message() + " (rules line " + result.condition().line() + ")"
                    : "observed " + CheckValues.format(result.observed(), result.unit())
                    + ", limit " + CheckValues.format(result.limit(), result.unit())
                    + (Double.isNaN(result.baseline()) ? "" : ", baseline " + CheckValues.format(result.baseline(), result.unit())
                    + " (whole recording Δ " + CheckValues.delta(result) + ")"
                    + (CheckValues.comparison(result).isEmpty() ? "" : ", " + CheckValues.comparison(result)))
                    + ": " + result.message() + " (rules line " + result.condition().line() + ")";
            if (result.verdict() == Verdict.FAIL) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", detail);
                xml.writeAttribute("type", "BudgetExceeded");
                xml.writeCharacters(detail);
                xml.writeEndElement();
            } else if (result.verdict() == Verdict.INCONCLUSIVE || result.verdict() == Verdict.SKIPPED) {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", detail);
                xml.writeEndElement();
            } else {
                xml.writeStartElement("system-out");
                xml.writeCharacters(detail);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }
}
