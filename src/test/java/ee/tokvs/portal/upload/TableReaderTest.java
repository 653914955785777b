package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading upload files: every format, encoding and shape a user may send, and the files we must refuse. */
class TableReaderTest {

    @TempDir
    Path dir;

    private static final UploadLimits LIMITS = new UploadLimits() {
        @Override
        public long maxBytes() {
            return 50L * 1024 * 1024;
        }

        @Override
        public long maxUnpackedBytes() {
            return 200L * 1024 * 1024;
        }

        @Override
        public int maxPackingRatio() {
            return 200;
        }

        @Override
        public int transactionTimeoutSeconds() {
            return 60;
        }

        @Override
        public Duration heartbeatEvery() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Duration silence() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration sweepEvery() {
            return Duration.ofSeconds(30);
        }

        @Override
        public String directory() {
            return "unused";
        }
    };

    Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.write(file, content);
        return file;
    }

    Path text(String content) throws IOException {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    List<TableRow> rows(Path file) throws Exception {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file, UploadKind.CLAIMS, LIMITS)) {
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    String refusal(Path file) {
        return assertThrows(UploadFileException.class, () -> rows(file)).finding().messageKey();
    }

    @Test
    void semicolonsWithAByteOrderMark() throws Exception {
        List<TableRow> rows = rows(text("\ufeffnõude_number;summa\nN-1;1 250,50\n"));
        assertEquals(List.of("nõude_number", "summa"), rows.get(0).cells());
        assertEquals(List.of("N-1", "1 250,50"), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void commasWithQuotedDecimalCommas() throws Exception {
        List<TableRow> rows = rows(text("claim_number,amount,date\nN-1,\"1250,50\",31.03.2025\n"));
        assertEquals(List.of("N-1", "1250,50", "31.03.2025"), rows.get(1).cells());
    }

    @Test
    void tabs() throws Exception {
        assertEquals(List.of("a;b", "c"), rows(text("x\ty\na;b\tc\n")).get(1).cells());
    }

    @Test
    void aDelimiterInsideQuotesInTheHeaderDoesNotCount() throws Exception {
        assertEquals(List.of("a,b", "c"), rows(text("\"x,y,z\";w\n\"a,b\";c\n")).get(1).cells());
    }

    @Test
    void aQuotedFieldMayHoldLineBreaksAndRowsAreNumberedAsRecords() throws Exception {
        List<TableRow> rows = rows(text("a;b\r\n\"first line\nsecond line\";x\r\nnext;y\r\n"));
        assertEquals("first line\nsecond line", rows.get(1).cell(0));
        assertEquals(3, rows.get(2).number());
        assertEquals("y", rows.get(2).cell(1));
    }

    @Test
    void blankRowsAreSkippedButKeepTheirNumbers() throws Exception {
        List<TableRow> rows = rows(text("a;b\n\n;\nx;y\n"));
        assertEquals(2, rows.size());
        assertEquals(List.of("x", "y"), rows.get(1).cells());
        assertEquals(4, rows.get(1).number());
    }

    @Test
    void aRowOfRunawayDelimitersIsNotData() throws Exception {
        assertEquals("upload_file_too_many_cells", refusal(text("a;b\n" + ";".repeat(500) + "\n")));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertEquals("upload_file_empty", refusal(file(new byte[0])));
    }

    @Test
    void windowsBalticTextIsRefusedAsNotUtf8WithItsLine() throws Exception {
        Path file = file("a;b\nÕie;Märt\n".getBytes(Charset.forName("windows-1257")));
        UploadFileException e = assertThrows(UploadFileException.class, () -> rows(file));
        assertEquals("upload_file_not_utf8", e.finding().messageKey());
        assertEquals(List.of(2), e.finding().args());
    }

    @Test
    void aBadByteFarIntoTheFileIsFoundWhileReading() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("a;b\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 10_000; i++) {
            out.write("row;value\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(new byte[] {'x', ';', (byte) 0xF5, '\n'});
        assertEquals("upload_file_not_utf8", refusal(file(out.toByteArray())));
    }

    @Test
    void binaryJunkRenamedCsvIsRefused() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 'J';
        junk[100] = 0;
        assertEquals("upload_file_binary", refusal(file(junk)));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws Exception {
        assertEquals("upload_file_bad_csv", refusal(text("a;b\n\"open;x\n")));
    }

    @Test
    void anOldExcelFileIsRecognisedByItsBytes() throws Exception {
        assertEquals("upload_file_old_excel", refusal(file(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4})));
    }

    @Test
    void aCorruptXlsxIsRefused() throws Exception {
        byte[] corrupt = new byte[2000];
        new Random(3).nextBytes(corrupt);
        corrupt[0] = 'P';
        corrupt[1] = 'K';
        corrupt[2] = 3;
        corrupt[3] = 4;
        assertEquals("upload_file_bad_xlsx", refusal(file(corrupt)));
    }

    @Test
    void aZipBombIsRefusedBeforeTheSpreadsheetReaderSeesIt() throws Exception {
        Path bomb = UploadFiles.zipBomb(dir, 64);
        assertEquals("upload_file_zip_bomb", refusal(bomb));
    }

    @Test
    void xlsxCellsBecomeTheTextAUserWouldHaveTyped() throws Exception {
        Path xlsx = dir.resolve("claims.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet other = workbook.newWorksheet("Kokkuvõte");
            other.value(0, 0, "not this sheet");
            Worksheet sheet = workbook.newWorksheet("Nõuded");
            sheet.value(0, 0, "nõude_number");
            sheet.value(0, 1, "kuupäev");
            sheet.value(0, 2, "summa");
            sheet.value(0, 3, "kood");
            sheet.value(0, 4, "lõpetatud");
            sheet.value(1, 0, "N-1");
            sheet.value(1, 1, LocalDate.of(2025, 3, 31));
            sheet.style(1, 1).format("dd.mm.yyyy").set();
            sheet.value(1, 2, 1250.5);
            sheet.value(1, 3, 10000018);
            sheet.value(1, 4, true);
            workbook.finish();
        }
        List<TableRow> rows = rows(xlsx);
        assertEquals("nõude_number", rows.get(0).cell(0));
        assertEquals(List.of("N-1", "2025-03-31", "1250.5", "10000018", "true"), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void theFirstSheetIsReadWhenNoneIsNamedForTheKind() throws Exception {
        Path xlsx = dir.resolve("any.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            workbook.newWorksheet("Sheet1").value(0, 0, "first");
            workbook.newWorksheet("Sheet2").value(0, 0, "second");
            workbook.finish();
        }
        assertEquals("first", rows(xlsx).get(0).cell(0));
    }

    @Test
    void aRowPastTheLastIsNull() throws Exception {
        try (TableReader reader = TableReader.open(text("a\nb\n"), UploadKind.CLAIMS, LIMITS)) {
            reader.next();
            reader.next();
            assertNull(reader.next());
        }
    }
}
