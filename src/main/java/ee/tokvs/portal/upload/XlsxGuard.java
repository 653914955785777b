package ee.tokvs.portal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Refuses an XLSX file that is not a sound zip archive or that unpacks to far more than it packs (a zip
 * bomb), by actually unpacking it into nothing and counting, before the spreadsheet reader sees it. What an
 * archive declares about its own sizes is not trusted.
 */
final class XlsxGuard {

    private static final int MAX_ENTRIES = 10_000;
    /** The shared strings and the styles are held in memory while the sheet is read: they get a tighter cap. */
    private static final long MAX_HELD_PART_BYTES = 100L * 1024 * 1024;
    /** Parts smaller than this may pack as tightly as they like: tiny parts of XML compress extremely well. */
    private static final long RATIO_FREE_BYTES = 1024 * 1024;

    private XlsxGuard() {
    }

    private static boolean heldInMemory(ZipArchiveEntry entry) {
        String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith("sharedstrings.xml") || name.endsWith("styles.xml");
    }

    static void check(Path file, UploadLimits limits) throws UploadFileException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new UploadFileException(UploadRules.FILE_BAD_XLSX);
                }
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        total += n;
                        boolean tooLarge = heldInMemory(entry) && unpacked > MAX_HELD_PART_BYTES;
                        if (total > limits.maxUnpackedBytes() || tooLarge) {
                            throw new UploadFileException(UploadRules.FILE_ZIP_BOMB);
                        }
                    }
                }
                long packed = entry.getCompressedSize();
                if (unpacked > RATIO_FREE_BYTES && packed > 0 && unpacked / packed > limits.maxPackingRatio()) {
                    throw new UploadFileException(UploadRules.FILE_ZIP_BOMB);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UploadFileException(UploadRules.FILE_BAD_XLSX);
        }
        if (entries == 0) {
            throw new UploadFileException(UploadRules.FILE_BAD_XLSX);
        }
    }
}
