package ee.tokvs.portal.upload;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an upload file row by row, whatever its format, in constant memory. The format is told by the
 * file's first bytes, not its name: a renamed file is still recognised for what it is.
 */
public interface TableReader extends Closeable {

    /** The next row that is not blank, or null after the last. */
    TableRow next() throws UploadFileException;

    static TableReader open(Path file, UploadKind kind, UploadLimits limits) throws UploadFileException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            throw new UploadFileException(UploadRules.FILE_EMPTY);
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            XlsxGuard.check(file, limits);
            return XlsxTable.open(file, kind);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UploadFileException(UploadRules.FILE_OLD_EXCEL);
        }
        if (startsWith(head, 0x50, 0x4B)) {
            throw new UploadFileException(UploadRules.FILE_BAD_XLSX);
        }
        return CsvTable.open(file);
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        int[] actual = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            actual[i] = head[i] & 0xFF;
        }
        return Arrays.equals(actual, bytes);
    }
}
