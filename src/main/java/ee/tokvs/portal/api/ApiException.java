package ee.tokvs.portal.api;

/** Ends an API call with a problem; {@link ApiCalls} answers it as problem details. */
class ApiException extends RuntimeException {

    private final ApiProblem problem;

    ApiException(ApiProblem problem) {
        super(problem.code(), null, false, false);
        this.problem = problem;
    }

    ApiProblem problem() {
        return problem;
    }
}
