package org.therapyassist.patients;

/**
 * A 10-digit NHS number whose last digit is the Modulus 11 check digit of the first nine. Shown as 943 476 5919.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
        value = normalise(value);
    }

    public static NhsNumber of(String text) {
        return new NhsNumber(text);
    }

    /** True for ten digits (spaces and hyphens allowed) with a correct check digit. */
    public static boolean isValid(String text) {
        String digits = normalise(text);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /**
     * The Modulus 11 check digit for nine digits: weights 10 down to 2, eleven minus the remainder, 11 becomes 0;
     * -1 when it would be 10, because such numbers are never issued.
     */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** Ten digits with spaces and hyphens removed, or null if the text has anything else in it. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        // Any spacing, as people copy it from letters and screens: spaces, tabs, non-breaking spaces, hyphens.
        String digits = text.replaceAll("[\\s\\u00a0-]", "");
        return digits.chars().allMatch(Character::isDigit) ? digits : null;
    }

    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
