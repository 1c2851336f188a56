/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.familycontext.generator.Dice;
import org.familycontext.generator.NoiseLevel;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.family.Residence;
import org.familycontext.model.record.Sex;

/**
 * Turns a person into what one source holds about them. Rates are per record at the default noise level; the
 * run's {@link NoiseLevel} and the source's {@link NoiseProfile} scale them. At {@code NONE} every source
 * agrees with the truth as it stood when the source last heard of the person.
 */
public final class Noise {

    static final double NICKNAME = 0.04;
    static final double TYPO = 0.012;
    static final double USES_MIDDLE_NAME = 0.005;
    static final double NAMES_SWAPPED = 0.003;
    static final double SURNAME_NOT_UPDATED = 0.04;
    static final double SURNAME_VARIANT = 0.3;
    static final double ACCENTS_DROPPED = 0.3;
    static final double BIRTH_DATE_MISSING = 0.02;
    static final double DAY_MONTH_SWAPPED = 0.02;
    static final double BIRTH_DATE_SLIP = 0.008;
    static final double PARTIAL_DATE = 0.03;
    static final double SEX_UNKNOWN = 0.01;
    static final double IDENTIFIER_MISTYPED = 0.01;
    static final double STALE_ADDRESS = 0.06;
    static final double POSTCODE_MISSING = 0.012;
    static final double NO_FIXED_ABODE = 0.006;
    static final double ABBREVIATED = 0.1;
    static final double DUPLICATE = 0.012;
    static final double KNOWN_AS = 0.1;

    /** The pseudo-postcode for "no fixed abode". */
    public static final String ZZ99 = "ZZ99 3VZ";

    private final double level;
    private final Nicknames nicknames;

    public Noise(NoiseLevel level, Nicknames nicknames) {
        this.level = level.factor();
        this.nicknames = nicknames;
    }

    /** The run's noise factor: 0 at NONE, 1 by default. */
    public double level() {
        return level;
    }

    /** True (at the run's noise level) when the source should hold a second record of this person. */
    public boolean duplicate(NoiseProfile profile, Dice dice) {
        return dice.chance(DUPLICATE * level * profile.duplicates());
    }

    /** The person as the source recorded them on {@code knownAt}. */
    public Seen see(Person p, LocalDate knownAt, NoiseProfile profile, Dice dice) {
        return see(p, knownAt, profile, dice, false);
    }

    /**
     * A second record of the same person, typed again later by someone else: it usually differs from the
     * first in one more way (a nickname, no date of birth, no NHS number, the address before a move).
     */
    public Seen seeAgain(Person p, LocalDate knownAt, NoiseProfile profile, Dice dice) {
        return see(p, knownAt, profile, dice, true);
    }

    private Seen see(Person p, LocalDate knownAt, NoiseProfile profile, Dice dice, boolean again) {
        double e = level * profile.errors();
        int forced = again ? dice.between(0, 3) : -1;

        var forename = p.forename();
        var middle = profile.middleNames() ? p.middleName() : null;
        var surname = p.surnameAt(knownAt);
        var previous = new ArrayList<>(p.surnamesBefore(knownAt));
        String alias = null;
        var nicks = nicknames.of(forename);
        if (!nicks.isEmpty() && (forced == 0 || dice.chance(NICKNAME * e))) {
            forename = dice.pick(nicks);
        } else if (!nicks.isEmpty() && dice.chance(KNOWN_AS * Math.min(1, level))) {
            alias = dice.pick(nicks);
        } else if (forced == 0) {
            forename = Spelling.typo(forename, dice);
        }
        if (dice.chance(TYPO * e)) {
            forename = Spelling.typo(forename, dice);
        }
        if (dice.chance(TYPO * e)) {
            surname = Spelling.typo(surname, dice);
        }
        if (middle != null && dice.chance(USES_MIDDLE_NAME * e)) {
            var first = forename;
            forename = middle;
            middle = first;
        }
        if (!previous.isEmpty() && dice.chance(SURNAME_NOT_UPDATED * e)) {
            surname = previous.getFirst();
            previous.clear();
        }
        if ((surname.contains("-") || surname.contains(" ") || surname.contains("'"))
                && dice.chance(SURNAME_VARIANT * level)) {
            surname = variant(surname, dice);
        }
        if (dice.chance(NAMES_SWAPPED * e)) {
            var f = forename;
            forename = surname;
            surname = f;
        }
        if (dice.chance(ACCENTS_DROPPED * level)) {
            forename = Spelling.fold(forename);
            surname = Spelling.fold(surname);
            middle = middle == null ? null : Spelling.fold(middle);
        }

        var birth = birthDate(p.birthDate(), profile, dice, e, forced == 1);
        var sex = p.sex();
        if (dice.chance(SEX_UNKNOWN * e)) {
            sex = Sex.UNKNOWN;
        }
        String nhs = null;
        if (p.nhsNumber() != null && dice.chance(profile.nhsNumbers()) && forced != 2) {
            nhs = dice.chance(IDENTIFIER_MISTYPED * e) ? mistype(p.nhsNumber(), dice) : p.nhsNumber();
        }
        String upn = null;
        if (p.upn() != null && dice.chance(profile.upns())) {
            upn = dice.chance(IDENTIFIER_MISTYPED * e * 0.8) ? mistype(p.upn(), dice) : p.upn();
        }
        var address = address(p, knownAt, profile, dice, level, forced == 3);
        var death = p.deathDate() != null && !p.deathDate().isAfter(knownAt) ? p.deathDate() : null;
        return new Seen(forename, middle, surname, previous, alias, birth, sex, nhs, upn, address, death);
    }

