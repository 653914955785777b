package ee.tokvs.portal.testdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rendered page offers a user: its forms (by action, with the values they hold) and the query
 * parameters of its links. Read with patterns, which is enough for the portal's own templates.
 */
public final class PageForms {

    private PageForms() {
    }

    private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"?#]*)\\?([^\"#]*)\"");

    /** Adds the forms of a page by action, each field with the value the page holds (a select: its chosen or first option). */
    public static void readForms(String html, Map<String, Map<String, String>> forms) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String action = attributes.get("action");
            if (action == null || action.contains("?")) {
                continue;
            }
            Map<String, String> fields = forms.computeIfAbsent(action, k -> new LinkedHashMap<>());
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text");
                if (a.containsKey("name") && !type.equals("file") && (!type.equals("checkbox") || input.group(1).contains(" checked"))) {
                    fields.putIfAbsent(a.get("name"), a.getOrDefault("value", ""));
                }
            }
            Matcher select = SELECT.matcher(form.group(2));
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                String chosen = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    String value = attributes(option.group(1)).getOrDefault("value", "");
                    if (option.group(1).contains(" selected") || (chosen == null || chosen.isEmpty())) {
                        chosen = value;
                    }
                }
                if (name != null) {
                    fields.putIfAbsent(name, chosen == null ? "" : chosen);
                }
            }
        }
    }

    /**
     * The fields of the page's form to {@code action} as a browser sends it untouched (each select its selected option,
     * or its first when none is, blank included), or null if the page has no such form.
     */
    public static Map<String, String> asSent(String html, String action) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (action.equals(attributes(form.group(1)).get("action"))) {
                Map<String, Map<String, String>> forms = new LinkedHashMap<>();
                readForms(form.group(), forms);
                Map<String, String> fields = forms.get(action);
                Matcher select = SELECT.matcher(form.group(2));
                while (select.find()) {
                    String name = attributes(select.group(1)).get("name");
                    String first = null;
                    String selected = null;
                    Matcher option = OPTION.matcher(select.group(2));
                    while (option.find()) {
                        String value = attributes(option.group(1)).getOrDefault("value", "");
                        first = first == null ? value : first;
                        selected = selected == null && option.group(1).contains(" selected") ? value : selected;
                    }
                    if (name != null) {
                        fields.put(name, selected != null ? selected : first != null ? first : "");
                    }
                }
                return fields;
            }
        }
        return null;
    }

    /** The values of a select's options on the page (the first select of that name), blank ones left out. */
    public static List<String> options(String html, String select) {
        List<String> values = new ArrayList<>();
        Matcher found = SELECT.matcher(html);
        while (found.find()) {
            if (select.equals(attributes(found.group(1)).get("name"))) {
                Matcher option = OPTION.matcher(found.group(2));
                while (option.find()) {
                    String value = attributes(option.group(1)).getOrDefault("value", "");
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
                break;
            }
        }
        return values;
    }

    /** Adds the query parameter names of the page's links, by the path they lead to. */
    public static void readLinks(String html, Map<String, Set<String>> params) {
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            for (String pair : unescape(link.group(2)).split("&")) {
                if (!pair.isEmpty()) {
                    params.computeIfAbsent(link.group(1), k -> new LinkedHashSet<>()).add(pair.split("=", 2)[0]);
                }
            }
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1), unescape(a.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
