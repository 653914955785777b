package ee.tokvs.portal.upload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large an upload may be, packed and (for XLSX) unpacked, and how long its transaction may run. */
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

    /** Where accepted files wait for their job; they are deleted when it ends. */
    @WithDefault("${java.io.tmpdir}/tokvs-uploads")
    String directory();
}
