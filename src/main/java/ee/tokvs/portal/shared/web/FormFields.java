package ee.tokvs.portal.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's fields in the order its page shows them, each with the key of its label in the page bundles
 * ({@link ee.tokvs.portal.shared.i18n.UiTexts}): the error summary lists messages in this order, and a required
 * field's message names the field by its label. A feature declares it beside its form class; its browser test holds
 * the order to the page's.
 */
public final class FormFields {

    /** One field: its input's name and the key of its label. */
    public record Field(String name, String labelKey) {
    }

    private final List<Field> fields;

    private FormFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** No fields yet: {@link #field} adds them in order. */
    public static FormFields of() {
        return new FormFields(List.of());
    }

    /** These fields and one more after them. */
    public FormFields field(String name, String labelKey) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, labelKey));
        return new FormFields(more);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The field's place on the form; a field the form does not list comes after all it does. */
    public int position(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return fields.size();
    }

    /** The key of the field's label, or null when the form does not list the field. */
    public String labelKey(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::labelKey).findFirst().orElse(null);
    }
}
