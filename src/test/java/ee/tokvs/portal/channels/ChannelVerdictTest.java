package ee.tokvs.portal.channels;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.channels.ChannelCases.Case;
import ee.tokvs.portal.channels.ChannelCases.Op;
import ee.tokvs.portal.channels.ChannelCases.Setup;
import ee.tokvs.portal.channels.ChannelCases.Verdict;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.web.CsrfToken;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.FormToken;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.upload.UploadColumn;
import ee.tokvs.portal.upload.UploadKind;
import ee.tokvs.portal.upload.UploadOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@link ChannelCases} through the three channels end to end, each on a register of its own: the form
 * posted as a page posts it, the file uploaded through the upload page and its job, the API called as a claims system
 * calls it. Each must give the case's verdict. On the way the API's check-only must answer what its save then answers
 * and write nothing, and an upload's check must report what the upload then reports and write nothing.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ChannelVerdictTest {

    private static final Pattern FORM_FINDING = Pattern.compile("<li data-rule=\"([^\"]*)\" data-field=\"([^\"]*)\">");
    private static final Set<String> API_NUMBERS = Set.of("sumPerEvent", "sumAggregate", "amount", "generalReductionPct",
            "eventReductionPct");

    /** The numbers a run works with, and the ids of what its setup made. */
    record World(String contract, String claim, long contractId, long claimId) {
    }

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @TempDir
    Path dir;

    static List<Case> cases() {
        return ChannelCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyChannelGivesTheSameVerdict(Case c) throws Exception {
        Map<String, Verdict> expected = new LinkedHashMap<>();
        Map<String, Verdict> actual = new LinkedHashMap<>();
        expected.put("form", c.expectedOfTheForm());
        actual.put("form", form(c, prepare(c.setup())));
        expected.put("upload", c.expected());
        actual.put("upload", upload(c, prepare(c.setup())));
        expected.put("api", c.expected());
        actual.put("api", api(c, prepare(c.setup())));
        assertEquals(expected, actual);
    }

    // The register each run starts from.

    World prepare(Setup setup) {
        String contract = RegisterFixtures.unique("CV");
        String claim = RegisterFixtures.unique("CVN");
        long contractId = setup == Setup.NOTHING ? 0
                : register.contract(DemoData.POHJALA, ContractBuilder.aContract().number(contract)).id();
        long claimId = setup == Setup.NOTHING || setup == Setup.CONTRACT ? 0 : register.claim(DemoData.POHJALA,
                ClaimBuilder.aClaim().number(claim).contract(contract).incidentNumber("INC-" + claim)).id();
        // the claim's decision, set in place: the cases are about the money row, not the claim's own change
        if (setup == Setup.INSURED_CLAIM_SEVERITY_II) {
            fixtures.update(DemoData.POHJALA, "update claim set status = 'INSURED_EVENT', incident_type = 'INFECTION',"
                    + " severity = 'II' where id = ?", claimId);
        } else if (setup == Setup.NOT_INSURED_CLAIM) {
            fixtures.update(DemoData.POHJALA, "update claim set status = 'NOT_INSURED_EVENT' where id = ?", claimId);
        }
        return new World(contract, claim, contractId, claimId);
    }

    static Map<String, String> values(Case c, World world) {
        Map<String, String> values = new LinkedHashMap<>();
        c.fields().forEach((field, value) -> values.put(field,
                value.replace("{contract}", world.contract()).replace("{claim}", world.claim())));
        return values;
    }

    /** What the register holds of a run's records, and the API's kept calls: a check must leave all as it was. */
    String footprint(World world) {
        return fixtures.asInsurer(DemoData.POHJALA, connection -> {
            try (PreparedStatement s = connection.prepareStatement(("select"
                    + " (select count(*) from contract where contract_number = ?1) || ' contracts, '"
                    + " || (select count(*) from contract_version v join contract c on c.id = v.contract_id"
                    + "     where c.contract_number = ?1) || ' versions, '"
                    + " || (select coalesce(string_agg(lock_version::text, ','), 'no') from claim where claim_number = ?2)"
                    + "    || ' claim revision, '"
                    + " || (select count(*) from payout p join claim c on c.id = p.claim_id where c.claim_number = ?2)"
                    + "    || ' payouts, '"
                    + " || (select count(*) from recovery r join claim c on c.id = r.claim_id where c.claim_number = ?2)"
                    + "    || ' recoveries, '"
                    + " || (select count(*) from submission_event where record_label in (?1, ?2)) || ' events, '"
                    + " || (select count(*) from api_call) || ' API calls, '"
                    + " || (select count(*) from healthcare_provider) || ' providers'").replaceAll("\\?\\d", "?"))) {
                String[] params = {world.contract(), world.contract(), world.claim(), world.claim(), world.claim(),
                    world.contract(), world.claim()};
                for (int i = 0; i < params.length; i++) {
                    s.setString(i + 1, params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    // The form, posted as its page posts it.

    Verdict form(Case c, World world) {
        Map<String, String> params = values(c, world);
        if ("false".equals(params.get("handlingFinished"))) {
            params.remove("handlingFinished");
        }
        if (c.confirm()) {
            params.put("confirmWarnings", "true");
        }
        String path = switch (c.op()) {
            case CONCLUDE -> "/contracts";
            case AMEND -> "/contracts/" + world.contractId() + "/amend";
            case EXTEND -> "/contracts/" + world.contractId() + "/extend";
            case CLAIM_CREATE -> "/claims";
            case CLAIM_CHANGE -> "/claims/" + world.claimId() + "/edit";
            case PAYOUT -> "/claims/" + world.claimId() + "/payouts";
            case RECOVERY -> "/claims/" + world.claimId() + "/recoveries";
        };
        switch (c.op()) {
            case AMEND, EXTEND -> params.put("lockVersion", String.valueOf(fixtures.count(DemoData.POHJALA,
                    "select lock_version from contract where id = ?", world.contractId())));
            case CLAIM_CHANGE, PAYOUT, RECOVERY -> params.put("lockVersion", String.valueOf(fixtures.count(DemoData.POHJALA,
                    "select lock_version from claim where id = ?", world.claimId())));
            default -> {
                // a new record has no version yet
            }
        }
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header(CsrfToken.HEADER, FormToken.of(given().get("/").body().asString()))
                .formParams(params).post(path);
        if (response.statusCode() == 303) {
            return Verdict.of(true, List.of());
        }
        assertEquals(422, response.statusCode(), "the form's answer: " + response.body().asString());
        List<String> findings = new ArrayList<>();
        Matcher finding = FORM_FINDING.matcher(response.body().asString());
        while (finding.find()) {
            findings.add(finding.group(1) + "@" + finding.group(2));
        }
        return Verdict.of(false, findings);
    }

    // The upload page and its job: checked first, then uploaded.

    Verdict upload(Case c, World world) throws Exception {
        boolean ofContracts = c.op() == Op.CONCLUDE || c.op() == Op.AMEND || c.op() == Op.EXTEND;
        UploadKind kind = ofContracts ? UploadKind.CONTRACTS : UploadKind.CLAIMS;
        Map<String, String> values = values(c, world);
        switch (c.op()) {
            case CONCLUDE -> values.put("changeKind", "sõlmimine");
            case AMEND -> values.put("changeKind", "muutmine");
            case EXTEND -> values.put("changeKind", "pikendamine");
            case CLAIM_CREATE, CLAIM_CHANGE -> values.put("record", "nõue");
            case PAYOUT -> values.put("record", "väljamakse");
            case RECOVERY -> values.put("record", "tagasinõue");
        }
        if (c.op() == Op.PAYOUT || c.op() == Op.RECOVERY) {
            values.put("claimNumber", world.claim());
        }
        Path file = Files.createTempFile(dir, "channel", ".csv");
        Files.writeString(file, kind.columns.stream().map(UploadColumn::estonian).collect(Collectors.joining(";")) + "\n"
                + kind.columns.stream().map(col -> values.getOrDefault(col.field(), "")).collect(Collectors.joining(";"))
                + "\n", StandardCharsets.UTF_8);

        String before = footprint(world);
        Verdict checked = uploaded(file, kind, c.confirm(), true);
        assertEquals(before, footprint(world), "an upload's check wrote nothing");
        Verdict saved = uploaded(file, kind, c.confirm(), false);
        assertEquals(saved, checked, "an upload's check reports what the upload then reports");
        return saved;
    }

    Verdict uploaded(Path file, UploadKind kind, boolean acceptWarnings, boolean checkOnly) {
        Response response = given().redirects().follow(false)
                .header(CsrfToken.HEADER, FormToken.of(given().get("/").body().asString()))
                .multiPart("kind", kind.name())
                .multiPart("acceptWarnings", String.valueOf(acceptWarnings))
                .multiPart("checkOnly", String.valueOf(checkOnly))
                .multiPart("file", file.toFile(), "text/csv")
                .post("/uploads");
        assertEquals(303, response.statusCode(), "the upload page's answer: " + response.body().asString());
        long id = Long.parseLong(response.header("Location").replaceAll(".*/uploads/", ""));
        UploadOutcome outcome = UploadOutcome.onceFinished(fixtures, DemoData.POHJALA, id);
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from upload where id = ? and check_only = ?", id,
                checkOnly));
        assertEquals(true, outcome.status().equals("DONE") || outcome.status().equals("REFUSED"), outcome.toString());
        List<String> findings = new ArrayList<>();
        for (String problem : outcome.problems()) {
            // "row:column:rule key", the column as the file named it: the layout says whose field it is
            String[] parts = problem.split(":", 3);
            findings.add(parts[2] + "@" + kind.column(parts[1]).map(UploadColumn::field).orElse(parts[1]));
        }
        return Verdict.of(outcome.status().equals("DONE"), findings);
    }

    // The API: checked first, then saved.

    Verdict api(Case c, World world) {
        Map<String, String> values = values(c, world);
        String path = switch (c.op()) {
            case CONCLUDE -> "/api/v1/contracts/" + values.remove("contractNumber");
            case AMEND -> "/api/v1/contracts/" + values.remove("contractNumber") + "/amendments";
            case EXTEND -> "/api/v1/contracts/" + values.remove("contractNumber") + "/extensions";
            case CLAIM_CREATE, CLAIM_CHANGE -> "/api/v1/claims/" + values.remove("claimNumber");
            case PAYOUT -> "/api/v1/claims/" + world.claim() + "/payouts";
            case RECOVERY -> "/api/v1/claims/" + world.claim() + "/recoveries";
        };
        StringBuilder body = new StringBuilder("{\"acceptWarnings\": ").append(c.confirm());
        values.forEach((field, value) -> {
            if (!value.isEmpty()) {
                boolean bare = API_NUMBERS.contains(field) || field.equals("handlingFinished");
                body.append(", \"").append(field).append("\": ").append(bare ? value : "\"" + value + "\"");
            }
        });
        body.append('}');

        String before = footprint(world);
        Response check = call(c.op(), path + "?checkOnly=true", null, body.toString());
        assertEquals(before, footprint(world), "an API check wrote nothing");
        Response save = call(c.op(), path, UUID.randomUUID().toString(), body.toString());
        Verdict checked = apiVerdict(check);
        Verdict saved = apiVerdict(save);
        assertEquals(saved, checked, "the API's check answers what its save then answers");
        if (saved.saved()) {
            assertEquals(receipt(save), receipt(check), "the check's receipt is the save's, apart from ids");
            assertEquals(true, check.jsonPath().getBoolean("checkOnly"));
        } else {
            assertEquals(save.body().asString(), check.body().asString(), "the check's problem is the save's");
        }
        return saved;
    }

    private static Response call(Op op, String path, String key, String body) {
        var request = given().contentType("application/json").body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return op == Op.CLAIM_CREATE || op == Op.CLAIM_CHANGE ? request.put(path) : request.post(path);
    }

    private static Verdict apiVerdict(Response response) {
        int status = response.statusCode();
        if (status != 200 && status != 201 && status != 422) {
            throw new AssertionError("the API answered " + status + ": " + response.body().asString());
        }
        List<String> findings = new ArrayList<>();
        for (String list : List.of("errors", "warnings")) {
            List<Map<String, String>> items = response.jsonPath().getList(list);
            if (items != null) {
                items.forEach(i -> findings.add(i.get("code") + "@" + i.get("pointer").replaceFirst("^/", "")));
            }
        }
        return Verdict.of(status != 422, findings);
    }

    /** A receipt without what only a save has: the record's id, the event's id and instant, and the check's flag. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> receipt(Response response) {
        Map<String, Object> receipt = new LinkedHashMap<>(response.jsonPath().getMap(""));
        receipt.remove("checkOnly");
        Map<String, Object> record = new LinkedHashMap<>((Map<String, Object>) receipt.get("record"));
        record.remove("id");
        receipt.put("record", record);
        if (receipt.get("submission") != null) {
            Map<String, Object> submission = new LinkedHashMap<>((Map<String, Object>) receipt.get("submission"));
            submission.remove("id");
            submission.remove("submittedAt");
            receipt.put("submission", submission);
        }
        return receipt;
    }
}
