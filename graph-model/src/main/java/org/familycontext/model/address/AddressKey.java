/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.address;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * The key two sources' addresses are merged on. A UPRN identifies a property exactly, so when a source has
 * one it is the key. Otherwise the normalised first line and the postcode: "12 High St." and "12 HIGH STREET"
 * at the same postcode are one address.
 */
public final class AddressKey {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Z0-9]");

    private AddressKey() {}

    public static String of(String uprn, String lines, String postcode) {
        if (StringUtils.isNotBlank(uprn)) {
            return "uprn:" + uprn.strip();
        }
        var firstLine = normaliseLine(StringUtils.substringBefore(StringUtils.defaultString(lines), ","));
        var normalisedPostcode = Postcode.normalise(postcode).orElse("");
        if (firstLine.isEmpty() && normalisedPostcode.isEmpty()) {
            throw new IllegalArgumentException("an address needs a UPRN, a first line or a postcode");
        }
        return "addr:" + firstLine + "|" + normalisedPostcode;
    }

    /** Upper case, punctuation dropped, common street words written out, single spaces. */
    public static String normaliseLine(String line) {
        var words = StringUtils.split(
                NOT_LETTER_OR_DIGIT
                        .matcher(StringUtils.defaultString(line).toUpperCase(Locale.ROOT))
                        .replaceAll(" "),
                ' ');
        var out = new StringBuilder();
        for (var word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(
                    switch (word) {
                        case "ST" -> "STREET";
                        case "RD" -> "ROAD";
                        case "AVE", "AV" -> "AVENUE";
                        case "CL" -> "CLOSE";
                        case "CT" -> "COURT";
                        case "DR" -> "DRIVE";
                        case "LN" -> "LANE";
                        case "PL" -> "PLACE";
                        case "GDNS" -> "GARDENS";
                        case "CRES" -> "CRESCENT";
                        default -> word;
                    });
        }
        return out.toString();
    }
}
