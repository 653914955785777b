package ee.tokvs.portal.channels;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.RegisterFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One table of contract and claim data, each case with the verdict every channel (form, upload, API) must give:
 * saved or refused, and the findings as "rule key@field". Values are written as all three channels take them (ISO
 * dates, plain decimals, codes); {contract} and {claim} stand for numbers each run makes its own. Where a channel's
 * difference is meant (the form refusing to save a claim unchanged, which the API and an upload take as unchanged),
 * the case says so beside its verdict.
 *
 * <p>What each case starts from ({@link Setup}) is made by {@code RegisterFixtures}: a contract of Põhjala's for
 * 2025 (concluded 02.01.2025, per event 100 000, aggregate 300 000), and under it a claim received 10.06.2025 for an
 * incident on 01.05.2025, submitted, its type and severity being specified.
 */
final class ChannelCases {

    /** What is saved: one record of one of the three channels' shared operations. */
    enum Op {
        CONCLUDE, AMEND, EXTEND, CLAIM_CREATE, CLAIM_CHANGE, PAYOUT, RECOVERY
    }

    /** What the register holds before the case. */
    enum Setup {
        NOTHING, CONTRACT, CLAIM, INSURED_CLAIM_SEVERITY_II, NOT_INSURED_CLAIM
    }

    /** Saved or refused, and what the rules found, as "rule key@field". */
    record Verdict(boolean saved, Set<String> findings) {

        static Verdict of(boolean saved, Iterable<String> findings) {
            Set<String> sorted = new TreeSet<>();
            findings.forEach(sorted::add);
            return new Verdict(saved, sorted);
        }

        /** A form that saves goes on to the record's page, which shows no findings. */
        Verdict asAFormShowsIt() {
            return saved ? new Verdict(true, Set.of()) : this;
        }

        @Override
        public String toString() {
            return (saved ? "saved " : "refused ") + findings;
        }
    }

