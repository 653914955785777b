package ee.tokvs.portal.shared.rules;

/** A save refused by the rules; carries the findings so the channel can show them where they belong. */
public class RuleViolationException extends RuntimeException {

    private final transient Findings findings;

    public RuleViolationException(Findings findings) {
        super("refused by the rules: " + findings, null, false, false);
        this.findings = findings;
    }

    public Findings findings() {
        return findings;
    }
}
