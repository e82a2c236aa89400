package dev.flightpath.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class CorpusSkipSummaryTest {
    private static String run(Class<?>... classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        LauncherDiscoveryRequest discovery = request.build();
        // Only the listener under test: not the copy that META-INF/services registers.
        Launcher launcher = LauncherFactory.create(
                LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        launcher.execute(discovery, new CorpusSkipSummary(out));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneLineNamesTheSkippedTestsAndClasses() {
        String expected = String.format("[corpus] 5 tests skipped: the shared corpus of real recordings is not at %s"
                + " (SkippingFixtures$NeedsCorpusForAll, SkippingFixtures$NeedsCorpusPerTest)%n",
                System.getProperty("flightpath.corpus", "(flightpath.corpus not set)"));
        assertEquals(expected, run(SkippingFixtures.NeedsCorpusPerTest.class, SkippingFixtures.NeedsCorpusForAll.class,
                SkippingFixtures.NeedsBrowser.class));
    }

    @Test
    void silentWhenOnlyOtherSkips() {
        assertEquals("", run(SkippingFixtures.NeedsBrowser.class));
    }
}
