package ee.tokvs.portal.effort;

/** The finished tasks after which the portal asks how easy they were. */
public enum EffortTask {
    CLAIM_SAVED, CONTRACT_SAVED, UPLOAD_DONE;

    /** The question's message key. */
    public String questionKey() {
        return "effort_question_" + name();
    }

    /** The task's name in the scores' table. */
    public String labelKey() {
        return "effort_task_" + name();
    }

    public static EffortTask parse(String value) {
        for (EffortTask task : values()) {
            if (task.name().equals(value)) {
                return task;
            }
        }
        return null;
    }
}
