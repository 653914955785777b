package ee.tokvs.portal.reference;

/** The code lists of the report regulation, each a set of stable codes with Estonian and English labels. */
public enum CodeList {
    CLAIM_STATUS, INCIDENT_TYPE, SEVERITY, DAMAGE_TYPE, RECOVERY_TYPE, SPECIALTY, ADDITIONAL_COMPETENCE, RISK_PROFILE;

    public String messageKey() {
        return "code_list_" + name();
    }
}
