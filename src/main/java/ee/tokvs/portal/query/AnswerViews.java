package ee.tokvs.portal.query;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.query.AnswerView.AnswerTable;
import ee.tokvs.portal.query.AnswerView.Part;
import ee.tokvs.portal.query.ClaimBreakdowns.DamageRow;
import ee.tokvs.portal.query.ClaimBreakdowns.RecoveryRow;
import ee.tokvs.portal.query.ClaimBreakdowns.StatusRow;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.web.Cell;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a §4 answer into what its reader sees ({@link AnswerView}): codes as their labels in the reader's language,
 * numbers and dates as typed cells that the page writes in that language and a file as numbers, under the headings the
 * regulation's points name.
 */
@RequestScoped
public class AnswerViews {

    @Inject
    UiLocale ui;

    @Inject
    CodeLists codes;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    private QueryMessages texts;

    /** The bundle in the reader's language: what the templates show as {@code query:…}. */
    QueryMessages texts() {
        if (texts == null) {
            texts = MessageBundles.get(QueryMessages.class, Localized.Literal.of(ui.lang()));
        }
        return texts;
    }

    /** The head of a printed answer: its log line and time, for the acting insurer, by this person (and company). */
    public Statement statement(Asked<?> asked) {
        String code = actingInsurer.insurerCode().orElse("");
        String insurer = Insurer.findByRegistryCode(code).map(i -> i.name + " (" + code + ")").orElse(code);
        String company = currentUser.representativeCompany().map(o -> (currentUser.organisationName() == null ? "" : currentUser.organisationName() + " ")
                        + "(" + o.registryCode() + ")")
                .orElse(null);
        return new Statement(asked.reference(), Figures.tallinn(asked.askedAt()), insurer,
                currentUser.displayName() + " (" + currentUser.username() + ")", company);
    }

