package ee.tokvs.portal.api;

/**
 * The examples of the API's OpenAPI document ({@link ApiDocument}): one request and one answer for each call, and
 * one of each problem. Answers are in English, as for {@code Accept-Language: en}.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String CONCLUSION = """
            {"policyholderCode": "90000015", "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
             "sumPerEvent": 100000.00, "sumAggregate": 300000.00, "changeDate": "2025-12-19"}""";

    static final String AMENDMENT = """
            {"policyholderCode": "90000015", "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
             "sumPerEvent": 100000.00, "sumAggregate": 400000.00, "changeDate": "2026-01-05"}""";

    static final String CONCLUDED = """
            {"result": "CREATED", "checkOnly": false,
             "record": {"type": "CONTRACT", "id": 4711, "number": "LEP-2026-001", "version": 1},
             "submission": {"id": 90210, "action": "CONTRACT_CONCLUDED", "businessDate": "2025-12-19",
                            "deadline": "2025-12-22", "late": false, "submittedAt": "2025-12-19T10:15:30Z"}}""";

    static final String AMENDED = """
            {"result": "CHANGED", "checkOnly": false,
             "record": {"type": "CONTRACT", "id": 4711, "number": "LEP-2026-001", "version": 2},
             "submission": {"id": 90233, "action": "CONTRACT_AMENDMENT", "businessDate": "2026-01-05",
                            "deadline": "2026-01-06", "late": false, "submittedAt": "2026-01-05T08:02:11Z"}}""";

    static final String CHECKED = """
            {"result": "CREATED", "checkOnly": true, "record": {"type": "CONTRACT", "number": "LEP-2026-001", "version": 1},
             "submission": {"action": "CONTRACT_CONCLUDED", "businessDate": "2025-12-19", "deadline": "2025-12-22",
                            "late": false}}""";

    static final String CONTRACT = """
            {"contractNumber": "LEP-2026-001", "version": 2, "versions": [
              {"versionNo": 1, "changeKind": "CONCLUSION", "changeDate": "2025-12-19", "policyholderCode": "90000015",
               "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "sumPerEvent": 100000.00, "sumAggregate": 300000.00},
              {"versionNo": 2, "changeKind": "AMENDMENT", "changeDate": "2026-01-05", "policyholderCode": "90000015",
               "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "sumPerEvent": 100000.00, "sumAggregate": 400000.00}]}""";

    static final String CLAIM = """
            {"contractNumber": "LEP-2026-001", "receivedDate": "2026-03-02", "incidentNumber": "JUH-77",
             "incidentDate": "2026-02-14", "status": "SUBMITTED", "incidentType": "DIAGNOSIS_OR_TREATMENT_ERROR",
             "severity": "PENDING", "specialty": "CARDIOLOGY", "handlingFinished": false}""";

    static final String CLAIM_SAVED = """
            {"result": "CREATED", "checkOnly": false,
             "record": {"type": "CLAIM", "id": 5120, "number": "KAH-2026-014", "version": 0},
             "submission": {"id": 90301, "action": "CLAIM_CREATED", "businessDate": "2026-03-02",
                            "deadline": "2026-03-03", "late": false, "submittedAt": "2026-03-02T12:40:00Z"}}""";

    static final String PAYOUT = """
            {"date": "2026-06-30", "type": "TREATMENT_COSTS", "amount": 1250.00, "generalReductionPct": 0,
             "eventReductionPct": 0}""";

    static final String PAYOUT_ADDED = """
            {"result": "CHANGED", "checkOnly": false,
             "record": {"type": "CLAIM", "id": 5120, "number": "KAH-2026-014", "version": 3},
             "submission": {"id": 90412, "action": "PAYOUT_ADDED", "businessDate": "2026-06-30",
                            "deadline": "2026-07-01", "late": false, "submittedAt": "2026-06-30T09:00:00Z"}}""";

    static final String CLAIM_READ = """
            {"claimNumber": "KAH-2026-014", "contractNumber": "LEP-2026-001", "version": 3, "receivedDate": "2026-03-02",
             "incidentNumber": "JUH-77", "incidentDate": "2026-02-14", "status": "INSURED_EVENT",
             "incidentType": "DIAGNOSIS_OR_TREATMENT_ERROR", "severity": "III", "specialty": "CARDIOLOGY",
             "additionalCompetence": null, "handlingFinished": false, "finishedDate": null,
             "payouts": [{"date": "2026-06-30", "type": "TREATMENT_COSTS", "amount": 1250.00, "generalReductionPct": 0,
                          "eventReductionPct": 0}],
             "recoveries": [],
             "reserves": [{"date": "2026-04-01", "type": "NON_PECUNIARY", "amount": 15000.00, "generalReductionPct": null,
                           "eventReductionPct": null}],
             "outstandingRecoveries": []}""";

    static final String UNKNOWN_FIELD = """
            {"type": "https://tokvs.terviseamet.ee/problems/unknown_field", "title": "Unknown field", "status": 400,
             "detail": "The field /colour does not belong to this call.", "code": "unknown_field",
             "errors": [{"code": "unknown_field", "pointer": "/colour",
                         "message": "The field /colour does not belong to this call."}]}""";

    static final String FORBIDDEN = """
            {"type": "https://tokvs.terviseamet.ee/problems/forbidden", "title": "Not allowed", "status": 403,
             "detail": "This client may not make this call (no role, or no valid mandate).", "code": "forbidden"}""";

    static final String NOT_FOUND = """
            {"type": "https://tokvs.terviseamet.ee/problems/contract_not_found", "title": "Contract not found",
             "status": 404, "detail": "Your insurer has no contract numbered LEP-2026-001.", "code": "contract_not_found"}""";

    static final String TOO_LARGE = """
            {"type": "https://tokvs.terviseamet.ee/problems/body_too_large", "title": "Request body too large",
             "status": 413, "detail": "A call with one record may be up to 64 KB.", "code": "body_too_large"}""";

    static final String INVALID_DATA = """
            {"type": "https://tokvs.terviseamet.ee/problems/invalid_data", "title": "The data breaks the rules",
             "status": 422, "detail": "Nothing was saved. The errors are listed by field.", "code": "invalid_data",
             "errors": [{"code": "rule_period_end_before_start", "pointer": "/periodEnd",
                         "message": "The insurance period cannot end before it starts."}]}""";

    static final String UNEXPECTED = """
            {"type": "https://tokvs.terviseamet.ee/problems/unexpected", "title": "Unexpected error", "status": 500,
             "detail": "The call could not be handled and nothing was saved. Contact Terviseamet, reference 3f9a1c2e.",
             "code": "unexpected"}""";

    static final String RULES = """
            [{"code": "rule_required", "level": "ERROR", "field": "*", "legalBasis": null,
              "noLegalBasis": "a value the record cannot do without", "message": "Required."},
             {"code": "rule_period_end_before_start", "level": "ERROR", "field": "*", "legalBasis": "määrus §2(1) p 4",
              "noLegalBasis": null, "message": "The insurance period cannot end before it starts."}]""";

    static final String SUBMISSIONS = """
            {"items": [{"id": 90210, "recordType": "CONTRACT", "recordNumber": "LEP-2026-001",
                        "action": "CONTRACT_CONCLUDED", "businessDate": "2025-12-19", "deadline": "2025-12-22",
                        "late": false, "submittedAt": "2025-12-19T10:15:30Z", "channel": "API"}],
             "next": 90210}""";

    static final String BATCH = """
            {"claims": {"K-2026-001": {"contractNumber": "LEP-2026-001", "receivedDate": "2026-02-10",
                                       "incidentNumber": "J-1", "incidentDate": "2026-02-01", "status": "SUBMITTED",
                                       "incidentType": "BEING_SPECIFIED", "severity": "PENDING"},
                        "K-2026-002": {"contractNumber": "LEP-2026-001", "receivedDate": "2026-02-11",
                                       "incidentNumber": "J-2", "incidentDate": "2026-02-03", "status": "SUBMITTED",
                                       "incidentType": "BEING_SPECIFIED", "severity": "PENDING"}}}""";

    static final String BATCH_SAVED = """
            {"checkOnly": false, "claims": {
              "K-2026-001": {"result": "CREATED", "checkOnly": false,
                             "record": {"type": "CLAIM", "id": 815, "number": "K-2026-001", "version": 0},
                             "submission": {"id": 90301, "action": "CLAIM_CREATED", "businessDate": "2026-02-10",
                                            "deadline": "2026-02-11", "late": false, "submittedAt": "2026-02-10T09:00:00Z"}},
              "K-2026-002": {"result": "CREATED", "checkOnly": false,
                             "record": {"type": "CLAIM", "id": 816, "number": "K-2026-002", "version": 0},
                             "submission": {"id": 90302, "action": "CLAIM_CREATED", "businessDate": "2026-02-11",
                                            "deadline": "2026-02-12", "late": false, "submittedAt": "2026-02-10T09:00:00Z"}}}}""";

    /** The claims part both §4 answers share. */
    private static final String BREAKDOWNS = """
            {"years": [{"year": 2025, "claims": 2, "insuredEvents": 1}],
              "byStatus": [{"year": 2025, "status": "INSURED_EVENT", "severity": "III", "open": 1, "closed": 0},
                           {"year": 2025, "status": "SUBMITTED", "severity": "PENDING", "open": 0, "closed": 1}],
              "byDamage": [{"year": 2025, "damageType": "TREATMENT_COSTS", "incidentType": "INFECTION", "severity": "III",
                            "claims": 1, "insuredEvents": 1, "paid": 1200.00, "reserved": 900.00}],
              "byRecovery": [{"year": 2025, "recoveryType": "DEDUCTIBLE", "incidentType": "INFECTION", "severity": "III",
                              "claims": 1, "insuredEvents": 1, "received": -150.00, "outstanding": 0.00}]}""";

    static final String PROVIDER_REPORT = """
            {"registryCode": "90000015",
             "provider": {"name": "Põhjaranniku Suurhaigla SA", "riskProfile": "LARGE_HOSPITAL", "known": true},
             "contracts": {"contracts": 3, "firstPeriodStart": "2024-11-01", "lastPeriodEnd": "2026-12-31",
                           "bySums": [{"sumPerEvent": 100000.00, "sumAggregate": 300000.00, "contracts": 2},
                                      {"sumPerEvent": 200000.00, "sumAggregate": 600000.00, "contracts": 1}]},
             "claims": """ + BREAKDOWNS + "}";

    static final String PROFILE_STATISTICS = """
            {"riskProfile": "LARGE_HOSPITAL",
             "contractYears": [{"year": 2024, "contracts": 12, "insuredDays": 732},
                               {"year": 2025, "contracts": 41, "insuredDays": 14965}],
             "claims": """ + BREAKDOWNS + "}";

    static final String INVALID_QUERY = """
            {"type": "https://tokvs.terviseamet.ee/problems/invalid_query", "title": "The question cannot be asked",
             "status": 422, "detail": "Nothing was asked or logged. The errors are listed by parameter.",
             "code": "invalid_query",
             "errors": [{"code": "rule_registry_code_invalid", "pointer": "/registryCode",
                         "message": "\\"90000016\\" is not a valid business-registry code: it has eight digits and the last is a check digit."}]}""";
}
