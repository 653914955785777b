package ee.tokvs.portal.upload;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file: UTF-8 with or without a byte-order mark, the delimiter (semicolon, comma or tab) told from the
 * header row, quoted fields that may hold delimiters and line breaks. Anything not UTF-8 text is refused.
 */
final class CsvTable implements TableReader {

    private static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {';', ',', '\t'};
    /** Far more than any layout has: a row beyond it is not data (a runaway delimiter, say). */
    private static final int MAX_CELLS = 200;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvTable(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvTable open(Path file) throws IOException, UploadFileException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        checkText(sample, sample.length < SAMPLE);
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            skipByteOrderMark(in);
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict));
            char delimiter = delimiterOf(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            return new CsvTable(CSVParser.parse(reader, format));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Text, not binary: no NUL bytes and valid UTF-8 (a sequence cut off at the sample's end is fine). */
    static void checkText(byte[] sample, boolean whole) throws UploadFileException {
        for (byte b : sample) {
            if (b == 0) {
                throw new UploadFileException(UploadRules.FILE_BINARY);
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample);
        var chars = java.nio.CharBuffer.allocate(sample.length);
        var result = strict.decode(bytes, chars, whole);
        if (result.isError()) {
            throw new UploadFileException(UploadRules.FILE_NOT_UTF8, lineAt(sample, bytes.position()));
        }
    }

    private static int lineAt(byte[] sample, int position) {
        int line = 1;
        for (int i = 0; i < position && i < sample.length; i++) {
            if (sample[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** The delimiter that splits the header row most often, outside quotes; a semicolon if none does. */
    static char delimiterOf(BufferedReader reader) throws IOException {
        reader.mark(SAMPLE);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int read = 0, c; read < SAMPLE && (c = reader.read()) != -1; read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int i = 0; i < DELIMITERS.length; i++) {
                    if (c == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        reader.reset();
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    @Override
    public TableRow next() throws UploadFileException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > MAX_CELLS) {
                    throw new UploadFileException(UploadRules.FILE_TOO_MANY_CELLS, record.getRecordNumber());
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                TableRow row = new TableRow((int) record.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UploadFileException(UploadRules.FILE_NOT_UTF8, parser.getCurrentLineNumber() + 1);
            }
            throw new UploadFileException(UploadRules.FILE_BAD_CSV, parser.getCurrentLineNumber() + 1);
        } catch (IllegalStateException e) {
            throw new UploadFileException(UploadRules.FILE_BAD_CSV, parser.getCurrentLineNumber() + 1);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
