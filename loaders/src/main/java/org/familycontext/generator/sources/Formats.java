/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.familycontext.generator.noise.RecordedDate;
import org.familycontext.model.record.Sex;

/** The date and sex codings the sources use; each manifest names the same ones. */
final class Formats {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final DateTimeFormatter D_M_Y = DateTimeFormatter.ofPattern("d/M/uuuu");
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Formats() {}

    static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : date.format(format);
    }

    static String date(RecordedDate date, DateTimeFormatter format) {
        return RecordedDate.format(date, format);
    }

    /** M, F, U. */
    static String letter(Sex sex) {
        return switch (sex) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> "U";
        };
    }

    /** Male, Female, Unknown. */
    static String word(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            default -> "Unknown";
        };
    }

    /** ISO/IEC 5218, as NHS systems hold it: 1 male, 2 female, 0 not known. */
    static String iso5218(Sex sex) {
        return switch (sex) {
            case FEMALE -> "2";
            case MALE -> "1";
            default -> "0";
        };
    }

    /** An NHS number as printed on letters: 999 100 0372. */
    static String spacedNhs(String nhs) {
        if (nhs == null || nhs.length() != 10) {
            return nhs;
        }
        return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
