package ee.tokvs.portal.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.contract.ContractForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds upload files for tests, row by row, in the layouts of docs/upload-format.md. */
public final class UploadFiles {

    public static final String CONTRACT_HEADER = "lepingu_number;muudatuse_liik;muudatuse_kuupäev;kindlustusvõtja_kood;"
            + "perioodi_algus;perioodi_lõpp;kindlustussumma_juhtumi_kohta;kindlustussumma_kokku";
    public static final String CLAIM_HEADER = "kirje;nõude_number;lepingu_number;nõude_saamise_kuupäev;juhtumi_number;"
            + "juhtumi_kuupäev;staatus;juhtumi_liik;raskusaste;eriala;lisapädevus;menetlus_lõpetatud;lõpetamise_kuupäev;"
            + "muudatuse_kuupäev;kuupäev;liik;summa;üldine_töövõime_vähenemine_%;juhtumist_töövõime_vähenemine_%";

    private final String header;
    private final List<String> rows = new ArrayList<>();

    private UploadFiles(String header) {
        this.header = header;
    }

    public static UploadFiles contracts() {
        return new UploadFiles(CONTRACT_HEADER);
    }

    public static UploadFiles claims() {
        return new UploadFiles(CLAIM_HEADER);
    }

    /** A claims file with the optional column of a correction's reason, last. */
    public static UploadFiles claimsWithCorrections() {
        return new UploadFiles(CLAIM_HEADER + ";paranduse_põhjus");
    }

    public UploadFiles contract(String number, String kind, String changeDate, String policyholder, String start, String end,
            String perEvent, String aggregate) {
        return row(String.join(";", number, kind, changeDate, policyholder, start, end, perEvent, aggregate));
    }

    /** A contract row with the form's values as typed and the change kind the file names (blank: none). */
    public UploadFiles contract(ContractForm form, String kind) {
        return contract(form.contractNumber, kind, form.changeDate, form.policyholderCode, form.periodStart,
                form.periodEnd, form.sumPerEvent, form.sumAggregate);
    }

    /** A claim row: received 10.06.2025, incident 01.05.2025, the given status, type and severity. */
    public UploadFiles claim(String number, String contract, String status, String incidentType, String severity) {
        return claimChanged(number, contract, status, incidentType, severity, "");
    }

    public UploadFiles claimChanged(String number, String contract, String status, String incidentType, String severity,
            String changeDate) {
        return row(String.join(";", "nõue", number, contract, "10.06.2025", "J-" + number, "01.05.2025", status,
                incidentType, severity, "", "", "ei", "", changeDate, "", "", "", "", ""));
    }

    public UploadFiles item(String record, String claimNumber, String date, String type, String amount) {
        return row(String.join(";", record, claimNumber, "", "", "", "", "", "", "", "", "", "", "", "", date, type,
                amount, "", ""));
    }

    /** A claim row with the form's values as typed, change date included: what that form would submit. */
    public UploadFiles claim(ClaimForm form) {
        return row(String.join(";", "nõue", form.claimNumber, form.contractNumber, form.receivedDate, form.incidentNumber,
                form.incidentDate, form.status, form.incidentType, form.severity, blank(form.specialty),
                blank(form.additionalCompetence), form.handlingFinished ? "jah" : "ei", blank(form.finishedDate),
                blank(form.changeDate), "", "", "", "", ""));
    }

    /** A money row of the claim with the form's values as typed, work-capacity percentages included. */
    public UploadFiles item(ItemForm.Kind kind, String claimNumber, ItemForm form) {
        return row(String.join(";", kind.name().toLowerCase(Locale.ROOT), claimNumber, "", "", "", "", "", "", "", "", "",
                "", "", "", form.date, form.type, form.amount, blank(form.generalReductionPct),
                blank(form.eventReductionPct)) + (header.endsWith("paranduse_põhjus") ? ";" + blank(form.correctionReason)
                : ""));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    public UploadFiles row(String line) {
        rows.add(line);
        return this;
    }

    public String text() {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    public Path csv(Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".csv");
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        return file;
    }

    /** A zip archive posing as XLSX whose one sheet unpacks to {@code megabytes} of zeros: a zip bomb. */
    public static Path zipBomb(Path dir, int megabytes) throws IOException {
        Path bomb = Files.createTempFile(dir, "bomb", ".xlsx");
        try (OutputStream raw = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bomb;
    }

    /** The same rows as an XLSX sheet, every cell text except what looks like an ISO date. */
    public Path xlsx(Path dir, String sheetName) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            List<String> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].matches("\\d{4}-\\d{2}-\\d{2}")) {
                        sheet.value(r, c, java.time.LocalDate.parse(cells[c]));
                        sheet.style(r, c).format("dd.mm.yyyy").set();
                    } else if (!cells[c].isEmpty()) {
                        sheet.value(r, c, cells[c]);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }
}
