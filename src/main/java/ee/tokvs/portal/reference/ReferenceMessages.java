package ee.tokvs.portal.reference;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Terviseamet's reference pages' texts (insurers, providers, code lists), by key: {@code messages/reference_et.properties} (the default) and {@code reference_en.properties};
 * templates use them as {@code reference:key}, or {@code reference:message(key)} for a key computed from data.
 */
@MessageBundle(value = "reference", locale = "et")
public interface ReferenceMessages {

    @Message
    String code_lists_title();

    @Message
    String code_lists_choose();

    @Message
    String code_list_CLAIM_STATUS();

    @Message
    String code_list_INCIDENT_TYPE();

    @Message
    String code_list_SEVERITY();

    @Message
    String code_list_DAMAGE_TYPE();

    @Message
    String code_list_RECOVERY_TYPE();

    @Message
    String code_list_SPECIALTY();

    @Message
    String code_list_ADDITIONAL_COMPETENCE();

    @Message
    String code_list_RISK_PROFILE();

    @Message
    String code_col_code();

    @Message
    String code_col_et();

    @Message
    String code_col_en();

    @Message
    String code_active();

    @Message
    String code_retired(String date);

    @Message
    String code_retire();

    @Message
    String code_reactivate();

    @Message
    String code_add();

    @Message
    String code_hint();

    @Message
    String unknown_providers_title();

    @Message
    String unknown_providers_intro();

    @Message
    String unknown_providers_since();

    @Message
    String providers_title();

    @Message
    String providers_new();

    @Message
    String providers_search();

    @Message
    String providers_import();

    @Message
    String providers_import_hint();

    @Message
    String providers_import_file();

    @Message
    String provider_history();

    @Message
    String import_done(int added, int changed, int unchanged);

    @Message
    String import_refused();

    @Message
    String ref_action_ADDED();

    @Message
    String ref_action_CHANGED();

    @Message
    String ref_action_COMPLETED();

    @Message
    String ref_action_RETIRED();

    @Message
    String ref_action_REACTIVATED();

    @Message
    String ref_action_GRANTED();

    @Message
    String ref_action_ENDED();

    @Message
    String ref_action_REVOKED();

    @Message
    String insurers_title();

    @Message
    String insurers_save();

    @Message
    String insurers_save_hint();
}
