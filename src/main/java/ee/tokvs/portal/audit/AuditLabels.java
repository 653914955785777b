package ee.tokvs.portal.audit;

import io.quarkus.qute.TemplateExtension;

/** Message keys for the audit trail's values, so templates can word them with {@code msg:message(...)}. */
@TemplateExtension
public final class AuditLabels {

    private AuditLabels() {
    }

    static String fieldKey(Change change) {
        return "field_" + change.field();
    }

    static String actionKey(SubmissionEvent event) {
        return "action_" + event.action;
    }
}
