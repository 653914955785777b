package ee.tokvs.portal.query;

import ee.tokvs.portal.shared.web.RefusedException;

/** A §4 question from someone who may not ask it: not an insurer's person, or a mandate without the query scope. */
public class QueryRefusedException extends RefusedException {

    public QueryRefusedException() {
        super("§4 query refused");
    }

    @Override
    public String messageKey() {
        return "error_mandate_NO_QUERY_SCOPE";
    }
}
