/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

/**
 * A dwelling. Invented: postcode areas XD (the council) and XE (the neighbouring one) are not UK postcode
 * areas, and UPRNs start 999.
 *
 * @param flat the flat's label inside a block, or null for a house
 * @param building the block's name, or null
 */
public record Address(
        String uprn,
        String flat,
        String building,
        int number,
        String street,
        String locality,
        String town,
        String postcode,
        boolean inArea) {

    /** "Flat 3, Kestrel House, 12 Mill Road" or "12 Mill Road". */
    public String firstLine() {
        var house = number + " " + street;
        return flat == null ? house : flat + ", " + building + ", " + house;
    }

    /** Everything before the postcode, comma separated. */
    public String lines() {
        return firstLine() + ", " + locality + ", " + town;
    }
}
