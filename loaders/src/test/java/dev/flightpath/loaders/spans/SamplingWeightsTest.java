package dev.flightpath.loaders.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SamplingWeightsTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ot=th:8                      | 2.0",
        "ot=th:c                      | 4.0",
        "ot=th:0                      | 1.0",
        "ot=th:f                      | 16.0",
        "ot=th:e                      | 8.0",
        "ot=th:80000000000000         | 2.0",
        "ot=rv:1234;th:8              | 2.0",
        "a=b,ot=th:c;rv:00112233445566 | 4.0",
        "ot=th:800000000000000        | 1.0",
        "ot=th:xyz                    | 1.0",
        "ot=th:                       | 1.0",
        "th:8                         | 1.0",
        "vendor=th:8                  | 1.0",
    })
    void thresholdGivesTheInverseKeepProbability(String traceState, double weight) {
        assertEquals(weight, SamplingWeights.fromTraceState(traceState.trim()), 1e-12);
    }

    @Test
    void largestThresholdKeepsOneIn2Pow56() {
        assertEquals(0x1p56, SamplingWeights.fromThreshold("ffffffffffffff"), 1.0);
    }

    @Test
    void missingTraceStateAndBadProbabilitiesWeighOne() {
        assertEquals(1.0, SamplingWeights.fromTraceState(null));
        assertEquals(1.0, SamplingWeights.fromTraceState(""));
        assertEquals(1.0, SamplingWeights.fromProbability(0.0));
        assertEquals(1.0, SamplingWeights.fromProbability(1.5));
        assertEquals(1.0, SamplingWeights.fromProbability(Double.NaN));
        assertEquals(10.0, SamplingWeights.fromProbability(0.1), 1e-9);
    }

    @Test
    void sampleRateAttributeIsOneInN() {
        assertEquals(20.0, SamplingWeights.fromSampleRateAttribute(Map.of("SampleRate", 20L)));
        assertEquals(5.0, SamplingWeights.fromSampleRateAttribute(Map.of("sample_rate", "5")));
        assertEquals(1.0, SamplingWeights.fromSampleRateAttribute(Map.of("sample_rate", 0.5)));
        assertEquals(1.0, SamplingWeights.fromSampleRateAttribute(Map.of()));
    }
}
