package ee.tokvs.portal.people;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Estonian personal identification code (isikukood, standard EVS 585): 11 digits, the first giving sex and century,
 * then the birth date (YYMMDD), a serial number and a check digit. eID logins (TARA) name a person by it, as
 * {@code EE} and the code, which is also the username the portal gives the people it invites.
 */
public final class PersonalCode {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

    private PersonalCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("[1-6][0-9]{10}")) {
            return false;
        }
        int century = 1800 + (code.charAt(0) - '1') / 2 * 100;
        try {
            LocalDate.of(century + Integer.parseInt(code.substring(1, 3)), Integer.parseInt(code.substring(3, 5)),
                    Integer.parseInt(code.substring(5, 7)));
        } catch (DateTimeException e) {
            return false;
        }
        return checkDigit(code) == code.charAt(10) - '0';
    }

    /** The username of the person with this code: what TARA gives as their subject. */
    public static String username(String code) {
        return "EE" + code;
    }

    private static int checkDigit(String code) {
        int check = weighted(code, FIRST_WEIGHTS);
        if (check == 10) {
            check = weighted(code, SECOND_WEIGHTS);
        }
        return check == 10 ? 0 : check;
    }

    private static int weighted(String code, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (code.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
