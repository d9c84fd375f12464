package se.syfte.customers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number, NNNNNN-NNNN, whose last digit is the Luhn check digit of the
 * nine before it. Accepts the forms people write: with or without the hyphen, with the
 * century prefix {@code 16} that some registers add, and with spaces.
 */
public record OrgNumber(String value) {

    private static final Pattern FORM = Pattern.compile("(?:16)?(\\d{6})-?(\\d{4})");

    public OrgNumber {
        if (!FORM.matcher(value).matches() || value.length() != 11 || !hasValidCheckDigit(digits(value))) {
            throw new IllegalArgumentException("not a valid organisation number: " + value);
        }
    }

    /** The number in its written form, or empty when it is malformed or its check digit is wrong. */
    public static Optional<OrgNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.replace(" ", "").trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String written = matcher.group(1) + "-" + matcher.group(2);
        return hasValidCheckDigit(digits(written)) ? Optional.of(new OrgNumber(written)) : Optional.empty();
    }

    /** Appends the check digit to nine digits: the way valid numbers are made. */
    public static OrgNumber withCheckDigit(String nineDigits) {
        if (!nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected: " + nineDigits);
        }
        int check = (10 - luhnSum(nineDigits, true) % 10) % 10;
        String all = nineDigits + check;
        return new OrgNumber(all.substring(0, 6) + "-" + all.substring(6));
    }

    private static String digits(String written) {
        return written.replace("-", "");
    }

    private static boolean hasValidCheckDigit(String tenDigits) {
        return luhnSum(tenDigits, false) % 10 == 0;
    }

    /** Luhn: from the right, every second digit doubled (the check digit itself is not). */
    private static int luhnSum(String digits, boolean checkDigitMissing) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int fromRight = digits.length() - 1 - i;
            boolean doubled = checkDigitMissing ? fromRight % 2 == 0 : fromRight % 2 == 1;
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}
