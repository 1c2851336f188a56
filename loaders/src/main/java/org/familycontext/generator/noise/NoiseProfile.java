/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

/**
 * How careful a source is and what it holds. Rates multiply the default noise rates; 1.0 is an average
 * council system, a statutory return is far cleaner, a police nominal index typed at a front desk is not.
 *
 * @param errors multiplies name, date and identifier mistakes
 * @param middleNames whether the source holds middle names at all
 * @param partialDates whether the source may hold only a month and year, or a year
 * @param nhsNumbers share of records with an NHS number (0: the source has no such field)
 * @param upns share of records with a UPN (0: no such field)
 * @param staleAddresses multiplies the chance that an address was never updated after a move
 * @param duplicates multiplies the chance of a second record of the same person
 */
public record NoiseProfile(
        double errors,
        boolean middleNames,
        boolean partialDates,
        double nhsNumbers,
        double upns,
        double staleAddresses,
        double duplicates) {}
