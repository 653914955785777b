package ee.tokvs.portal.claim;

import ee.tokvs.portal.shared.web.FormFields;
import ee.tokvs.portal.shared.web.FormLabels;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClaimFormTest {

    /** The claim form and each kind of money row's form. */
    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        FormLabels.assertEveryLabelIsWordedInBothLanguages(Stream.concat(Stream.of(ClaimForm.FIELDS),
                Stream.of(ItemForm.Kind.values()).map(ItemForm.Kind::fields)).toArray(FormFields[]::new));
    }
}
