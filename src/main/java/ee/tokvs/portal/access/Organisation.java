package ee.tokvs.portal.access;

/**
 * The organisation a user belongs to, as Keycloak's Organizations feature states it in the token:
 * an insurer, a representative company, or Terviseamet. Keyed by business-registry code, never by
 * Keycloak's internal id.
 */
public record Organisation(String alias, String registryCode, Kind kind) {

    public enum Kind {
        INSURER, REPRESENTATIVE, AUTHORITY;

        static Kind parse(String value) {
            return switch (value == null ? "" : value) {
                case "insurer" -> INSURER;
                case "representative" -> REPRESENTATIVE;
                case "authority" -> AUTHORITY;
                default -> null;
            };
        }
    }

    public boolean isRepresentative() {
        return kind == Kind.REPRESENTATIVE;
    }
}
