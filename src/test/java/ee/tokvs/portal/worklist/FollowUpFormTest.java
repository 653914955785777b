package ee.tokvs.portal.worklist;

import ee.tokvs.portal.shared.web.FormLabels;
import org.junit.jupiter.api.Test;

/** A refused follow-up names its fields by labels both languages have (a missing one would be a 500). */
class FollowUpFormTest {

    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        FormLabels.assertEveryLabelIsWordedInBothLanguages(FollowUpForm.FIELDS);
    }
}
