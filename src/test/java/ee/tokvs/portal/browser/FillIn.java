package ee.tokvs.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A register form filled in as a user does, with the values of the shared builders ({@code testdata.ContractBuilder},
 * {@code ClaimBuilder}, {@code MoneyRowBuilder}): typed into the page, whose fields are named as the form's, or posted
 * as the page would post it. A new field of a form needs nothing here.
 */
public final class FillIn {

    private FillIn() {
    }

    /**
     * Types each value of the form into the page's field of that name, in the form's order: a choice in a list, a tick
     * in a box; what the form leaves empty, and what the page does not show, stays as the page has it.
     */
    public static void form(Page page, Object form) {
        values(form).forEach((name, value) -> {
            Locator field = page.locator("#" + name);
            if (field.count() == 0) {
                return;
            }
            switch ((String) field.evaluate("e => e.tagName === 'INPUT' ? e.type : e.tagName.toLowerCase()")) {
                case "select" -> field.selectOption(value);
                case "checkbox" -> field.check();
                case "hidden" -> {
                }
                default -> field.fill(value);
            }
        });
    }

    /** Every value of the form, with the page's form token, as a post from the page (or a tampered one) sends it. */
    public static FormData posted(Page page, Object form) {
        FormData data = FormData.create().set("_csrf", PortalBrowser.formToken(page));
        values(form).forEach(data::set);
        return data;
    }

    /** The form's fields that hold something, by name: text as typed, a ticked box as "true". */
    private static Map<String, String> values(Object form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : form.getClass().getFields()) {
            try {
                Object value = Modifier.isStatic(field.getModifiers()) ? null : field.get(form);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    values.put(field.getName(), value.toString());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
