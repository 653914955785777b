package ee.tokvs.portal.dashboard;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.claim.ClaimFilter;
import ee.tokvs.portal.claim.ClaimSearch;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ActingAsTerviseametAnalyst;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every data-quality count on the dashboards equals the length of the claim list it opens, for an insurer and
 * for Terviseamet, over a register of 2013 (a year no other test touches) with claims on both sides of the
 * 90-day rule:
 *
 * <pre>
 * claim   insurer    received    type / severity             handling         reserve  on the list on 2013-12-31
 * ATT-P1  Põhjala    2013-10-01  BEING_SPECIFIED / II        open             yes      still specified (91 days)
 * ATT-P2  Põhjala    2013-10-02  INFECTION / PENDING         open             no       still specified (90 days), no reserve
 * ATT-P3  Põhjala    2013-10-03  BEING_SPECIFIED / PENDING   open             yes      — (89 days)
 * ATT-P4  Põhjala    2013-06-01  INFECTION / III             finished 08-01   no       —
 * ATT-P5  Põhjala    2013-06-01  INFECTION / III             open             no       no reserve
 * ATT-L1  Läänemere  2013-07-01  BEING_SPECIFIED / PENDING   open             no       still specified, no reserve
 * ATT-L2  Läänemere  2013-07-01  INFECTION / III             finished 08-01   yes      —
 * </pre>
 *
 * Põhjala's contract insures a family doctor (FAMILY_MEDICINE) for 2013; Läänemere's did too, until its second
 * version made a dentist the policyholder (DENTAL_CARE). All of it is saved as the insurers' staff would.
 *
 * <p>No claim can be finished without a date (the claim table's check constraint refuses it), so that list stays
 * empty here; its count and list are compared all the same.
 */
@QuarkusTest
class AttentionListsTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 12, 31);

    @Inject
    ee.tokvs.portal.reference.SpecialtyGroups specialtyGroups;

    @Inject
    Dashboards dashboards;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @BeforeEach
    void claimsAroundTheNinetyDays() {
        if (fixtures.count("*", "select count(*) from claim where claim_number = 'ATT-P1'") > 0) {
            return;
        }
        String p = register.contract(DemoData.POHJALA, familyDoctorIn2013()).number();
        Register.Saved l = register.contract(DemoData.LAANEMERE, familyDoctorIn2013());
        reserve(DemoData.POHJALA, claim(DemoData.POHJALA, p, "ATT-P1", "2013-10-01", "BEING_SPECIFIED", "II", null));
        claim(DemoData.POHJALA, p, "ATT-P2", "2013-10-02", "INFECTION", "PENDING", null);
        reserve(DemoData.POHJALA, claim(DemoData.POHJALA, p, "ATT-P3", "2013-10-03", "BEING_SPECIFIED", "PENDING", null));
        claim(DemoData.POHJALA, p, "ATT-P4", "2013-06-01", "INFECTION", "III", "2013-08-01");
        claim(DemoData.POHJALA, p, "ATT-P5", "2013-06-01", "INFECTION", "III", null);
        claim(DemoData.LAANEMERE, l.number(), "ATT-L1", "2013-07-01", "BEING_SPECIFIED", "PENDING", null);
        reserve(DemoData.LAANEMERE, claim(DemoData.LAANEMERE, l.number(), "ATT-L2", "2013-07-01", "INFECTION", "III",
                "2013-08-01"));
        register.change(DemoData.LAANEMERE, l.id(), ChangeKind.AMENDMENT, familyDoctorIn2013().changeDate("2013-03-01")
                .policyholder(DemoData.PROVIDER_DENTAL));
    }

    private static ContractBuilder familyDoctorIn2013() {
        return aContract().changeDate("2012-12-20").period("2013-01-01", "2013-12-31")
                .policyholder(DemoData.PROVIDER_FAMILY);
    }

    @Test
    @ActingAsPohjalaStaff
    void anInsurersCountsAreItsListsLengths() {
        assertEquals(List.of("STILL_SPECIFIED 2 = 2", "OPEN_WITHOUT_RESERVE 2 = 2", "FINISHED_WITHOUT_DATE 0 = 0"),
                countsAndLists(TODAY, false));
        // a day earlier ATT-P2 is 89 days old
        assertEquals("STILL_SPECIFIED 1 = 1", countsAndLists(TODAY.minusDays(1), false).get(0));
        // a day later ATT-P3 is 90 days old
        assertEquals("STILL_SPECIFIED 3 = 3", countsAndLists(TODAY.plusDays(1), false).get(0));
    }

    @Test
    @ActingAsTerviseametAnalyst
    void terviseametsCountsAreItsListsLengths() {
        assertEquals(List.of("STILL_SPECIFIED 3 = 3", "OPEN_WITHOUT_RESERVE 3 = 3", "FINISHED_WITHOUT_DATE 0 = 0"),
                countsAndLists(TODAY, true));
        assertEquals("STILL_SPECIFIED 2 = 2", countsAndLists(TODAY.minusDays(1), true).get(0));
        assertEquals("STILL_SPECIFIED 4 = 4", countsAndLists(TODAY.plusDays(1), true).get(0));
        // narrowed by the risk profile of the contract's current version, as both sides read it
        assertEquals(List.of("STILL_SPECIFIED 2 = 2", "OPEN_WITHOUT_RESERVE 2 = 2", "FINISHED_WITHOUT_DATE 0 = 0"),
                countsAndLists(TODAY, true, "riskProfile", "FAMILY_MEDICINE"));
        assertEquals(List.of("STILL_SPECIFIED 1 = 1", "OPEN_WITHOUT_RESERVE 1 = 1", "FINISHED_WITHOUT_DATE 0 = 0"),
                countsAndLists(TODAY, true, "riskProfile", "DENTAL_CARE"));
    }

    /** Each claim list of the data-quality figure as "CODE count = length of the list its link opens". */
    private List<String> countsAndLists(LocalDate today, boolean forTerviseamet, String... narrowedBy) {
        Map<String, String> params = new HashMap<>(Map.of("from", "2013-01-01", "to", "2013-12-31"));
        for (int i = 0; i < narrowedBy.length; i += 2) {
            params.put(narrowedBy[i], narrowedBy[i + 1]);
        }
        DashboardFilter filter = DashboardFilter.of(params::get, today);
        List<String> result = new ArrayList<>();
        for (Figure.Row row : dashboards.attention(filter, today, forTerviseamet).rows()) {
            if (row.drill() == null || !row.drill().startsWith("/claims?")) {
                continue; // the unknown policyholders open the provider list, not claims
            }
            result.add(row.code() + " " + row.values().get(0).toPlainString() + " = " + listLength(row.drill(), today));
        }
        assertTrue(result.size() == 3, result.toString());
        return result;
    }

    /** The total of the claim list at the link, read as the claim list reads its address. */
    @SuppressWarnings("unchecked")
    private int listLength(String link, LocalDate today) {
        ClaimFilter filter = new ClaimFilter();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            try {
                // The list binds each parameter to the filter's field of that name, every value of a list's.
                java.lang.reflect.Field field = ClaimFilter.class.getField(name);
                String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                if (field.getType() == List.class) {
                    List<String> values = new ArrayList<>((List<String>) field.get(filter));
                    values.add(value);
                    field.set(filter, values);
                } else {
                    field.set(filter, value);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("the claim list has no parameter " + name, e);
            }
        }
        return new ClaimSearch(filter, today, AttentionListsTest::date, specialtyGroups::specialtiesOf).run().total();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A submitted claim of an incident on 1 May 2013, open unless finished on the given day; returns its id. */
    private long claim(String insurer, String contract, String number, String received, String type, String severity,
            String finishedOn) {
        ClaimBuilder claim = aClaim().contract(contract).number(number).received(received).incident("2013-05-01")
                .type(type).severity(severity);
        return register.claim(insurer, finishedOn == null ? claim : claim.finished(finishedOn)).id();
    }

    private void reserve(String insurer, long claim) {
        register.add(insurer, claim, aReserve().date("2013-11-01").amount("100"));
    }
}
