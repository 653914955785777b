package ee.tokvs.portal.testdata;

import ee.tokvs.portal.claim.ClaimSnapshot;
import ee.tokvs.portal.claim.ItemForm;
import java.time.LocalDate;

/**
 * A money row of a claim as a user fills in its form: a payout, a reserve, a recovery received or an outstanding
 * recovery, each with defaults its rules accept (dated 1 July 2025, treatment costs or a deductible, 100 €, a recovery
 * with its minus sign), so that a test states only what it cares about. The same values make the form a service
 * takes ({@link #form()}), the row the rules judge ({@link #item()}) and what a browser test types
 * ({@code browser.FillIn}).
 */
public final class MoneyRowBuilder {

    private final ItemForm.Kind kind;
    private String date = "2025-07-01";
    private String type;
    private String amount;
    private String generalReductionPct;
    private String eventReductionPct;
    private String lockVersion;
    private String correctionReason;
    private boolean confirmWarnings;

    private MoneyRowBuilder(ItemForm.Kind kind, String type, String amount) {
        this.kind = kind;
        this.type = type;
        this.amount = amount;
    }

    public static MoneyRowBuilder aPayout() {
        return new MoneyRowBuilder(ItemForm.Kind.PAYOUT, "TREATMENT_COSTS", "100");
    }

    public static MoneyRowBuilder aReserve() {
        return new MoneyRowBuilder(ItemForm.Kind.RESERVE, "TREATMENT_COSTS", "100");
    }

    public static MoneyRowBuilder aRecovery() {
        return new MoneyRowBuilder(ItemForm.Kind.RECOVERY, "DEDUCTIBLE", "-100");
    }

    public static MoneyRowBuilder anOutstandingRecovery() {
        return new MoneyRowBuilder(ItemForm.Kind.OUTSTANDING_RECOVERY, "OTHER_INSURER", "100");
    }

    public MoneyRowBuilder date(String date) {
        this.date = date;
        return this;
    }

    public MoneyRowBuilder date(LocalDate date) {
        return date(date.toString());
    }

    /** The damage type (payouts, reserves) or the recovery type. */
    public MoneyRowBuilder type(String type) {
        this.type = type;
        return this;
    }

    /** As typed: "1200,50" as well as "1200.50". */
    public MoneyRowBuilder amount(String amount) {
        this.amount = amount;
        return this;
    }

    /** A permanent incapacity payout's reductions of work capacity, general and from the event, in per cent. */
    public MoneyRowBuilder reductions(String general, String fromTheEvent) {
        this.generalReductionPct = general;
        this.eventReductionPct = fromTheEvent;
        return this;
    }

    /** The claim's version as the page showed it. */
    public MoneyRowBuilder lockVersion(long lockVersion) {
        this.lockVersion = String.valueOf(lockVersion);
        return this;
    }

    /** A correction's reason: sent as data (a file's row, an API call), the row is a reversal. */
    public MoneyRowBuilder correcting(String reason) {
        this.correctionReason = reason;
        return this;
    }

    public MoneyRowBuilder confirmingWarnings() {
        this.confirmWarnings = true;
        return this;
    }

    public ItemForm.Kind kind() {
        return kind;
    }

    public ItemForm form() {
        ItemForm form = new ItemForm();
        form.date = date;
        form.type = type;
        form.amount = amount;
        form.generalReductionPct = generalReductionPct;
        form.eventReductionPct = eventReductionPct;
        form.lockVersion = lockVersion;
        form.confirmWarnings = confirmWarnings;
        form.correctionReason = correctionReason;
        return form;
    }

    /** The form read as every channel reads it. */
    public ClaimSnapshot.Item item() {
        return FormReading.read(kind + " row", reading -> form().read(reading));
    }
}
