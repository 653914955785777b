package ee.tokvs.portal.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.home.HomeMessages;
import ee.tokvs.portal.upload.UploadMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Counts read right in both languages: English "1 error" but "2 errors"; Estonian takes the singular after
 * a numeral ("2 viga"), except that after 1 the nominative stands ("1 hoiatus", but "2 hoiatust").
 */
@QuarkusTest
class MessagePluralsTest {

    private static <T> T bundle(Class<T> type, String language) {
        return MessageBundles.get(type, Localized.Literal.of(language));
    }

    @Test
    void theUploadSummaryCountsErrorsAndWarnings() {
        UploadMessages en = bundle(UploadMessages.class, "en");
        assertContains(en.upload_refused_title(1, 1), "1 error, 1 warning.");
        assertContains(en.upload_refused_title(2, 0), "2 errors, 0 warnings.");
        assertContains(en.upload_saved_with_warnings(1), "Saved with 1 warning,");
        assertContains(en.upload_saved_with_warnings(3), "Saved with 3 warnings,");
        assertContains(en.upload_done(1, 1, 0, 0), "saved: 1 row,");
        assertContains(en.upload_done(2, 1, 1, 0), "saved: 2 rows,");
        assertContains(en.upload_progress_rows(0, 1), "0 / 1 row");
        assertContains(en.upload_progress_rows(1, 2), "1 / 2 rows");

        UploadMessages et = bundle(UploadMessages.class, "et");
        assertContains(et.upload_refused_title(1, 1), "1 viga, 1 hoiatus.");
        assertContains(et.upload_refused_title(2, 2), "2 viga, 2 hoiatust.");
        assertContains(et.upload_refused_title(0, 0), "0 viga, 0 hoiatust.");
    }

    @Test
    void theHealthBoardHomeCountsInsurers() {
        assertContains(bundle(HomeMessages.class, "en").home_terviseamet_insurer_count(1), "There is 1 insurer in the register.");
        assertContains(bundle(HomeMessages.class, "en").home_terviseamet_insurer_count(4), "There are 4 insurers in the register.");
        assertContains(bundle(HomeMessages.class, "et").home_terviseamet_insurer_count(1), "Registris on 1 kindlustusandja.");
        assertContains(bundle(HomeMessages.class, "et").home_terviseamet_insurer_count(4), "Registris on 4 kindlustusandjat.");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "\"" + text + "\" should contain \"" + expected + "\"");
    }
}
