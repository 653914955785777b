package ee.tokvs.portal.mandate;

import ee.tokvs.portal.shared.web.FormLabels;
import org.junit.jupiter.api.Test;

class MandateFormTest {

    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        FormLabels.assertEveryLabelIsWordedInBothLanguages(MandateResource.GrantForm.FIELDS);
    }
}
