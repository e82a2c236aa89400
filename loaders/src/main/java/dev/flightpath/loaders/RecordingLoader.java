package dev.flightpath.loaders;

import dev.flightpath.loaders.beam.BeamTraceLoader;
import dev.flightpath.loaders.chrome.ChromeLoader;
import dev.flightpath.loaders.jaeger.JaegerLoader;
import dev.flightpath.loaders.jfr.JfrLoader;
import dev.flightpath.loaders.otlp.OtlpLoader;
import dev.flightpath.loaders.otlpproto.OtlpProtoLoader;
import dev.flightpath.loaders.pprof.PprofLoader;
import dev.flightpath.loaders.speedscope.SpeedscopeLoader;
import dev.flightpath.loaders.zipkin.ZipkinLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens any supported file: checks it exists, detects its format (unless forced), and loads it. */
public final class RecordingLoader {
    private RecordingLoader() {
    }

    /**
     * @param forcedFormat the format to assume, or null to detect it from the content
     */
    public static Recording load(Path file, InputFormat forcedFormat, LoadRequest request)
            throws InputDataException, IOException {
        checkReadable(file);
        InputFormat format = forcedFormat != null ? forcedFormat : FormatDetector.detect(file);
        return loaderFor(format).load(file, request);
    }

    /** The loader of each format: the explicit list of what flightpath reads. */
    static Loader loaderFor(InputFormat format) {
        switch (format) {
            case JFR:
                return new JfrLoader();
            case BEAM_TRACE:
                return new BeamTraceLoader();
            case OTLP_JSON:
                return new OtlpLoader();
            case JAEGER_JSON:
                return new JaegerLoader();
            case ZIPKIN_JSON:
                return new ZipkinLoader();
            case CHROME_JSON:
                return new ChromeLoader();
            case OTLP_PROTO:
                return new OtlpProtoLoader();
            case PPROF:
                return new PprofLoader();
            case SPEEDSCOPE:
                return new SpeedscopeLoader();
            default:
                throw new IllegalStateException("no loader for " + format);
        }
    }

    public static void checkReadable(Path file) throws InputDataException {
        if (!Files.exists(file)) {
            throw new InputDataException("file not found", file, null);
        }
        if (Files.isDirectory(file)) {
            throw new InputDataException("is a directory, not a file", file, null);
        }
        if (!Files.isReadable(file)) {
            throw new InputDataException("cannot read", file, "permission denied");
        }
    }
}
