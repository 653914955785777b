package ee.tokvs.portal.worklist;

import ee.tokvs.portal.shared.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/** The follow-up form of a claim: the day and a short note; {@code action=clear} clears it. */
public class FollowUpForm {

    /** The fields in the order worklist/followUp.html shows them, with their labels. */
    public static final FormFields FIELDS = FormFields.of()
            .field(FollowUps.DATE, "worklist_follow_up_date")
            .field(FollowUps.NOTE, "worklist_follow_up_note");

    @RestForm
    public String date;
    @RestForm
    public String note;
    @RestForm
    public String action;

    /** The form as the claim's follow-up has it now, or empty. */
    static FollowUpForm of(FollowUp followUp) {
        FollowUpForm form = new FollowUpForm();
        if (followUp != null) {
            form.date = followUp.on.toString();
            form.note = followUp.note;
        }
        return form;
    }

    boolean clears() {
        return "clear".equals(action);
    }
}
