package ee.tokvs.portal.contract;

import ee.tokvs.portal.shared.web.FormLabels;
import org.junit.jupiter.api.Test;

class ContractFormTest {

    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        FormLabels.assertEveryLabelIsWordedInBothLanguages(ContractForm.FIELDS);
    }
}