    /** §4(3),(4): the provider and its contracts, then its claims by the year of the incident. */
    public AnswerView of(ProviderReport report) {
        QueryMessages t = texts();
        ProviderReport.Provider provider = report.provider();
        ProviderReport.Contracts contracts = report.contracts();
        AnswerTable facts = facts(t.query_facts_PROVIDER_REPORT(), List.of(
                List.of(text(t.query_fact_registry_code()), text(report.registryCode())),
                List.of(text(t.query_fact_name()), text(provider == null ? t.query_provider_not_listed()
                        : provider.name() == null ? t.query_provider_incomplete() : provider.name())),
                List.of(text(t.query_fact_risk_profile()), text(profile(provider == null ? null : provider.riskProfile()))),
                List.of(text(t.query_fact_contracts()), Cell.count(contracts.contracts())),
                List.of(text(t.query_fact_first_start()), date(contracts.firstPeriodStart())),
                List.of(text(t.query_fact_last_end()), date(contracts.lastPeriodEnd()))));
        if (provider == null && contracts.contracts() == 0 && report.claims().isEmpty()) {
            return new AnswerView(facts, t.query_empty_PROVIDER_REPORT(report.registryCode()), List.of());
        }
        List<List<Cell>> sums = contracts.bySums().stream()
                .map(s -> List.of(Cell.amount(s.sumPerEvent()), Cell.amount(s.sumAggregate()), Cell.count(s.contracts())))
                .toList();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(t.query_part_contracts(), List.of(table("table-sums", t.query_table_sums(),
                List.of(t.query_col_sum_per_event(), t.query_col_sum_aggregate(), t.query_col_contracts()), 2, sums,
                Cell.count(contracts.bySums().stream().mapToLong(ProviderReport.SumGroup::contracts).sum())))));
        parts.addAll(claimParts(report.claims()));
        return new AnswerView(facts, null, parts);
    }

    /** §4(6),(7): the profile's contracts by the year their period started, then its claims by incident year. */
    public AnswerView of(ProfileStatistics statistics) {
        QueryMessages t = texts();
        ProfileStatistics.ContractYear all = statistics.total();
        AnswerTable facts = facts(t.query_facts_PROFILE_STATISTICS(), List.of(
                List.of(text(t.query_fact_risk_profile()), text(profile(statistics.riskProfile()))),
                List.of(text(t.query_fact_contracts()), Cell.count(all.contracts()))));
        if (statistics.contractYears().isEmpty() && statistics.claims().isEmpty()) {
            return new AnswerView(facts, t.query_empty_PROFILE_STATISTICS(profile(statistics.riskProfile())), List.of());
        }
        List<List<Cell>> years = statistics.contractYears().stream()
                .map(y -> List.of(year(y.year()), Cell.count(y.contracts()), Cell.count(y.insuredDays()))).toList();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(t.query_part_contracts(), List.of(table("table-contract-years", t.query_table_contract_years(),
                List.of(t.query_col_start_year(), t.query_col_contracts(), t.query_col_insured_days()), 1, years,
                Cell.count(all.contracts()), Cell.count(all.insuredDays())))));
        parts.addAll(claimParts(statistics.claims()));
        return new AnswerView(facts, null, parts);
    }

    /** §4(4) p 2–6 and §4(7) p 1–5: claims and insured events by year, then each year's three breakdowns. */
    private List<Part> claimParts(ClaimBreakdowns claims) {
        QueryMessages t = texts();
        List<List<Cell>> years = claims.years().stream()
                .map(y -> List.of(year(y.year()), Cell.count(y.claims()), Cell.count(y.insuredEvents()))).toList();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(t.query_part_claims(), List.of(table("table-claim-years", t.query_table_claim_years(),
                List.of(t.query_col_incident_year(), t.query_col_claims(), t.query_col_insured_events()), 1, years,
                Cell.count(claims.total().claims()), Cell.count(claims.total().insuredEvents())))));
        for (ClaimBreakdowns.ClaimYear year : claims.years()) {
            parts.add(new Part(t.query_part_year(year.year()), List.of(byStatus(year.year(), claims.byStatus(year.year())),
                    byDamage(year.year(), claims.byDamage(year.year())),
                    byRecovery(year.year(), claims.byRecovery(year.year())))));
        }
        return parts;
    }

    private AnswerTable byStatus(int year, List<StatusRow> rows) {
        QueryMessages t = texts();
        StatusRow total = ClaimBreakdowns.totalOfStatus(rows);
        return table("table-" + year + "-status", t.query_in_year(year, t.query_table_status()),
                List.of(t.query_col_status(), t.query_col_severity(), t.query_col_open(), t.query_col_closed(),
                        t.query_col_total()), 2,
                rows.stream().map(r -> List.of(label(CodeList.CLAIM_STATUS, r.status()), label(CodeList.SEVERITY, r.severity()),
                        Cell.count(r.open()), Cell.count(r.closed()), Cell.count(r.total()))).toList(),
                Cell.count(total.open()), Cell.count(total.closed()), Cell.count(total.total()));
    }

    private AnswerTable byDamage(int year, List<DamageRow> rows) {
        QueryMessages t = texts();
        DamageRow total = ClaimBreakdowns.totalOfDamage(rows);
        return table("table-" + year + "-damage", t.query_in_year(year, t.query_table_damage()),
                List.of(t.query_col_damage_type(), t.query_col_incident_type(), t.query_col_severity(), t.query_col_claims(),
                        t.query_col_insured_events(), t.query_col_paid(), t.query_col_reserved()), 3,
                rows.stream().map(r -> List.of(label(CodeList.DAMAGE_TYPE, r.damageType()),
                        label(CodeList.INCIDENT_TYPE, r.incidentType()), label(CodeList.SEVERITY, r.severity()),
                        Cell.count(r.claims()), Cell.count(r.insuredEvents()), Cell.amount(r.paid()),
                        Cell.amount(r.reserved()))).toList(),
                Cell.count(total.claims()), Cell.count(total.insuredEvents()), Cell.amount(total.paid()),
                Cell.amount(total.reserved()));
    }

    private AnswerTable byRecovery(int year, List<RecoveryRow> rows) {
        QueryMessages t = texts();
        RecoveryRow total = ClaimBreakdowns.totalOfRecovery(rows);
        return table("table-" + year + "-recovery", t.query_in_year(year, t.query_table_recovery()),
                List.of(t.query_col_recovery_type(), t.query_col_incident_type(), t.query_col_severity(),
                        t.query_col_claims(), t.query_col_insured_events(), t.query_col_received(),
                        t.query_col_outstanding()), 3,
                rows.stream().map(r -> List.of(label(CodeList.RECOVERY_TYPE, r.recoveryType()),
                        label(CodeList.INCIDENT_TYPE, r.incidentType()), label(CodeList.SEVERITY, r.severity()),
                        Cell.count(r.claims()), Cell.count(r.insuredEvents()), Cell.amount(r.received()),
                        Cell.amount(r.outstanding()))).toList(),
                Cell.count(total.claims()), Cell.count(total.insuredEvents()), Cell.amount(total.received()),
                Cell.amount(total.outstanding()));
    }

    private AnswerTable facts(String title, List<List<Cell>> rows) {
        QueryMessages t = texts();
        return new AnswerTable("facts", title, List.of(t.query_col_item(), t.query_col_value()), 1, rows, null,
                t.query_table_none());
    }

    /** A table whose total line names "total" under its key columns, then the totals of its figures. */
    private AnswerTable table(String id, String title, List<String> header, int keyColumns, List<List<Cell>> rows,
            Cell... totals) {
        QueryMessages t = texts();
        List<Cell> total = Stream.of(List.of(text(t.query_row_total())), Collections.nCopies(keyColumns - 1, Cell.empty()),
                        List.of(totals))
                .flatMap(List::stream).toList();
        return new AnswerTable(id, title, header, keyColumns, rows, total, t.query_table_none());
    }

    private String profile(String code) {
        return code == null ? texts().query_profile_unknown() : labelText(CodeList.RISK_PROFILE, code);
    }

    private String labelText(CodeList list, String code) {
        return codes.label(list, code, ui.locale());
    }

    private Cell label(CodeList list, String code) {
        return Cell.text(labelText(list, code));
    }

    private static Cell text(String text) {
        return Cell.text(text);
    }

    /** A year names a group, as a label does: text, not a figure to add up. */
    private static Cell year(int year) {
        return Cell.text(String.valueOf(year));
    }

    private static Cell date(LocalDate date) {
        return date == null ? Cell.text("–") : Cell.date(date);
    }
}
