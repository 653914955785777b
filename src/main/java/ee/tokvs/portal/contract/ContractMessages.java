package ee.tokvs.portal.contract;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The contract pages' texts, by key: {@code messages/contract_et.properties} (the default) and {@code contract_en.properties};
 * templates use them as {@code contract:key}, or {@code contract:message(key)} for a key computed from data.
 */
@MessageBundle(value = "contract", locale = "et")
public interface ContractMessages {

    @Message
    String contracts_title();

    @Message
    String contracts_new();

    @Message
    String contracts_search_legend();

    @Message
    String contracts_search_q();

    @Message
    String contracts_period_from();

    @Message
    String contracts_period_to();

    @Message
    String contracts_none();

    @Message
    String contracts_count(int count);

    @Message
    String col_contract_number();

    @Message
    String col_policyholder();

    @Message
    String col_period();

    @Message
    String col_version();

    @Message
    String hint_money();

    @Message
    String change_kind_CONCLUSION();

    @Message
    String change_kind_AMENDMENT();

    @Message
    String change_kind_EXTENSION();

    @Message
    String contract_form_title_CONCLUSION();

    @Message
    String contract_form_title_AMENDMENT();

    @Message
    String contract_form_title_EXTENSION();

    @Message
    String contract_title(String number);

    @Message
    String contract_amend();

    @Message
    String contract_extend();

    @Message
    String contract_current();

    @Message
    String contract_versions();

    @Message
    String contract_version_n(int n);

    @Message
    String contract_changes();

    @Message
    String contract_changes_of(int n);

    @Message
    String col_field();

    @Message
    String change_before();

    @Message
    String change_after();
}
