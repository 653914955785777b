package ee.tokvs.portal.bench;

import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.testdata.PortalSession;
import ee.tokvs.portal.testdata.Waiting;
import ee.tokvs.portal.testdata.PortalSession.Page;
import ee.tokvs.portal.upload.UploadFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load bench's background upload: one more session of Põhjala's staff sending a generated claims file through
 * the upload page's form, again and again as each ends, until the run's end. Half its rows are claims on the
 * insurer's own contracts whose period holds the incident date the file uses, half their payouts: the first file
 * adds them, every later one changes each claim's severity (dated today) and leaves the payouts as they are, so that
 * every upload writes but the register grows by one file's claims, not one per upload (a soak would otherwise
 * measure a register growing under it). Its requests are not the pages' figures: only how many uploads ended
 * written, and those that did not.
 */
final class LoadUpload {

    private static final DemoAccount ACCOUNT = DemoAccount.POHJALA_STAFF;
    /** The incident date of {@link UploadFiles#claim}; the contracts chosen cover it. */
    private static final LocalDate INCIDENT = LocalDate.of(2025, 5, 1);
    private static final int CONTRACTS_WANTED = 50;
    private static final int MOST_CONTRACT_PAGES = 20;
    /** A row of the contract list: its number, the policyholder, and the period as "01.11.2024 – 31.10.2025". */
    private static final Pattern CONTRACT_ROW = Pattern.compile("<td><a href=\"/contracts/\\d+\">([^<]+)</a></td>"
            + "\\s*<td>[^<]*</td>\\s*<td>(\\d\\d\\.\\d\\d\\.\\d{4}) – (\\d\\d\\.\\d\\d\\.\\d{4})</td>");
    private static final Pattern UPLOAD_PATH = Pattern.compile("/uploads/(\\d+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PortalSession session;
    private final int rows;
    private final LoadFigures figures;
    private final List<String> contracts = new ArrayList<>();
    private volatile boolean stopping;
    private int finished;

    LoadUpload(URI portal, int rows, LoadFigures figures) {
        this.session = new PortalSession(portal);
        this.rows = rows;
        this.figures = figures;
    }

    /** Logs in and finds the contracts the files will name (from the contract list, page by page). */
    void prepare() {
        session.logIn("/contracts", ACCOUNT.username, DemoAccount.PASSWORD);
        for (int page = 0; page < MOST_CONTRACT_PAGES && contracts.size() < CONTRACTS_WANTED; page++) {
            Matcher row = CONTRACT_ROW.matcher(session.get("/contracts?page=" + page).body());
            while (row.find()) {
                if (!LocalDate.parse(row.group(2), DAY).isAfter(INCIDENT)
                        && !LocalDate.parse(row.group(3), DAY).isBefore(INCIDENT)) {
                    contracts.add(row.group(1));
                }
            }
        }
        if (contracts.isEmpty()) {
            throw new IllegalStateException("no contract of " + ACCOUNT.username + " covers " + INCIDENT);
        }
    }

    /** Uploads until {@link #stop()}; the upload under way when it comes is still waited for. */
    void run() {
        String prefix = "LOAD" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        for (int round = 0; !stopping; round++) {
            try {
                uploadOnce(claimsFile(prefix, round));
            } catch (RuntimeException | AssertionError e) {
                figures.error("upload " + prefix + " #" + round + ": " + e);
                return;
            }
        }
    }

    void stop() {
        stopping = true;
    }

    /** Uploads written to their end. */
    int finished() {
        return finished;
    }

    private void uploadOnce(byte[] file) {
        String token = session.get("/uploads").formToken();
        Page accepted = session.postFile("/uploads", token, java.util.Map.of("kind", "CLAIMS"), "load.csv", file);
        Matcher id = UPLOAD_PATH.matcher(accepted.uri().getPath());
        if (accepted.status() != 200 || !id.matches()) {
            figures.error("upload: not accepted, " + accepted.status() + " at " + accepted.uri());
            return;
        }
        String[] status = new String[1];
        // as the page polls it: once a second, until the upload is final (no longer polled)
        Waiting.until("upload " + id.group(1) + " to end", Waiting.PATIENCE, Duration.ofSeconds(1), () -> {
            status[0] = session.get("/uploads/" + id.group(1) + "/status").body();
            return !status[0].contains("hx-get=\"/uploads/");
        });
        if (!status[0].contains("data-testid=\"upload-summary\"") || status[0].contains("data-testid=\"upload-refused\"")) {
            figures.error("upload " + accepted.uri().getPath() + ": did not end written");
        } else if (status[0].contains("data-testid=\"upload-nothing-changed\"")) {
            figures.error("upload " + accepted.uri().getPath() + ": changed nothing");
        } else {
            finished++;
        }
    }

    /**
     * {@code rows} rows, each claim followed by a payout, the same claims, contracts and payouts every round; the
     * severity alternates from the second round on, a change dated today.
     */
    private byte[] claimsFile(String prefix, int round) {
        Random same = new Random(7);
        String changed = round == 0 ? "" : LocalDate.now(WorkingDays.TALLINN).format(DAY);
        UploadFiles file = UploadFiles.claims();
        for (int i = 0; i < rows; i += 2) {
            String number = prefix + "-" + i;
            file.claimChanged(number, contracts.get(same.nextInt(contracts.size())), "on kindlustusjuhtum", "nakkus",
                    round % 2 == 0 ? "III" : "IV", changed);
            if (i + 1 < rows) {
                file.item("väljamakse", number, "01.07.2025", "ravikulud", (100 + same.nextInt(5000)) + ",50");
            }
        }
        return file.text().getBytes(StandardCharsets.UTF_8);
    }
}
