/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.familycontext.generator.world.Address;
import org.familycontext.generator.world.Heritage;
import org.familycontext.model.record.Sex;

/** A person as they really are: the truth every source sees only part of, and sometimes gets wrong. */
public final class Person {

    /** A surname and the day the person took it. */
    public record Surname(String name, LocalDate from) {}

    private final long number;
    private final Sex sex;
    private final LocalDate birthDate;
    private final Heritage heritage;
    private final String ethnicity;
    private final String forename;
    private final String middleName;
    private final List<Surname> surnames = new ArrayList<>(2);
    private final List<Residence> residences = new ArrayList<>(3);
    private final List<Involvement> involvements = new ArrayList<>(2);
    private final Set<Need> needs = EnumSet.noneOf(Need.class);
    private LocalDate deathDate;
    private String nhsNumber;
    private String upn;
    private String pnc;

    Person(
            long number,
            Sex sex,
            LocalDate birthDate,
            Heritage heritage,
            String ethnicity,
            String forename,
            String middleName,
            String surname) {
        this.number = number;
        this.sex = sex;
        this.birthDate = birthDate;
        this.heritage = heritage;
        this.ethnicity = ethnicity;
        this.forename = forename;
        this.middleName = middleName;
        this.surnames.add(new Surname(surname, birthDate));
    }

    /** The ID in the ground truth: every record of this person in every source carries it there. */
    public String entityId() {
        return String.format("E%08d", number);
    }

    public long number() {
        return number;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Heritage heritage() {
        return heritage;
    }

    /** DfE ethnicity code. */
    public String ethnicity() {
        return ethnicity;
    }

    public String forename() {
        return forename;
    }

    /** Null when the person has none. */
    public String middleName() {
        return middleName;
    }

    public String surname() {
        return surnames.getLast().name();
    }

    public String birthSurname() {
        return surnames.getFirst().name();
    }

    /** The surname the person used on {@code date}. */
    public String surnameAt(LocalDate date) {
        var name = surnames.getFirst().name();
        for (var s : surnames) {
            if (!s.from().isAfter(date)) {
                name = s.name();
            }
        }
        return name;
    }

    /** Surnames used before {@code date}, oldest first, without the one used on it. */
    public List<String> surnamesBefore(LocalDate date) {
        var current = surnameAt(date);
        var out = new ArrayList<String>(1);
        for (var s : surnames) {
            if (s.from().isBefore(date) && !s.name().equals(current) && !out.contains(s.name())) {
                out.add(s.name());
            }
        }
        return out;
    }

    void changeSurname(String name, LocalDate from) {
        if (!name.equals(surname())) {
            surnames.add(new Surname(name, from));
        }
    }

    public List<Surname> surnames() {
        return surnames;
    }

    /** Null while alive. */
    public LocalDate deathDate() {
        return deathDate;
    }

    void died(LocalDate date) {
        this.deathDate = date;
    }

    public boolean aliveOn(LocalDate date) {
        return !birthDate.isAfter(date) && (deathDate == null || deathDate.isAfter(date));
    }

    /** Whole years of age on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public LocalDate birthday(int age) {
        return birthDate.plusYears(age);
    }

    /** Null when the person has none (born outside England, or beyond the test range). */
    public String nhsNumber() {
        return nhsNumber;
    }

    void nhsNumber(String value) {
        this.nhsNumber = value;
    }

    public String upn() {
        return upn;
    }

    void upn(String value) {
        this.upn = value;
    }

    /** Police national computer ID, once the police have met them. */
    public String pnc() {
        return pnc;
    }

    public void pnc(String value) {
        this.pnc = value;
    }

    /** Where the person lived, oldest first; the last is open (no end) while they live there. */
    public List<Residence> residences() {
        return residences;
    }

    void addResidence(Residence residence) {
        residences.add(residence);
    }

    /** The residence on {@code date}, or null when none is known then. */
    public Residence residenceOn(LocalDate date) {
        for (int i = residences.size() - 1; i >= 0; i--) {
            var r = residences.get(i);
            if (!r.from().isAfter(date) && (r.to() == null || r.to().isAfter(date))) {
                return r;
            }
        }
        return null;
    }

    /** The last address on or before {@code date}: where a source that met them then would have them. */
    public Address addressOn(LocalDate date) {
        Residence last = null;
        for (var r : residences) {
            if (!r.from().isAfter(date)) {
                last = r;
            }
        }
        return last == null ? null : last.address();
    }

    public boolean livesInAreaOn(LocalDate date) {
        var r = residenceOn(date);
        return r != null && r.address().inArea();
    }

    public List<Involvement> involvements() {
        return involvements;
    }

    public void addInvolvement(Involvement involvement) {
        involvements.add(involvement);
    }

    public Set<Need> needs() {
        return needs;
    }

    @Override
    public String toString() {
        return entityId() + " " + forename + " " + surname() + " " + birthDate;
    }
}
