package ee.tokvs.portal.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Benchmarks run with the limits of a real deployment, not the small ones the tests use. */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tokvs.upload.max-bytes", "52428800");
    }
}
