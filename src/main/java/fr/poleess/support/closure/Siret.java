package fr.poleess.support.closure;

/**
 * A SIRET is 14 digits whose Luhn checksum is right; La Poste's establishments are the documented
 * exception (SIREN 356000000, digit sum divisible by 5).
 */
final class Siret {

    private Siret() {
    }

    static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith("356000000")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
