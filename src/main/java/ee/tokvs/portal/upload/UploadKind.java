package ee.tokvs.portal.upload;

import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.contract.ContractRules;
import java.util.List;
import java.util.Optional;

/**
 * The two kinds of upload file and their layouts (docs/upload-format.md): contracts, one row per contract
 * version; and claims, one row per claim or per money row of a claim.
 */
public enum UploadKind {

    CONTRACTS("lepingud", "contracts", List.of(
            new UploadColumn(ContractRules.NUMBER, "lepingu_number", "contract_number", true),
            new UploadColumn(ContractRowReader.CHANGE_KIND, "muudatuse_liik", "change_kind", false),
            new UploadColumn(ContractRules.CHANGE_DATE, "muudatuse_kuupäev", "change_date", true),
            new UploadColumn(ContractRules.POLICYHOLDER, "kindlustusvõtja_kood", "policyholder_code", true),
            new UploadColumn(ContractRules.PERIOD_START, "perioodi_algus", "period_start", true),
            new UploadColumn(ContractRules.PERIOD_END, "perioodi_lõpp", "period_end", true),
            new UploadColumn(ContractRules.SUM_PER_EVENT, "kindlustussumma_juhtumi_kohta", "sum_per_event", true),
            new UploadColumn(ContractRules.SUM_AGGREGATE, "kindlustussumma_kokku", "sum_aggregate", true))),

    CLAIMS("nõuded", "claims", List.of(
            new UploadColumn(ClaimRowReader.RECORD, "kirje", "record", true),
            new UploadColumn(ClaimRules.CLAIM_NUMBER, "nõude_number", "claim_number", true),
            new UploadColumn(ClaimRules.CONTRACT, "lepingu_number", "contract_number", true),
            new UploadColumn(ClaimRules.RECEIVED, "nõude_saamise_kuupäev", "received_date", true),
            new UploadColumn(ClaimRules.INCIDENT_NUMBER, "juhtumi_number", "incident_number", true),
            new UploadColumn(ClaimRules.INCIDENT_DATE, "juhtumi_kuupäev", "incident_date", true),
            new UploadColumn(ClaimRules.STATUS, "staatus", "status", true),
            new UploadColumn(ClaimRules.INCIDENT_TYPE, "juhtumi_liik", "incident_type", true),
            new UploadColumn(ClaimRules.SEVERITY, "raskusaste", "severity", true),
            new UploadColumn(ClaimRules.SPECIALTY, "eriala", "specialty", false),
            new UploadColumn(ClaimRules.COMPETENCE, "lisapädevus", "additional_competence", false),
            new UploadColumn(ClaimRules.FINISHED, "menetlus_lõpetatud", "handling_finished", false),
            new UploadColumn(ClaimRules.FINISHED_DATE, "lõpetamise_kuupäev", "finished_date", false),
            new UploadColumn(ClaimForm.CHANGE_DATE, "muudatuse_kuupäev", "change_date", false),
            new UploadColumn(ClaimRules.ITEM_DATE, "kuupäev", "date", true),
            new UploadColumn(ClaimRules.ITEM_TYPE, "liik", "type", true),
            new UploadColumn(ClaimRules.ITEM_AMOUNT, "summa", "amount", true),
            new UploadColumn(ClaimRules.GENERAL_PCT, "üldine_töövõime_vähenemine_%", "general_reduction_%", false),
            new UploadColumn(ClaimRules.EVENT_PCT, "juhtumist_töövõime_vähenemine_%", "event_reduction_%", false),
            new UploadColumn(ClaimRules.CORRECTION_REASON, "paranduse_põhjus", "correction_reason", false)));

    /** The sheet of an XLSX file that holds this kind, by its Estonian or English name. */
    public final String sheetEstonian;
    public final String sheetEnglish;
    public final List<UploadColumn> columns;

    UploadKind(String sheetEstonian, String sheetEnglish, List<UploadColumn> columns) {
        this.sheetEstonian = sheetEstonian;
        this.sheetEnglish = sheetEnglish;
        this.columns = columns;
    }

    public Optional<UploadColumn> column(String header) {
        return columns.stream().filter(c -> c.isNamed(header)).findFirst();
    }

    public Optional<UploadColumn> columnOf(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    public String messageKey() {
        return "upload_kind_" + name();
    }

    public static Optional<UploadKind> parse(String value) {
        for (UploadKind kind : values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
