/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.lang3.StringUtils;
import org.familycontext.model.address.AddressKey;
import org.familycontext.model.address.Postcode;
import org.familycontext.model.record.RecordKey;

/**
 * One record as the linker compares it: names upper-cased without accents or punctuation, the phonetic codes
 * worked out once, the latest address's postcode, UPRN and normalised first line. Any field may be null.
 *
 * @param index the record's place in the run, so that pairs are two ints
 * @param otherSurnames previous surnames and the parts of a hyphenated or double-barrelled surname
 */
public record MatchRecord(
        int index,
        RecordKey key,
        String forename,
        String surname,
        List<String> otherSurnames,
        String birthDate,
        String sex,
        String postcode,
        String uprn,
        String addressLine,
        String nhsNumber,
        String upn,
        String caseId,
        String forenameSound,
        String surnameSound) {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    /** Builds the comparable form of a record's fields as the graph holds them. */
    public static MatchRecord of(
            int index,
            RecordKey key,
            String forename,
            String surname,
            List<String> previousSurnames,
            String birthDate,
            String sex,
            String postcode,
            String uprn,
            String addressLines,
            String nhsNumber,
            String upn,
            String caseId) {
        var fore = name(forename);
        var sur = name(surname);
        var others = new java.util.ArrayList<String>();
        if (previousSurnames != null) {
            previousSurnames.stream()
                    .map(MatchRecord::name)
                    .filter(StringUtils::isNotEmpty)
                    .forEach(others::add);
        }
        if (sur != null && sur.contains(" ")) {
            others.addAll(List.of(sur.split(" ")));
        }
        var line = addressLines == null
                ? null
                : StringUtils.trimToNull(AddressKey.normaliseLine(StringUtils.substringBefore(addressLines, ",")));
        return new MatchRecord(
                index,
                key,
                fore,
                sur,
                List.copyOf(others),
                StringUtils.trimToNull(birthDate),
                "UNKNOWN".equals(sex) ? null : sex,
                postcode == null ? null : Postcode.normalise(postcode).orElse(null),
                StringUtils.trimToNull(uprn),
                line,
                StringUtils.trimToNull(nhsNumber),
                StringUtils.trimToNull(upn),
                StringUtils.trimToNull(caseId),
                sound(fore),
                sound(sur));
    }

    /** The same record at another place in a run. */
    public MatchRecord withIndex(int newIndex) {
        return new MatchRecord(
                newIndex,
                key,
                forename,
                surname,
                otherSurnames,
                birthDate,
                sex,
                postcode,
                uprn,
                addressLine,
                nhsNumber,
                upn,
                caseId,
                forenameSound,
                surnameSound);
    }

    /** Upper case, accents and punctuation gone, hyphens as spaces: "O'Gáin-Smith" is "OGAIN SMITH". */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        var plain = StringUtils.stripAccents(raw).toUpperCase(Locale.ROOT);
        var out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if ((c == '-' || c == ' ') && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return StringUtils.trimToNull(out.toString());
    }

    /**
     * The phonetic code of a name as a source holds it, as blocking compares it. Loaders store it on each record
     * ({@code forenameSound}, {@code surnameSound}) so that an incremental run finds a new record's candidates
     * through an index instead of reading every record.
     */
    public static String nameSound(String raw) {
        return sound(name(raw));
    }

    private static String sound(String name) {
        return name == null ? null : METAPHONE.doubleMetaphone(name.replace(" ", ""));
    }
}
