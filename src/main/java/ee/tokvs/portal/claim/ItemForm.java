package ee.tokvs.portal.claim;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/** A money row's form: a payout, a recovery received, a reserve or an outstanding recovery. */
public class ItemForm {

    /** What kind of row; each has its own code list, sign and submission action. */
    public enum Kind {
        PAYOUT("payouts", "DAMAGE_TYPE", "PAYOUT_ADDED"),
        RECOVERY("recoveries", "RECOVERY_TYPE", "RECOVERY_ADDED"),
        RESERVE("reserves", "DAMAGE_TYPE", "RESERVE_SET"),
        OUTSTANDING_RECOVERY("outstanding-recoveries", "RECOVERY_TYPE", "OUTSTANDING_RECOVERY_SET");

        public final String path;
        public final String codeList;
        public final String action;

        Kind(String path, String codeList, String action) {
            this.path = path;
            this.codeList = codeList;
            this.action = action;
        }

        public String titleKey() {
            return "item_title_" + name();
        }

        public String dateKey() {
            return "item_date_" + name();
        }

        public String typeKey() {
            return "item_type_" + name();
        }

        public String amountHintKey() {
            return "item_amount_hint_" + name();
        }

        /** The submission action of a reversal of this kind's row (V24). */
        public String reversalAction() {
            return name() + "_REVERSED";
        }

        public boolean isPayout() {
            return this == PAYOUT;
        }

        /** The fields in the order claim/item.html shows them for this kind, with their labels. */
        public FormFields fields() {
            return FormFields.of()
                    .field("date", dateKey())
                    .field("type", typeKey())
                    .field("amount", "field_itemAmount")
                    .field("generalReductionPct", "field_generalReductionPct")
                    .field("eventReductionPct", "field_eventReductionPct");
        }

        /** A correction's fields: its reason, then the new row's. */
        public FormFields correctionFields() {
            FormFields all = FormFields.of().field(ClaimRules.CORRECTION_REASON, "field_correctionReason");
            for (FormFields.Field field : fields().fields()) {
                all = all.field(field.name(), field.labelKey());
            }
            return all;
        }

        public String correctTitleKey() {
            return "correct_title_" + name();
        }

        public static Kind ofPath(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            return null;
        }
    }

    @RestForm
    public String date;
    @RestForm
    public String type;
    @RestForm
    public String amount;
    @RestForm
    public String generalReductionPct;
    @RestForm
    public String eventReductionPct;
    @RestForm
    public String lockVersion;
    @RestForm
    public boolean confirmWarnings;
    /** A correction's reason; on a file's row or an API call, it makes the row a reversal. */
    @RestForm
    public String correctionReason;

    /** Whether the form has a row to add: a correction's new row is optional. */
    public boolean hasNewRow() {
        return Fields.text(date) != null || Fields.text(type) != null || Fields.text(amount) != null;
    }

    /** Whether the form sends a reversal: it has a correction's reason. */
    public boolean isReversal() {
        return Fields.text(correctionReason) != null;
    }

    /** Reads the typed text; what cannot be read is reported at its field. */
    public ClaimSnapshot.Item read(Findings findings) {
        return new ClaimSnapshot.Item(
                Fields.date(findings, ClaimRules.ITEM_DATE, date, true),
                Fields.required(findings, ClaimRules.ITEM_TYPE, type),
                Fields.money(findings, ClaimRules.ITEM_AMOUNT, amount, true),
                Fields.percent(findings, ClaimRules.GENERAL_PCT, generalReductionPct),
                Fields.percent(findings, ClaimRules.EVENT_PCT, eventReductionPct));
    }
}
