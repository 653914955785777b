package ee.tokvs.portal.upload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How large an upload may be, packed and (for XLSX) unpacked, how long its transaction may run, and how instances
 * tell one another's jobs alive (a property under this prefix that is not declared here stops the portal).
 */
@ConfigMapping(prefix = "tokvs.upload")
public interface UploadLimits {

    /** The largest file accepted, in bytes. */
    @WithDefault("52428800")
    long maxBytes();

    /** The most an XLSX file may unpack to, in bytes: more is treated as a zip bomb. */
    @WithDefault("1073741824")
    long maxUnpackedBytes();

    /** The highest ratio of unpacked to packed size for one part of an XLSX file. */
    @WithDefault("200")
    int maxPackingRatio();

    /** The longest an upload's transaction may run, in seconds. */
    @WithDefault("3600")
    int transactionTimeoutSeconds();

    /** How often a job writes its heartbeat (read by {@link UploadProgress}'s schedule). */
    @WithDefault("10s")
    Duration heartbeatEvery();

    /** How long a heartbeat may be silent before its upload counts as lost with its instance. */
    @WithDefault("30s")
    Duration silence();

    /** How often every instance looks for lost uploads (read by {@link UploadJob}'s schedule). */
    @WithDefault("30s")
    Duration sweepEvery();

    /** Where accepted files wait for their job; they are deleted when it ends. */
    @WithDefault("${java.io.tmpdir}/tokvs-uploads")
    String directory();
}