    /** A case and its verdict; {@code formVerdict}, where not null, is a difference of the form's that is meant. */
    record Case(String name, Op op, Setup setup, Map<String, String> fields, boolean confirm, Verdict expected,
            Verdict formVerdict) {

        Case with(String field, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(field, value);
            return new Case(name, op, setup, changed, confirm, expected, formVerdict);
        }

        Case withSetup(Setup other) {
            return new Case(name, op, other, fields, confirm, expected, formVerdict);
        }

        Case confirmed() {
            return new Case(name, op, setup, fields, true, expected, formVerdict);
        }

        Case saved(String... findings) {
            return new Case(name, op, setup, fields, confirm, Verdict.of(true, List.of(findings)), formVerdict);
        }

        Case refused(String... findings) {
            return new Case(name, op, setup, fields, confirm, Verdict.of(false, List.of(findings)), formVerdict);
        }

        Case exceptTheForm(boolean saved, String... findings) {
            return new Case(name, op, setup, fields, confirm, expected, Verdict.of(saved, List.of(findings)));
        }

        Verdict expectedOfTheForm() {
            return formVerdict != null ? formVerdict : expected.asAFormShowsIt();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A valid registry code no provider has: the policyholder is unknown to the register. */
    static final String UNREGISTERED = unregistered();

    private ChannelCases() {
    }

    static Case conclusion(String name) {
        return new Case(name, Op.CONCLUDE, Setup.NOTHING, fields("contractNumber", "{contract}", "changeDate", "2025-12-19",
                "policyholderCode", DemoData.PROVIDER_LARGE_HOSPITAL, "periodStart", "2026-01-01", "periodEnd", "2026-12-31",
                "sumPerEvent", "100000.00", "sumAggregate", "300000.00"), false, null, null);
    }

    static Case change(String name, Op op) {
        return new Case(name, op, Setup.CONTRACT, fields("contractNumber", "{contract}", "changeDate", "2025-06-02",
                "policyholderCode", DemoData.PROVIDER_LARGE_HOSPITAL, "periodStart", "2025-01-01", "periodEnd", "2025-12-31",
                "sumPerEvent", "100000.00", "sumAggregate", "400000.00"), false, null, null);
    }

    static Case newClaim(String name) {
        return new Case(name, Op.CLAIM_CREATE, Setup.CONTRACT, fields("claimNumber", "{claim}", "contractNumber", "{contract}",
                "receivedDate", "2025-06-10", "incidentNumber", "J-{claim}", "incidentDate", "2025-05-01",
                "status", "SUBMITTED", "incidentType", "BEING_SPECIFIED", "severity", "PENDING"), false, null, null);
    }

    /** The fixture's claim, decided: an insured event, an infection of severity II, changed on 02.09.2025. */
    static Case claimChange(String name) {
        return new Case(name, Op.CLAIM_CHANGE, Setup.CLAIM, fields("claimNumber", "{claim}", "contractNumber", "{contract}",
                "receivedDate", "2025-06-10", "incidentNumber", "INC-{claim}", "incidentDate", "2025-05-01",
                "status", "INSURED_EVENT", "incidentType", "INFECTION", "severity", "II", "changeDate", "2025-09-02"),
                false, null, null);
    }

    static Case money(String name, Op op, Setup setup, String type, String amount) {
        return new Case(name, op, setup, fields("date", "2025-07-15", "type", type, "amount", amount), false, null, null);
    }

    static List<Case> all() {
        return List.of(
                conclusion("a valid conclusion is saved").saved(),
                conclusion("a conclusion without its policyholder").with("policyholderCode", "")
                        .refused("rule_required@policyholderCode"),
                conclusion("a period that ends before it starts").with("periodEnd", "2025-06-30")
                        .refused("rule_period_end_before_start@periodEnd"),
                conclusion("a contract number already taken").withSetup(Setup.CONTRACT)
                        .refused("rule_contract_number_taken@contractNumber"),
                conclusion("an unknown policyholder, not confirmed").with("policyholderCode", UNREGISTERED)
                        .refused("rule_policyholder_unknown@policyholderCode"),
                conclusion("an unknown policyholder, confirmed").with("policyholderCode", UNREGISTERED).confirmed()
                        .saved("rule_policyholder_unknown@policyholderCode"),
                conclusion("a registry code with a wrong check digit").with("policyholderCode", "90000016")
                        .refused("rule_registry_code_invalid@policyholderCode"),
                conclusion("an aggregate below the sum per event").with("sumAggregate", "50000.00")
                        .refused("rule_aggregate_below_per_event@sumAggregate"),
                conclusion("a date out of the register's range").with("periodStart", "2200-01-01")
                        .refused("rule_date_out_of_range@periodStart"),
                conclusion("an amount with fractions of a cent").with("sumPerEvent", "100000.005")
                        .refused("rule_money_cents@sumPerEvent"),
                conclusion("a change date in the future").with("changeDate", "2099-01-02")
                        .refused("rule_date_in_future@changeDate"),
                change("a valid amendment is saved", Op.AMEND).saved(),
                change("an extension that does not extend", Op.EXTEND).with("periodEnd", "2025-11-30")
                        .refused("rule_extension_must_extend@periodEnd"),
                change("an amendment dated before the version it changes", Op.AMEND).with("changeDate", "2024-12-31")
                        .refused("rule_change_before_previous@changeDate"),
                newClaim("a valid claim is saved").saved(),
                newClaim("a claim under an unknown contract").withSetup(Setup.NOTHING)
                        .refused("rule_contract_not_found@contractNumber"),
                newClaim("a claim without its incident number").with("incidentNumber", "")
                        .refused("rule_required@incidentNumber"),
                newClaim("an incident outside the contract's period, not confirmed").with("incidentDate", "2024-12-15")
                        .refused("rule_incident_outside_period@incidentDate"),
                newClaim("an insured event whose type is 'other'").with("status", "INSURED_EVENT").with("incidentType", "OTHER")
                        .refused("rule_incident_type_not_for_insured_event@incidentType"),
                newClaim("a severity not in the code list").with("severity", "VII")
                        .refused("rule_code_unknown@severity"),
                newClaim("handling finished without its date").with("handlingFinished", "true")
                        .refused("rule_finished_date_required@finishedDate"),
                claimChange("a valid change of a claim is saved").saved(),
                // Sent again as it is, a claim is unchanged for the API (a PUT) and an upload (a file sent again);
                // the form, whose user pressed save without changing anything, says so instead.
                claimChange("the claim as it already is").with("status", "SUBMITTED").with("incidentType", "BEING_SPECIFIED")
                        .with("severity", "PENDING").saved().exceptTheForm(false, "rule_nothing_changed@changeDate"),
                change("an amendment that changes nothing", Op.AMEND).with("sumAggregate", "300000.00")
                        .refused("rule_nothing_changed@changeDate"),
                claimChange("a change of a claim without its change date").with("changeDate", "")
                        .refused("rule_required@changeDate"),
                money("a payout is saved", Op.PAYOUT, Setup.INSURED_CLAIM_SEVERITY_II, "TREATMENT_COSTS", "100.00").saved(),
                money("non-pecuniary damage over the cap of severity II", Op.PAYOUT, Setup.INSURED_CLAIM_SEVERITY_II,
                        "NON_PECUNIARY", "600.00").refused("rule_non_pecuniary_cap@amount"),
                money("a payout on a claim that is not an insured event", Op.PAYOUT, Setup.NOT_INSURED_CLAIM,
                        "TREATMENT_COSTS", "100.00").refused("rule_payout_not_insured_event@type"),
                money("work capacity on a payout that is not for permanent incapacity", Op.PAYOUT,
                        Setup.INSURED_CLAIM_SEVERITY_II, "TREATMENT_COSTS", "100.00").with("generalReductionPct", "50")
                        .refused("rule_work_capacity_only_permanent@generalReductionPct"),
                money("a recovery recorded as a positive amount", Op.RECOVERY, Setup.INSURED_CLAIM_SEVERITY_II,
                        "DEDUCTIBLE", "50.00").refused("rule_recovery_negative@amount"));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** Outside the demo register's providers (80000000–89999999), whose contracts mark an insurer as generated. */
    private static String unregistered() {
        return RegisterFixtures.freshRegistryCode("78");
    }
}
