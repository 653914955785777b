package ee.tokvs.portal.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The benchmarks at scale (dashboards, §4 queries): the demo generator fills a fresh test database with the register. */
public class DashboardBenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tokvs.demo.claims", System.getProperty("bench.claims", "1000000"));
    }
}
