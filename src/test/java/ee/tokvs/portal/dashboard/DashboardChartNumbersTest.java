package ee.tokvs.portal.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.browser.BrowserTest;
import ee.tokvs.portal.browser.DemoAccount;
import ee.tokvs.portal.testdata.DashboardFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chart writes its numbers as the page's reader does, on its axis and in its tooltip: "1 234 567,89" and
 * "64,7 %" in Estonian, "1,234,567.89" and "64.7%" in English. A chart is drawn on a canvas, so the test asks the
 * drawn chart for the very functions that write them.
 */
@QuarkusTest
class DashboardChartNumbersTest extends BrowserTest {

    /** The axis label and the tooltip of the chart's first series for a value, as the chart writes them. */
    private static final String TOLD = "([id, value]) => {"
            + " const option = echarts.getInstanceByDom(document.querySelector('[data-testid=chart-' + id + ']')).getOption();"
            + " return [option.yAxis[0].axisLabel.formatter(value), option.series[0].tooltip.valueFormatter(value)]; }";

    @Inject
    DashboardFixture fixture;

    @BeforeEach
    void theFixedRegister() {
        fixture.seed();
    }

    @Test
    void chartsWriteNumbersAndSharesInThePagesLanguage() {
        logInAs(DemoAccount.TA_ANALYST);
        open("MONEY", "money");
        assertEquals(List.of("1\u00a0234\u00a0567,89", "1\u00a0234\u00a0567,89"), told("money", 1234567.89));
        open("COMPLIANCE", "compliance");
        assertEquals(List.of("64,7\u00a0%", "64,7\u00a0%"), told("compliance", 64.7), "the on-time share is a share");
        open("BREAKDOWNS", "rates");
        assertEquals(List.of("1\u00a0497,95", "1\u00a0497,95"), told("rates", 1497.95), "a rate is not");

        page.getByTestId("lang-switch").click();
        page.waitForSelector("html[lang=en]");
        open("MONEY", "money");
        assertEquals(List.of("1,234,567.89", "1,234,567.89"), told("money", 1234567.89));
        open("COMPLIANCE", "compliance");
        assertEquals(List.of("64.7%", "64.7%"), told("compliance", 64.7));
    }

    /** A section of the dashboard over the fixture's years, once its chart is drawn. */
    private void open(String section, String chart) {
        page.navigate(url("/dashboards?section=" + section + "&from=2015-01-01&to=2016-12-31"));
        assertThat(page.getByTestId("chart-" + chart).locator("canvas")).hasCount(1);
    }

    @SuppressWarnings("unchecked")
    private List<String> told(String figure, double value) {
        return (List<String>) page.evaluate(TOLD, List.of(figure, value));
    }
}
