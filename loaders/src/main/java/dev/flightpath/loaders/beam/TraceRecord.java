package dev.flightpath.loaders.beam;

/** One record of a trace-port file: a term, or a count of trace messages the port dropped. */
sealed interface TraceRecord {
    /** 1-based record number. */
    long number();

    /** Byte offset of the record's op byte in the file. */
    long offset();

    record TermRecord(long number, long offset, Term term) implements TraceRecord {
    }

    record DropRecord(long number, long offset, long count) implements TraceRecord {
    }
}
