package ee.tokvs.portal.testdata;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.RegistryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Two insurers of the fixture's own with claims in 2005–2008, years no other test or the demo generator touches, so
 * that even the triangles of all insurers as at 2007 or 2008 hold these claims alone. Every cell, factor and ultimate
 * is worked out by hand in TriangleQueriesTest.
 *
 * <pre>
 * claim  insurer  incident    received    money (payout P, reserve R by damage type, recovery)
 * A1     A        2005-03-01  2005-04-01  P 2005-06-01 1,000 treatment; 2006-02-01 500 treatment;
 *                                         2007-05-01 1,500 non-pecuniary; 2008-02-01 200 treatment
 *                                         R treatment 2005-06-01 2,000; 2006-02-01 1,000; 2007-05-01 0
 *                                         R non-pecuniary 2005-09-01 3,000; 2006-12-31 2,500
 *                                         recovery 2006-06-01 −300 deductible
 * A2     A        2005-11-20  2006-01-15  P 2006-03-01 2,000 temporary incapacity
 *                                         R temporary incapacity 2006-01-20 4,000, the same day 3,000 (written after);
 *                                         2007-03-01 1,000; 2008-01-10 0
 * A3     A        2006-05-05  2006-05-20  P 2006-07-01 600, 2007-07-01 400 treatment; R treatment 2006-07-01 800
 * A4     A        2007-02-01  2007-03-01  P 2006-12-15 100 (before its incident year), 2007-04-01 300 treatment;
 *                                         R treatment 2007-04-01 700
 * A5     A        2006-12-01  2008-01-10  none; handling finished 2008-03-01
 * B1     B        2006-08-01  2006-09-01  P 2007-01-15 5,000 treatment; R treatment 2006-09-01 10,000; 2007-01-15 2,000
 * </pre>
 *
 * <p>Written as history ({@link RegisterHistory}), not through the services: the claims and money rows are of years
 * long past, which the services would judge and date as submitted today.
 */
@ApplicationScoped
public class TriangleFixture {

    public static final String A = registryCode("1995000");
    public static final String A_NAME = "Kolmnurga Kindlustus AS";
    public static final String B = registryCode("1995001");
    public static final String B_NAME = "Teise Kolmnurga Kindlustus AS";

    @Inject
    Register register;

    @Inject
    RegisterHistory history;

    @Inject
    RegisterFixtures fixtures;

    public synchronized void seed() {
        if (fixtures.count("*", "select count(*) from claim where claim_number = 'TRI-A1'") > 0) {
            return;
        }
        register.insurer(A, A_NAME, Insurer.LicenceStatus.ACTIVE);
        register.insurer(B, B_NAME, Insurer.LicenceStatus.ACTIVE);
        long ka = history.contract(A, aContract().number("TRI-KA").policyholder(DemoData.PROVIDER_LARGE_HOSPITAL)
                .period("2005-01-01", "2007-12-31").changeDate("2004-12-20"));
        long kb = history.contract(B, aContract().number("TRI-KB").policyholder(DemoData.PROVIDER_LARGE_HOSPITAL)
                .period("2006-01-01", "2006-12-31").changeDate("2005-12-20"));

        long a1 = claim(A, ka, "TRI-A1", "2005-03-01", "2005-04-01");
        payout(A, a1, "2005-06-01", "TREATMENT_COSTS", "1000.00");
        payout(A, a1, "2006-02-01", "TREATMENT_COSTS", "500.00");
        payout(A, a1, "2007-05-01", "NON_PECUNIARY", "1500.00");
        payout(A, a1, "2008-02-01", "TREATMENT_COSTS", "200.00");
        reserve(A, a1, "2005-06-01", "TREATMENT_COSTS", "2000.00");
        reserve(A, a1, "2006-02-01", "TREATMENT_COSTS", "1000.00");
        reserve(A, a1, "2007-05-01", "TREATMENT_COSTS", "0.00");
        reserve(A, a1, "2005-09-01", "NON_PECUNIARY", "3000.00");
        reserve(A, a1, "2006-12-31", "NON_PECUNIARY", "2500.00");
        history.add(A, a1, aRecovery().date("2006-06-01").type("DEDUCTIBLE").amount("-300.00"));

        long a2 = claim(A, ka, "TRI-A2", "2005-11-20", "2006-01-15");
        payout(A, a2, "2006-03-01", "TEMPORARY_INCAPACITY", "2000.00");
        reserve(A, a2, "2006-01-20", "TEMPORARY_INCAPACITY", "4000.00");
        reserve(A, a2, "2006-01-20", "TEMPORARY_INCAPACITY", "3000.00");
        reserve(A, a2, "2007-03-01", "TEMPORARY_INCAPACITY", "1000.00");
        reserve(A, a2, "2008-01-10", "TEMPORARY_INCAPACITY", "0.00");

        long a3 = claim(A, ka, "TRI-A3", "2006-05-05", "2006-05-20");
        payout(A, a3, "2006-07-01", "TREATMENT_COSTS", "600.00");
        payout(A, a3, "2007-07-01", "TREATMENT_COSTS", "400.00");
        reserve(A, a3, "2006-07-01", "TREATMENT_COSTS", "800.00");

        long a4 = claim(A, ka, "TRI-A4", "2007-02-01", "2007-03-01");
        payout(A, a4, "2006-12-15", "TREATMENT_COSTS", "100.00");
        payout(A, a4, "2007-04-01", "TREATMENT_COSTS", "300.00");
        reserve(A, a4, "2007-04-01", "TREATMENT_COSTS", "700.00");

        history.claim(A, ka, aClaim().number("TRI-A5").incidentNumber("J-TRI-A5").incident("2006-12-01")
                .received("2008-01-10").status("NOT_INSURED_EVENT").type("INFECTION").severity("II")
                .finished("2008-03-01"));

        long b1 = claim(B, kb, "TRI-B1", "2006-08-01", "2006-09-01");
        payout(B, b1, "2007-01-15", "TREATMENT_COSTS", "5000.00");
        reserve(B, b1, "2006-09-01", "TREATMENT_COSTS", "10000.00");
        reserve(B, b1, "2007-01-15", "TREATMENT_COSTS", "2000.00");
    }

    /** An insured event being handled. */
    private long claim(String insurer, long contract, String number, String incident, String received) {
        return history.claim(insurer, contract, aClaim().number(number).incidentNumber("J-" + number)
                .incident(incident).received(received).insured("III"));
    }

    private void payout(String insurer, long claim, String date, String type, String amount) {
        history.add(insurer, claim, aPayout().date(date).type(type).amount(amount));
    }

    private void reserve(String insurer, long claim, String date, String type, String amount) {
        history.add(insurer, claim, aReserve().date(date).type(type).amount(amount));
    }

    private static String registryCode(String sevenDigits) {
        return sevenDigits + RegistryCode.checkDigit(sevenDigits);
    }
}
