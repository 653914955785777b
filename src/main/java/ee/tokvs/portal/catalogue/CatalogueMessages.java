package ee.tokvs.portal.catalogue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The rule catalogue page's texts: {@code messages/catalogue_et.properties} (the default) and
 * {@code catalogue_en.properties}; templates use them as {@code catalogue:key}, or {@code catalogue:message(key)}.
 */
@MessageBundle(value = "catalogue", locale = "et")
public interface CatalogueMessages {

    @Message
    String rules_title();

    @Message
    String rules_intro();

    @Message
    String rules_api();

    @Message
    String rules_link();

    @Message
    String col_code();

    @Message
    String col_level();

    @Message
    String col_field();

    @Message
    String col_basis();

    @Message
    String col_message();

    @Message
    String level_ERROR();

    @Message
    String level_WARNING();

    @Message
    String field_whole();

    @Message
    String field_at_use();

    @Message
    String basis_none();
}
