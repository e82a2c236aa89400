package dev.flightpath.cli;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;

/** A Java regular expression option; a bad one is a usage error. */
final class RegexConverter implements CommandLine.ITypeConverter<Pattern> {
    @Override
    public Pattern convert(String value) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new CommandLine.TypeConversionException("bad regular expression '" + value + "': "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }
}
