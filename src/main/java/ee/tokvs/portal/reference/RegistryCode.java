package ee.tokvs.portal.reference;

/**
 * The Estonian business-registry code (äriregistri kood): eight digits, the last a check digit computed
 * with the weights 1…7 and, when that gives 10, 3…9, modulo 11 (a second 10 gives 0).
 */
public final class RegistryCode {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9};

    private RegistryCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{8}")) {
            return false;
        }
        return checkDigit(code.substring(0, 7)) == code.charAt(7) - '0';
    }

    /** The check digit for the first seven digits. */
    public static int checkDigit(String sevenDigits) {
        int remainder = weightedSum(sevenDigits, FIRST_WEIGHTS) % 11;
        if (remainder == 10) {
            remainder = weightedSum(sevenDigits, SECOND_WEIGHTS) % 11;
            if (remainder == 10) {
                remainder = 0;
            }
        }
        return remainder;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
