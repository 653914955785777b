package ee.tokvs.portal.contract;

import ee.tokvs.portal.audit.Change;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The typed content of a contract version, as read from a form, a file row or an API call. */
public record ContractDraft(String contractNumber, LocalDate changeDate, String policyholderCode,
        LocalDate periodStart, LocalDate periodEnd, BigDecimal sumPerEvent, BigDecimal sumAggregate) {

    /** Field-level differences from an earlier draft, in the order of the form. */
    public List<Change> changesFrom(ContractDraft before) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "policyholderCode", before == null ? null : before.policyholderCode, policyholderCode);
        compare(changes, "periodStart", before == null ? null : before.periodStart, periodStart);
        compare(changes, "periodEnd", before == null ? null : before.periodEnd, periodEnd);
        compare(changes, "sumPerEvent", before == null ? null : before.sumPerEvent, sumPerEvent);
        compare(changes, "sumAggregate", before == null ? null : before.sumAggregate, sumAggregate);
        return changes;
    }

    private static void compare(List<Change> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0
                : Objects.equals(before, after);
        if (!same) {
            changes.add(Change.of(field, before, after));
        }
    }
}
