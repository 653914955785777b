package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActingInsurer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The API's OpenAPI document, as far as it is not read from the resources: its words (the definition itself is on
 * this package, {@code package-info.java}, where SmallRye reads it). Served at {@code /api/v1/openapi} and kept in
 * {@code docs/openapi/tokvs-api-v1.yaml} ({@code OpenApiDocumentTest} keeps the two the same).
 *
 * <p>As the document's filter ({@code mp.openapi.filter}) it adds to every call what every call shares, so that the resources name only their
 * own answers: the {@code Represented-Party} header and the refusals before a call starts (401, 403, 500), and for
 * every write the caller's mistakes (400, 413, 422).
 */
public class ApiDocument implements OASFilter {

    static final String CLIENT_CREDENTIALS = "clientCredentials";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String TOO_LARGE = "TooLarge";
    static final String UNPROCESSABLE = "Unprocessable";
    static final String UNEXPECTED = "Unexpected";

    static final String DESCRIPTION = """
            Tervishoiuteenuse osutaja kohustusliku vastutuskindlustuse (TOKVS) aruandlus: kindlustusandjad ja nende \
            esindajad esitavad Terviseametile lepingud ja kahjujuhtumid.

            Reporting under the healthcare providers' compulsory liability insurance act (TOKVS): insurers and their \
            representatives report contracts and claims to Terviseamet (the Health Board). The same rules judge a call \
            as the portal's forms and uploads; every write is kept by its Idempotency-Key, and ?checkOnly=true answers \
            what a save would without writing. Errors are RFC 9457 problem details in the caller's language \
            (Accept-Language: et, en). A system calls over X-Road (its security server to the portal's mutual-TLS \
            listener, the member named in X-Road-Client) or with an OAuth2 client-credentials token. Guide: docs/api.md.""";

    static final String TOKEN = """
            A bearer token from Terviseamet's Keycloak (realm tokvs) by the client-credentials grant: POST \
            grant_type=client_credentials with the client's id and secret to <Keycloak>/realms/tokvs/protocol/openid-connect/token \
            (the Keycloak address of each environment comes with the client's credentials). The token carries the \
            client's organisation and role; its audience must include tokvs-api.""";

    static final String ACCEPT_LANGUAGE = "The language of problem details and findings: Estonian (et, the default) or English (en).";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            operation.addParameter(OASFactory.createParameter().ref(ActingInsurer.REPRESENTED_PARTY));
            if (method != PathItem.HttpMethod.GET) {
                answer(operation, "400", BAD_REQUEST);
                answer(operation, "413", TOO_LARGE);
                answer(operation, "422", UNPROCESSABLE);
            }
            answer(operation, "401", UNAUTHORIZED);
            answer(operation, "403", FORBIDDEN);
            answer(operation, "500", UNEXPECTED);
        }));
    }

    private static void answer(Operation operation, String status, String name) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }
}
