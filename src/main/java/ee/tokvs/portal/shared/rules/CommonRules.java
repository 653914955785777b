package ee.tokvs.portal.shared.rules;

import java.util.List;

/** Rules that several features report, each at a field of its own. */
public final class CommonRules {

    public static final Rule DATE_IN_FUTURE = Rule.error("rule_date_in_future", Rule.AT_USE,
            Rule.none("plausibility: the register records what has happened (määrus §3(1): data once it comes into being)"));
    public static final Rule PERIOD_END_BEFORE_START = Rule.error("rule_period_end_before_start", Rule.AT_USE,
            Rule.none("plausibility: a period (a contract's, määrus §2(1) p 4; a mandate's) cannot end before it starts"));
    public static final Rule NOTHING_CHANGED = Rule.error("rule_nothing_changed", Rule.AT_USE,
            Rule.none("technical: a change that changes nothing is not a new version"));
    public static final Rule CONFLICT = Rule.error("rule_conflict", Rule.WHOLE,
            Rule.none("technical: someone else saved the record after this page was opened"));

    public static final List<Rule> RULES = List.of(DATE_IN_FUTURE, PERIOD_END_BEFORE_START, NOTHING_CHANGED, CONFLICT);

    private CommonRules() {
    }
}
