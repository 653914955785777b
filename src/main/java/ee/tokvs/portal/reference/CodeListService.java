package ee.tokvs.portal.reference;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Terviseamet's upkeep of the code lists: add an entry, retire one, bring one back. Entries are never
 * deleted, so every old record keeps a valid code.
 */
@ApplicationScoped
public class CodeListService {

    public static final String CODE = "code";
    public static final String LABEL_ET = "labelEt";
    public static final String LABEL_EN = "labelEn";
    public static final String PARENT = "parentCode";

    @Inject
    ReferenceLog log;

    @Inject
    Clock clock;

    @Transactional
    public CodeListEntry add(CodeList list, String rawCode, String rawEt, String rawEn, String rawParent) {
        Findings findings = new Findings();
        String code = Fields.required(findings, CODE, rawCode);
        String et = Fields.required(findings, LABEL_ET, rawEt);
        String en = Fields.required(findings, LABEL_EN, rawEn);
        String parent = Fields.text(findings, PARENT, rawParent);
        if (code != null && !code.matches("[A-Z0-9_]{1,60}")) {
            findings.add(ReferenceRules.CODE_FORMAT.at());
        } else if (code != null && CodeListEntry.findByIdOptional(new CodeListEntry.Key(list, code)).isPresent()) {
            findings.add(ReferenceRules.CODE_TAKEN.at(code));
        }
        if (list == CodeList.ADDITIONAL_COMPETENCE) {
            if (parent == null) {
                findings.add(Fields.REQUIRED.atField(PARENT));
            } else if (CodeListEntry.findByIdOptional(new CodeListEntry.Key(CodeList.SPECIALTY, parent)).isEmpty()) {
                findings.add(ReferenceRules.CODE_UNKNOWN.atField(PARENT, parent));
            }
        } else {
            parent = null;
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        CodeListEntry entry = new CodeListEntry();
        entry.key = new CodeListEntry.Key(list, code);
        entry.labelEt = et;
        entry.labelEn = en;
        entry.parentCode = parent;
        entry.sortOrder = CodeListEntry.of(list).stream().mapToInt(e -> e.sortOrder).max().orElse(0) + 10;
        entry.persist();
        audit(entry, "ADDED", JSON.createObjectBuilder().add("labelEt", et).add("labelEn", en)
                .add("parentCode", parent == null ? "" : parent).build());
        return entry;
    }

    @Transactional
    public void retire(CodeList list, String code) {
        CodeListEntry entry = find(list, code);
        if (entry.retiredOn == null) {
            entry.retiredOn = Clocks.today(clock);
            audit(entry, "RETIRED", JSON.createObjectBuilder().add("retiredOn", entry.retiredOn.toString()).build());
        }
    }

    @Transactional
    public void reactivate(CodeList list, String code) {
        CodeListEntry entry = find(list, code);
        if (entry.retiredOn != null) {
            LocalDate was = entry.retiredOn;
            entry.retiredOn = null;
            audit(entry, "REACTIVATED", JSON.createObjectBuilder().add("retiredOn", was.toString()).build());
        }
    }

    private static CodeListEntry find(CodeList list, String code) {
        return CodeListEntry.<CodeListEntry>findByIdOptional(new CodeListEntry.Key(list, code))
                .orElseThrow(NotFoundException::new);
    }

    private void audit(CodeListEntry entry, String action, JsonObject changes) {
        log.record("CODE_LIST_ENTRY", entry.key.list().name() + ":" + entry.key.code(), action, changes);
    }
}
