package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.audit.Change;
import ee.tokvs.portal.audit.SubmissionEvent;
import io.quarkus.qute.TemplateExtension;

/** Message keys for values shown on pages, so templates can word them with {@code msg:message(...)}. */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    static String fieldKey(Change change) {
        return "field_" + change.field();
    }

    static String actionKey(SubmissionEvent event) {
        return "action_" + event.action;
    }
}
