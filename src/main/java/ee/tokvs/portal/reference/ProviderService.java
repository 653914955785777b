package ee.tokvs.portal.reference;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Terviseamet's register of healthcare providers: add, correct, change a risk profile (kept as history),
 * and import the provider list from CSV, all or nothing, with every problem reported by row.
 */
@ApplicationScoped
public class ProviderService {

    /** A problem in one row of an imported file. */
    public record RowProblem(long row, String column, String value, Finding finding) {
    }

    /** What an import did. */
    public record ImportResult(int added, int changed, int unchanged, List<RowProblem> problems) {
    }

    @Inject
    ReferenceLog log;

    @Inject
    CodeLists codeLists;

    /** Adds a provider or corrects one; a code an insurer entered becomes known. */
    @Transactional
    public HealthcareProvider save(String code, String name, String riskProfile) {
        Findings findings = new Findings();
        ProviderRules.Draft draft = ProviderRules.read(code, name, riskProfile, findings);
        findings.addAll(ProviderRules.check(draft, this::riskProfileAllowed));
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        return apply(draft);
    }

    @Transactional
    public ImportResult importCsv(Reader csv) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<ProviderRules.Draft> drafts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (String column : List.of("registry_code", "name", "risk_profile")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new RowProblem(1, column, "", ReferenceRules.IMPORT_COLUMN_MISSING.at(column)));
                }
            }
            if (!problems.isEmpty()) {
                return new ImportResult(0, 0, 0, problems);
            }
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                Findings findings = new Findings();
                ProviderRules.Draft draft = ProviderRules.read(record.get("registry_code"), record.get("name"),
                        record.get("risk_profile"), findings);
                findings.addAll(ProviderRules.check(draft, this::riskProfileAllowed));
                if (draft.registryCode() != null && !seen.add(draft.registryCode())) {
                    findings.add(ReferenceRules.IMPORT_DUPLICATE.at(draft.registryCode()));
                }
                findings.all().forEach(f -> problems.add(new RowProblem(row, columnOf(f.field()),
                        valueOf(record, f.field()), f)));
                drafts.add(draft);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, 0, 0, problems);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (ProviderRules.Draft draft : drafts) {
            HealthcareProvider before = HealthcareProvider.findByCode(draft.registryCode()).orElse(null);
            if (before == null) {
                added++;
            } else if (before.known && Objects.equals(before.name, draft.name())
                    && Objects.equals(before.riskProfile, draft.riskProfile())) {
                unchanged++;
                continue;
            } else {
                changed++;
            }
            apply(draft);
        }
        return new ImportResult(added, changed, unchanged, List.of());
    }

    private HealthcareProvider apply(ProviderRules.Draft draft) {
        HealthcareProvider provider = HealthcareProvider.findByCode(draft.registryCode()).orElse(null);
        String action;
        var changes = JSON.createObjectBuilder();
        if (provider == null) {
            provider = new HealthcareProvider();
            provider.registryCode = draft.registryCode();
            action = "ADDED";
        } else {
            action = provider.known ? "CHANGED" : "COMPLETED";
            changes.add("nameBefore", String.valueOf(provider.name)).add("riskProfileBefore", String.valueOf(provider.riskProfile));
        }
        provider.name = draft.name();
        provider.riskProfile = draft.riskProfile();
        provider.known = true;
        provider.persist();
        changes.add("name", draft.name()).add("riskProfile", draft.riskProfile());
        log.record("PROVIDER", provider.registryCode, action, changes.build());
        return provider;
    }

    private boolean riskProfileAllowed(String code) {
        return codeLists.allows(CodeList.RISK_PROFILE, code, null);
    }

    private static String columnOf(String field) {
        return switch (field) {
            case ProviderRules.CODE -> "registry_code";
            case ProviderRules.NAME -> "name";
            default -> "risk_profile";
        };
    }

    private static String valueOf(CSVRecord record, String field) {
        String column = columnOf(field);
        return record.isMapped(column) ? record.get(column) : "";
    }
}
