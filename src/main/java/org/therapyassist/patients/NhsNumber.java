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
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Ten digits with spaces and hyphens removed, or null if the text has anything else in it. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "").replace("-", "");
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
