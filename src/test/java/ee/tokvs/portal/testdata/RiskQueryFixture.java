package ee.tokvs.portal.testdata;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.anOutstandingRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.CodeList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Two insurers' contracts and claims with two providers of a risk profile of their own (so no other test's data falls
 * into the profile), entered through the services as each insurer's staff would, and every §4 figure worked out by
 * hand in RiskQueriesTest. A = Põhjala, B = Läänemere; H1 and H2 are the fixture's providers, of profile P.
 *
 * <pre>
 * contract  insurer  holder  versions (the current one counts)                                  period days
 * K1        A        H1      v1 2024-01-01 – 2024-12-31, sums 100,000 / 300,000                 366 (leap year)
 * K2        A        H1      v1 2025-01-01 – 2025-06-30, 100,000 / 300,000;                     365
 *                            v2 amendment: sums 200,000 / 600,000;
 *                            v3 extension: 2025-01-01 – 2025-12-31, 200,000 / 600,000
 * K3        B        H1      v1 2025-03-01 – 2026-02-28, 200,000 / 600,000                      365
 * K4        B        H2      v1 2025-01-01 – 2025-12-31, 50,000 / 150,000                       365
 *
 * claim  contract  incident (number)  status             type             severity  handling
 * C1     K1        2024-06-10 (J1)    INSURED_EVENT      INFECTION        III       finished 2024-12-01
 * C2     K2        2025-02-01 (J2)    SUBMITTED          BEING_SPECIFIED  PENDING   open
 * C3     K3        2025-04-15 (J3)    INSURED_EVENT      INFECTION        III       open
 * C4     K3        2025-04-15 (J3)    NOT_INSURED_EVENT  INFECTION        II        finished 2025-09-01
 * C5     K4        2025-08-01 (J5)    INSURED_EVENT      DEVICE_FAILURE   IV        open
 *
 * money  C1: paid treatment costs 1,000 + 500, non-pecuniary 2,000; treatment reserve 300, later 100; deductible −200
 *        C2: treatment reserve 400
 *        C3: paid treatment costs 700; recovery from another insurer −100, outstanding 400, later 250
 *        C5: paid temporary incapacity 3,000; its reserve 1,500
 * </pre>
 * C5 is entered as submitted and being specified, reserved for, then assessed as above, then paid: the figures count
 * it as it stands, once in its damage type.
 * C3 and C4 are two injured people of one incident: two claims, one insured event (C4 was assessed as none).
 */
@ApplicationScoped
public class RiskQueryFixture {

    /** The codes the fixture made: its providers and their risk profile. */
    public record Codes(String h1, String h2, String profile) {
    }

    @Inject
    Register register;

    private Codes codes;

    public synchronized Codes seed() {
        if (codes != null) {
            return codes;
        }
        String profile = register.codeListEntry(CodeList.RISK_PROFILE, RegisterFixtures.unique("S4P").toUpperCase()
                .replaceAll("[^A-Z0-9_]", "_"));
        String h1 = register.provider(profile);
        String h2 = register.provider(profile);
        String a = DemoData.POHJALA;
        String b = DemoData.LAANEMERE;

        String k1 = contract(a, h1, "2024-01-01", "2024-12-31", "100000.00", "300000.00", "2023-12-20");
        var k2 = register.contract(a, aContract().policyholder(h1).period("2025-01-01", "2025-06-30")
                .sums("100000.00", "300000.00").changeDate("2024-12-20"));
        register.change(a, k2.id(), ChangeKind.AMENDMENT, aContract().number(k2.number()).policyholder(h1)
                .period("2025-01-01", "2025-06-30").sums("200000.00", "600000.00").changeDate("2025-03-01"));
        register.change(a, k2.id(), ChangeKind.EXTENSION, aContract().number(k2.number()).policyholder(h1)
                .period("2025-01-01", "2025-12-31").sums("200000.00", "600000.00").changeDate("2025-06-15"));
        String k3 = contract(b, h1, "2025-03-01", "2026-02-28", "200000.00", "600000.00", "2025-02-20");
        String k4 = contract(b, h2, "2025-01-01", "2025-12-31", "50000.00", "150000.00", "2024-12-20");

        long c1 = register.claim(a, aClaim().contract(k1).incidentNumber("J1").incident("2024-06-10").received("2024-06-20")
                .status("INSURED_EVENT").type("INFECTION").severity("III").finished("2024-12-01")).id();
        long c2 = register.claim(a, aClaim().contract(k2.number()).incidentNumber("J2").incident("2025-02-01")
                .received("2025-02-05")).id();
        long c3 = register.claim(b, aClaim().contract(k3).incidentNumber("J3").incident("2025-04-15").received("2025-04-20")
                .status("INSURED_EVENT").type("INFECTION").severity("III")).id();
        register.claim(b, aClaim().contract(k3).incidentNumber("J3").incident("2025-04-15").received("2025-04-22")
                .status("NOT_INSURED_EVENT").type("INFECTION").severity("II").finished("2025-09-01"));
        // C5 is first entered as being specified, reserved for, then assessed, then paid: its summaries follow each step
        var c5Claim = aClaim().contract(k4).incidentNumber("J5").incident("2025-08-01").received("2025-08-05");
        long c5 = register.claim(b, c5Claim).id();
        register.add(b, c5, aReserve().date("2025-08-10").type("TEMPORARY_INCAPACITY").amount("1500.00"));
        register.change(b, c5, c5Claim.status("INSURED_EVENT").type("DEVICE_FAILURE").severity("IV").changeDate("2025-08-20"));

        register.add(a, c1, aPayout().date("2024-07-01").type("TREATMENT_COSTS").amount("1000.00"));
        register.add(a, c1, aPayout().date("2024-08-01").type("TREATMENT_COSTS").amount("500.00"));
        register.add(a, c1, aPayout().date("2024-09-01").type("NON_PECUNIARY").amount("2000.00"));
        register.add(a, c1, aReserve().date("2024-07-01").type("TREATMENT_COSTS").amount("300.00"));
        register.add(a, c1, aReserve().date("2024-08-01").type("TREATMENT_COSTS").amount("100.00"));
        register.add(a, c1, aRecovery().date("2024-10-01").type("DEDUCTIBLE").amount("-200.00"));
        register.add(a, c2, aReserve().date("2025-02-10").type("TREATMENT_COSTS").amount("400.00"));
        register.add(b, c3, aPayout().date("2025-05-01").type("TREATMENT_COSTS").amount("700.00"));
        register.add(b, c3, aRecovery().date("2025-06-01").type("OTHER_INSURER").amount("-100.00"));
        register.add(b, c3, anOutstandingRecovery().date("2025-05-01").type("OTHER_INSURER").amount("400.00"));
        register.add(b, c3, anOutstandingRecovery().date("2025-06-01").type("OTHER_INSURER").amount("250.00"));
        register.add(b, c5, aPayout().date("2025-09-01").type("TEMPORARY_INCAPACITY").amount("3000.00"));
        codes = new Codes(h1, h2, profile);
        return codes;
    }

    private String contract(String insurer, String holder, String start, String end, String perEvent, String aggregate,
            String concluded) {
        return register.contract(insurer, aContract().policyholder(holder).period(start, end).sums(perEvent, aggregate)
                .changeDate(concluded)).number();
    }
}
