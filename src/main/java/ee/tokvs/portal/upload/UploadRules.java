package ee.tokvs.portal.upload;

import static ee.tokvs.portal.shared.rules.Rule.law;
import static ee.tokvs.portal.shared.rules.Rule.none;

import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.shared.rules.Rule;
import java.util.List;

/**
 * What an upload can report beyond the features' own rules: a file refused at the form, a file that cannot be read,
 * a run that could not finish, and rows that do not fit the file's layout (docs/upload-format.md). The rows' data
 * is judged by the features' rules, as a form's would be.
 */
public final class UploadRules {

    private static final Rule.LegalBasis FILE_FORMAT = none("technical: the upload file format (docs/upload-format.md)");
    private static final Rule.LegalBasis RUN = none("technical: the upload could not be finished; nothing was saved");

    // At the upload form.
    static final Rule NO_FILE = Rule.error("upload_no_file", "file", none("technical: the form sent no file"));
    static final Rule NO_KIND = Rule.error("upload_no_kind", "kind",
            none("technical: the form did not say what the file holds"));
    static final Rule TOO_LARGE = Rule.error("upload_too_large", "file",
            none("technical: the portal's size limit for one file"));

    // The file as a whole.
    static final Rule FILE_EMPTY = Rule.error("upload_file_empty", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_NO_ROWS = Rule.error("upload_file_no_rows", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_OLD_EXCEL = Rule.error("upload_file_old_excel", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_BAD_XLSX = Rule.error("upload_file_bad_xlsx", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_BAD_XLSX_ROW = Rule.error("upload_file_bad_xlsx_row", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_ZIP_BOMB = Rule.error("upload_file_zip_bomb", Rule.WHOLE,
            none("technical: an XLSX file that unpacks to more than the portal reads"));
    static final Rule FILE_BINARY = Rule.error("upload_file_binary", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_NOT_UTF8 = Rule.error("upload_file_not_utf8", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_BAD_CSV = Rule.error("upload_file_bad_csv", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_TOO_MANY_CELLS = Rule.error("upload_file_too_many_cells", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_MISSING_COLUMNS = Rule.error("upload_file_missing_columns", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_UNKNOWN_COLUMNS = Rule.error("upload_file_unknown_columns", Rule.WHOLE, FILE_FORMAT);
    static final Rule FILE_REPEATED_COLUMNS = Rule.error("upload_file_repeated_columns", Rule.WHOLE, FILE_FORMAT);

    // The run.
    static final Rule MANDATE_LOST = Rule.error("upload_mandate_lost", Rule.WHOLE, law("määrus §3(2)"));
    static final Rule CONFLICT = Rule.error("upload_conflict", Rule.WHOLE, RUN);
    static final Rule FAILED = Rule.error("upload_failed", Rule.WHOLE, RUN);
    static final Rule DATABASE_LOST = Rule.error("upload_database_lost", Rule.WHOLE, RUN);
    static final Rule INTERRUPTED = Rule.error("upload_interrupted", Rule.WHOLE, RUN);

    // A row.
    static final Rule ROW_REFUSED = Rule.error("upload_row_refused", Rule.WHOLE,
            none("technical: a row refused without a finding of its own"));
    static final Rule RECORD_UNKNOWN = Rule.error("upload_record_unknown", ClaimRowReader.RECORD, FILE_FORMAT);
    static final Rule CHANGE_KIND_UNKNOWN = Rule.error("upload_change_kind_unknown", ContractRowReader.CHANGE_KIND,
            law("määrus §2(1) p 3"));
    static final Rule CLAIM_NUMBER_TWICE = Rule.error("upload_claim_number_twice", ClaimRules.CLAIM_NUMBER,
            none("technical: a claim has one claim row per file"));
    static final Rule CLAIM_NOT_FOUND = Rule.error("upload_claim_not_found", ClaimRules.CLAIM_NUMBER,
            law("määrus §2(2) p 2"));
    static final Rule CLAIM_ROW_REFUSED = Rule.error("upload_claim_row_refused", ClaimRules.CLAIM_NUMBER,
            none("technical: a money row needs its claim's row to pass"));

    /** Every rule above, for the catalogue. */
    public static final List<Rule> RULES = List.of(NO_FILE, NO_KIND, TOO_LARGE, FILE_EMPTY, FILE_NO_ROWS, FILE_OLD_EXCEL,
            FILE_BAD_XLSX, FILE_BAD_XLSX_ROW, FILE_ZIP_BOMB, FILE_BINARY, FILE_NOT_UTF8, FILE_BAD_CSV, FILE_TOO_MANY_CELLS,
            FILE_MISSING_COLUMNS, FILE_UNKNOWN_COLUMNS, FILE_REPEATED_COLUMNS, MANDATE_LOST, CONFLICT, FAILED,
            DATABASE_LOST, INTERRUPTED, ROW_REFUSED, RECORD_UNKNOWN, CHANGE_KIND_UNKNOWN, CLAIM_NUMBER_TWICE,
            CLAIM_NOT_FOUND, CLAIM_ROW_REFUSED);

    private UploadRules() {
    }
}
