package dev.flightpath.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Test classes that the listener test runs through a real launcher (not run by Surefire itself). */
final class SkippingFixtures {
    private SkippingFixtures() {
    }

    static final class NeedsCorpusPerTest {
        @Test
        void first() {
            assumeTrue(false, "no corpus at /nowhere; skipped");
        }

        @Test
        void second() {
            assumeTrue(false, "corpus file x.jfr not found");
        }

        @Test
        void runs() {
        }
    }

    static final class NeedsCorpusForAll {
        @BeforeAll
        static void corpus() {
            assumeTrue(false, "corpus not found at /nowhere");
        }

        @Test
        void one() {
        }

        @Test
        void two() {
        }

        @Test
        void three() {
        }
    }

    static final class NeedsBrowser {
        @Test
        void skipped() {
            assumeTrue(false, "chromium not installed");
        }
    }
}
