package se.markdna.domain.register;

import java.util.Optional;

/**
 * Swedish organisation number NNNNNN-NNNN. The last digit is a Luhn check digit over the first
 * nine; the third digit is at least 2, which is what tells it apart from a personal identity
 * number (whose third and fourth digits are a month) — a register of organisations must not
 * quietly take in personal data.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** Accepts "5560359431", "556035-9431" and surrounding spaces; returns NNNNNN-NNNN or empty. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        String digits;
        if (s.matches("\\d{6}-\\d{4}")) {
            digits = s.substring(0, 6) + s.substring(7);
        } else if (s.matches("\\d{10}")) {
            digits = s;
        } else {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /** The message key of the first problem with the number, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        Optional<String> normal = normalise(raw);
        if (normal.isEmpty()) {
            return Optional.of("validation.orgNumber.format");
        }
        String digits = normal.get().replace("-", "");
        if (digits.charAt(2) < '2') {
            return Optional.of("validation.orgNumber.personal");
        }
        if (!luhnValid(digits)) {
            return Optional.of("validation.orgNumber.checkDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** Luhn over all digits, the last being the check digit. */
    public static boolean luhnValid(String digits) {
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The Luhn check digit for the given digits (weights 2,1,2,1… from the left for nine digits). */
    public static int checkDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
