package ee.tokvs.portal.query;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A §4 answer read back as titled tables, from its page or from its CSV file, so that a test can hold the two side
 * by side. The page shows no column headings over the facts (a list) or over a table without rows: there the header is
 * null and only the title and rows count.
 */
record AnswerSections(String title, List<String> header, List<List<String>> rows) {

    private static final Pattern FACTS = Pattern.compile(
            "<h2 id=\"answer-facts\">(.*?)</h2>\\s*<dl class=\"facts\" data-testid=\"facts\">(.*?)</dl>", Pattern.DOTALL);
    private static final Pattern FACT = Pattern.compile("<dt>(.*?)</dt><dd>(.*?)</dd>", Pattern.DOTALL);
    private static final Pattern TABLE_OR_NONE = Pattern.compile(
            "<table class=\"data answer\" data-testid=\"[^\"]+\">(.*?)</table>"
                    + "|<p data-testid=\"table-[^\"]+\"><strong>(.*?):</strong> (.*?)</p>", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("<caption>(.*?)</caption>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    /** The facts, then every table (or "none" line) in the order the page shows them. */
    static List<AnswerSections> ofPage(String html) {
        List<AnswerSections> sections = new ArrayList<>();
        Matcher facts = FACTS.matcher(html);
        if (!facts.find()) {
            throw new AssertionError("the page shows no answer: " + html);
        }
        List<List<String>> factRows = new ArrayList<>();
        Matcher fact = FACT.matcher(facts.group(2));
        while (fact.find()) {
            factRows.add(List.of(text(fact.group(1)), text(fact.group(2))));
        }
        sections.add(new AnswerSections(text(facts.group(1)), null, factRows));
        Matcher table = TABLE_OR_NONE.matcher(html.substring(facts.end()));
        while (table.find()) {
            if (table.group(1) == null) {
                sections.add(new AnswerSections(text(table.group(2)), null, List.of(List.of(text(table.group(3))))));
                continue;
            }
            Matcher caption = CAPTION.matcher(table.group(1));
            caption.find();
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(table.group(1));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(text(cell.group(1)));
                }
                rows.add(cells);
            }
            sections.add(new AnswerSections(text(caption.group(1)), rows.get(0), rows.subList(1, rows.size())));
        }
        return sections;
    }

    /** The tables of a CSV export: each a title line, a header, rows, and a blank line before the next. */
    static List<AnswerSections> ofCsv(String csv) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\ufeff", "")),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
        }
        List<AnswerSections> sections = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).equals(List.of(""))) {
                sections.add(new AnswerSections(lines.get(start).get(0), lines.get(start + 1), lines.subList(start + 2, i)));
                start = i + 1;
            }
        }
        return sections;
    }

    /**
     * The same table as another read, comparing the header only where both show one, and figures as numbers: the page
     * writes "1 200,50" and "−200,00" for its reader, the file 1200,50 and -200,00 for a spreadsheet.
     */
    boolean sameAs(AnswerSections other) {
        return title.equals(other.title) && plain(rows).equals(plain(other.rows))
                && (header == null || other.header == null || header.equals(other.header));
    }

    private static final Pattern ESTONIAN_NUMBER = Pattern.compile("[\u2212-]?\\d{1,3}(\u00a0\\d{3})*(,\\d+)?");

    private static List<List<String>> plain(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> ESTONIAN_NUMBER.matcher(cell).matches()
                ? cell.replace("\u00a0", "").replace('\u2212', '-') : cell).toList()).toList();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&nbsp;", "\u00a0").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