    private RecordedDate birthDate(LocalDate truth, NoiseProfile profile, Dice dice, double e, boolean forceMissing) {
        if (forceMissing || dice.chance(BIRTH_DATE_MISSING * e)) {
            return null;
        }
        int d = truth.getDayOfMonth();
        int m = truth.getMonthValue();
        int y = truth.getYear();
        if (d <= 12 && d != m && dice.chance(DAY_MONTH_SWAPPED * e)) {
            return new RecordedDate(y, d, m);
        }
        if (dice.chance(BIRTH_DATE_SLIP * e)) {
            var slipped =
                    dice.chance(0.5) ? truth.plusDays(dice.chance(0.5) ? 1 : -1) : truth.plusYears(dice.pick(-1, 1));
            return RecordedDate.of(slipped);
        }
        if (profile.partialDates() && dice.chance(PARTIAL_DATE * e)) {
            return dice.chance(0.5) ? new RecordedDate(y, m, null) : new RecordedDate(y, null, null);
        }
        return RecordedDate.of(truth);
    }

    /** One digit typed wrong. The check digit then fails, so a careful loader notices; the person is the same. */
    static String mistype(String identifier, Dice dice) {
        int first = identifier.length() == 10 ? 3 : 4;
        int i = dice.between(first, identifier.length() - 1);
        char c = identifier.charAt(i);
        if (!Character.isDigit(c)) {
            return identifier;
        }
        char r = (char) ('0' + (c - '0' + dice.between(1, 9)) % 10);
        return identifier.substring(0, i) + r + identifier.substring(i + 1);
    }

    /** "Hale-Thornbury" written as "Hale Thornbury", "Thornbury" or "HaleThornbury"; "O'Brien" as "OBrien". */
    private static String variant(String surname, Dice dice) {
        if (surname.contains("'")) {
            return dice.chance(0.5) ? surname.replace("'", "") : surname.replace("'", " ");
        }
        var sep = surname.contains("-") ? "-" : " ";
        var parts = surname.split(sep, 2);
        return switch (dice.between(0, 3)) {
            case 0 -> parts[0];
            case 1 -> parts[1];
            case 2 -> parts[0] + (sep.equals("-") ? " " : "-") + parts[1];
            default -> parts[0] + parts[1].toLowerCase(Locale.ROOT);
        };
    }

    private Seen.SeenAddress address(
            Person p, LocalDate knownAt, NoiseProfile profile, Dice dice, double level, boolean forceStale) {
        Residence residence = null;
        Residence previous = null;
        for (var r : p.residences()) {
            if (!r.from().isAfter(knownAt)) {
                previous = residence;
                residence = r;
            }
        }
        if (residence == null) {
            return null;
        }
        if (previous != null && (forceStale || dice.chance(STALE_ADDRESS * level * profile.staleAddresses()))) {
            // The move was never recorded: the source still has the address before.
            residence = new Residence(previous.householdId(), previous.address(), previous.from(), null);
        } else if (residence.to() != null && residence.to().isAfter(knownAt)) {
            residence = new Residence(residence.householdId(), residence.address(), residence.from(), null);
        }
        var address = residence.address();
        var line = address.firstLine();
        if (dice.chance(ABBREVIATED * level)) {
            line = abbreviate(line);
        }
        var postcode = address.postcode();
        if (dice.chance(POSTCODE_MISSING * level * profile.errors())) {
            postcode = "";
        } else if (dice.chance(NO_FIXED_ABODE * level * profile.errors())) {
            postcode = ZZ99;
        } else if (dice.chance(0.05 * level)) {
            postcode = dice.chance(0.5) ? postcode.replace(" ", "") : postcode.toLowerCase(Locale.ROOT);
        }
        return new Seen.SeenAddress(address, line, postcode, residence.from(), residence.to());
    }

    private static String abbreviate(String line) {
        return line.replace(" Road", " Rd")
                .replace(" Street", " St")
                .replace(" Avenue", " Ave")
                .replace(" Close", " Cl")
                .replace(" Drive", " Dr")
                .replace(" Crescent", " Cres")
                .replace(" Gardens", " Gdns")
                .replace(" Lane", " Ln");
    }

    /** For tests: whether {@code written} is a nickname of the true forename. */
    public boolean isNickname(String forename, String written) {
        return nicknames.isNickname(forename, written);
    }
}
