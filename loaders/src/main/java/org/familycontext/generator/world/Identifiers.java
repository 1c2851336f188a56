/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

import java.time.LocalDate;

/**
 * Allocates identifiers that cannot belong to anyone: NHS numbers from the 999 test range, unique pupil
 * numbers with local-authority code 999, and police national computer IDs of an invented form.
 */
public final class Identifiers {

    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int NHS_BODIES = 1_000_000;

    private final long nhsOffset;
    private int nhsCounter;
    private long upnCounter;
    private long pncCounter;

    public Identifiers(long seed) {
        this.nhsOffset = Math.floorMod(seed * 104_729L, (long) NHS_BODIES);
    }

    /**
     * The next unused NHS number, or null once the test range is used up: it holds about 909,000 valid
     * numbers, so in a council larger than that the later people have none rather than a shared one.
     */
    public String nextNhsNumber() {
        while (nhsCounter < NHS_BODIES) {
            // 387,403 is coprime to a million, so this visits every body once, in a scrambled order.
            long body = Math.floorMod(nhsCounter++ * 387_403L + nhsOffset, (long) NHS_BODIES);
            var nine = "999" + String.format("%06d", body);
            int check = nhsCheckDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
        return null;
    }

    /** The modulus 11 check digit of nine digits; 10 means no valid number has these nine digits. */
    public static int nhsCheckDigit(CharSequence nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /**
     * A unique pupil number: check letter, LA code 999, a four-digit establishment number, the two-digit year
     * the number was allocated, a three-digit serial.
     */
    public String nextUpn(LocalDate allocated) {
        long n = upnCounter++;
        var twelve = "999" + String.format("%04d", 2001 + (n / 1000) % 7999)
                + String.format("%02d", allocated.getYear() % 100)
                + String.format("%03d", n % 1000);
        return upnCheckLetter(twelve) + twelve;
    }

    /** DfE's check letter: the twelve characters weighted 2 to 13, modulus 23. */
    public static char upnCheckLetter(CharSequence twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    /** A police national computer ID: year of first record, a serial, a letter. */
    public String nextPnc(LocalDate firstRecorded) {
        long n = pncCounter++;
        var serial = String.format("%07d", 9_000_000 + n % 1_000_000);
        return String.format("%02d", firstRecorded.getYear() % 100) + "/" + serial
                + UPN_LETTERS.charAt((int) ((n * 7 + firstRecorded.getYear()) % 23));
    }
}
