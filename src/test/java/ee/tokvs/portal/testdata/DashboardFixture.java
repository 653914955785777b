package ee.tokvs.portal.testdata;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.anOutstandingRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;

import ee.tokvs.portal.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A small register in 2015–2016, years no other test or the demo generator touches, whose every dashboard
 * figure is worked out by hand in DashboardQueriesTest:
 *
 * <pre>
 * contract  insurer    policyholder (risk profile)   period
 * DASH-K1   Põhjala    90000015 (LARGE_HOSPITAL)     2015-01-01 – 2015-12-31   365 days
 * DASH-K2   Põhjala    90000021 (DENTAL_CARE)        2015-07-01 – 2016-06-30   366 days
 * DASH-K3   Läänemere  90000015 (LARGE_HOSPITAL)     2016-01-01 – 2016-12-31   366 days
 *
 * claim    contract incident    received    status             type             severity finished    specialty
 * DASH-C1  K1       2015-03-10  2015-04-01  INSURED_EVENT      INFECTION        VI       2015-06-30  GENERAL_SURGERY
 * DASH-C2  K1       2015-11-20  2016-01-15  SUBMITTED          BEING_SPECIFIED  PENDING  open        (none yet)
 * DASH-C3  K2       2016-02-01  2016-02-10  NOT_INSURED_EVENT  DEVICE_FAILURE   II       2016-03-11  DENTISTRY
 * DASH-C4  K3       2016-05-05  2016-05-20  INSURED_EVENT      INFECTION        V        open        GENERAL_SURGERY
 * </pre>
 *
 * Money: C1 pays 1,000 treatment costs and 20,000 non-pecuniary, reserves 300 then 100 for treatment costs,
 * recovers −200 deductible; C4 pays 500 treatment costs, reserves 700 temporary incapacity, and expects 400
 * then 250 from another insurer. Submission events: each claim's creation on its received date (on time);
 * C3 decided NOT_INSURED_EVENT on 2016-02-25 and C4 INSURED_EVENT on 2016-06-19, both late.
 *
 * <p>Written as history ({@link RegisterHistory}), not through the services: submissions on time in 2015 cannot be
 * made today.
 */
@ApplicationScoped
public class DashboardFixture {

    @Inject
    RegisterFixtures fixtures;

    @Inject
    RegisterHistory history;

    public synchronized void seed() {
        if (fixtures.count("*", "select count(*) from claim where claim_number = 'DASH-C1'") > 0) {
            return;
        }
        long k1 = contract(DemoData.POHJALA, "DASH-K1", DemoData.PROVIDER_LARGE_HOSPITAL, "2015-01-01", "2015-12-31");
        long k2 = contract(DemoData.POHJALA, "DASH-K2", DemoData.PROVIDER_DENTAL, "2015-07-01", "2016-06-30");
        long k3 = contract(DemoData.LAANEMERE, "DASH-K3", DemoData.PROVIDER_LARGE_HOSPITAL, "2016-01-01", "2016-12-31");
        long c1 = claim(DemoData.POHJALA, k1, "DASH-C1", "2015-03-10", "2015-04-01", "INSURED_EVENT", "INFECTION", "VI", "2015-06-30");
        long c2 = claim(DemoData.POHJALA, k1, "DASH-C2", "2015-11-20", "2016-01-15", "SUBMITTED", "BEING_SPECIFIED", "PENDING", null);
        long c3 = claim(DemoData.POHJALA, k2, "DASH-C3", "2016-02-01", "2016-02-10", "NOT_INSURED_EVENT", "DEVICE_FAILURE", "II", "2016-03-11");
        long c4 = claim(DemoData.LAANEMERE, k3, "DASH-C4", "2016-05-05", "2016-05-20", "INSURED_EVENT", "INFECTION", "V", null);
        specialty(DemoData.POHJALA, c1, "GENERAL_SURGERY");
        specialty(DemoData.POHJALA, c3, "DENTISTRY");
        specialty(DemoData.LAANEMERE, c4, "GENERAL_SURGERY");
        history.add(DemoData.POHJALA, c1, aPayout().date("2015-05-01").type("TREATMENT_COSTS").amount("1000.00"));
        history.add(DemoData.POHJALA, c1, aPayout().date("2015-06-01").type("NON_PECUNIARY").amount("20000.00"));
        history.add(DemoData.LAANEMERE, c4, aPayout().date("2016-06-01").type("TREATMENT_COSTS").amount("500.00"));
        history.add(DemoData.POHJALA, c1, aReserve().date("2015-05-01").type("TREATMENT_COSTS").amount("300.00"));
        history.add(DemoData.POHJALA, c1, aReserve().date("2015-06-01").type("TREATMENT_COSTS").amount("100.00"));
        history.add(DemoData.LAANEMERE, c4, aReserve().date("2016-06-01").type("TEMPORARY_INCAPACITY").amount("700.00"));
        history.add(DemoData.POHJALA, c1, aRecovery().date("2015-06-15").type("DEDUCTIBLE").amount("-200.00"));
        history.add(DemoData.LAANEMERE, c4, anOutstandingRecovery().date("2016-06-01").type("OTHER_INSURER").amount("400.00"));
        history.add(DemoData.LAANEMERE, c4, anOutstandingRecovery().date("2016-07-01").type("OTHER_INSURER").amount("250.00"));
        history.submission(DemoData.POHJALA, c1, "DASH-C1", "CLAIM_CREATED", "2015-04-01", false, "INSURED_EVENT");
        history.submission(DemoData.POHJALA, c2, "DASH-C2", "CLAIM_CREATED", "2016-01-15", false, "SUBMITTED");
        history.submission(DemoData.POHJALA, c3, "DASH-C3", "CLAIM_CREATED", "2016-02-10", false, "SUBMITTED");
        history.submission(DemoData.POHJALA, c3, "DASH-C3", "CLAIM_CHANGED", "2016-02-25", true, "NOT_INSURED_EVENT");
        history.submission(DemoData.LAANEMERE, c4, "DASH-C4", "CLAIM_CREATED", "2016-05-20", false, "SUBMITTED");
        history.submission(DemoData.LAANEMERE, c4, "DASH-C4", "CLAIM_CHANGED", "2016-06-19", true, "INSURED_EVENT");
    }

    /** Concluded ten days before the period starts. */
    private long contract(String insurer, String number, String policyholder, String start, String end) {
        return history.contract(insurer, aContract().number(number).policyholder(policyholder).period(start, end)
                .changeDate(LocalDate.parse(start).minusDays(10)));
    }

    private long claim(String insurer, long contract, String number, String incident, String received, String status,
            String type, String severity, String finished) {
        var claim = aClaim().number(number).incident(incident).received(received).status(status).type(type)
                .severity(severity).incidentNumber("J-" + number);
        return history.claim(insurer, contract, finished == null ? claim : claim.finished(finished));
    }

    /** Set by a change of the claim, as a later correction would be. */
    private void specialty(String insurer, long claim, String specialty) {
        fixtures.update(insurer, "update claim set specialty = ? where id = ?", specialty, claim);
    }
}
