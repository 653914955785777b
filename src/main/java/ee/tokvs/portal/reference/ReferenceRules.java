package ee.tokvs.portal.reference;

import static ee.tokvs.portal.shared.rules.Rule.law;
import static ee.tokvs.portal.shared.rules.Rule.none;

import ee.tokvs.portal.shared.rules.Rule;
import java.util.List;

/**
 * The rules of the reference data: registry codes and codes, which every feature's records use, and Terviseamet's
 * upkeep of the code lists and of the provider list (the CSV import).
 */
public final class ReferenceRules {

    public static final Rule REGISTRY_CODE_INVALID = Rule.error("rule_registry_code_invalid", Rule.AT_USE,
            law("määrus §2(1) p 2"));
    public static final Rule CODE_UNKNOWN = Rule.error("rule_code_unknown", Rule.AT_USE,
            none("generic: the code list of the field where it is used is the basis (claims: määrus §2(2) p 6–11)"));
    public static final Rule CODE_FORMAT = Rule.error("rule_code_format", CodeListService.CODE,
            none("technical: the portal's form of a code"));
    public static final Rule CODE_TAKEN = Rule.error("rule_code_taken", CodeListService.CODE,
            none("technical: a code is unique in its list"));
    public static final Rule IMPORT_COLUMN_MISSING = Rule.error("rule_import_column_missing", Rule.WHOLE,
            none("technical: the provider list's file format"));
    public static final Rule IMPORT_DUPLICATE = Rule.error("rule_import_duplicate", ProviderRules.CODE,
            none("technical: one row per provider in the file"));
    public static final Rule IMPORT_EMPTY = Rule.error("rule_import_empty", Rule.WHOLE,
            none("technical: the provider list's file format"));
    public static final Rule IMPORT_TOO_LARGE = Rule.error("rule_import_too_large", Rule.WHOLE,
            none("technical: the portal's size limit for the provider list"));
    public static final Rule IMPORT_NOT_UTF8 = Rule.error("rule_import_not_utf8", Rule.WHOLE,
            none("technical: the provider list's file format"));

    public static final List<Rule> RULES = List.of(REGISTRY_CODE_INVALID, CODE_UNKNOWN, CODE_FORMAT, CODE_TAKEN,
            IMPORT_COLUMN_MISSING, IMPORT_DUPLICATE, IMPORT_EMPTY, IMPORT_TOO_LARGE, IMPORT_NOT_UTF8);

    private ReferenceRules() {
    }
}
