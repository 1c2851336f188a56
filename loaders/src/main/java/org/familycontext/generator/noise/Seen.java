/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

import java.time.LocalDate;
import java.util.List;
import org.familycontext.generator.world.Address;
import org.familycontext.model.record.Sex;

/**
 * A person as one source holds them: names, dates and identifiers as typed, the address it last heard of.
 * Every field may be missing or wrong; the truth is the {@code Person}.
 *
 * @param alias another forename the source records the person by ("known as"), or null
 * @param birthDate null when the source has no date of birth
 * @param address null when the source has no address
 */
public record Seen(
        String forename,
        String middleNames,
        String surname,
        List<String> previousSurnames,
        String alias,
        RecordedDate birthDate,
        Sex sex,
        String nhsNumber,
        String upn,
        SeenAddress address,
        LocalDate deathDate) {

    /**
     * An address as the source has it.
     *
     * @param firstLine the first line as typed ("12 Mill Rd")
     * @param postcode as typed, possibly empty or a ZZ99 pseudo-postcode
     * @param to the day the person moved out, or null
     */
    public record SeenAddress(Address address, String firstLine, String postcode, LocalDate from, LocalDate to) {

        public String uprn() {
            return address.uprn();
        }

        public String locality() {
            return address.locality();
        }

        public String town() {
            return address.town();
        }

        /** First line, locality and town, comma separated. */
        public String lines() {
            return firstLine + ", " + address.locality() + ", " + address.town();
        }
    }
}
