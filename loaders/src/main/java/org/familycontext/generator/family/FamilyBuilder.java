/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.generator.Dice;
import org.familycontext.generator.world.AddressBook;
import org.familycontext.generator.world.Directory;
import org.familycontext.generator.world.Heritage;
import org.familycontext.generator.world.Identifiers;
import org.familycontext.generator.world.NameBank;
import org.familycontext.model.record.Sex;

/**
 * Generates one family network around a mother: her parents and a brother or sister with their family, the
 * father and his parents, their children, separations and new partners with their children, grown-up
 * children with children of their own. Dates come first, as events on named homes; the timeline then turns
 * them into residences.
 */
public final class FamilyBuilder {

    /** Families that must exist in every council, whatever the seed: the first few are built to order. */
    public enum Scenario {
        NONE,
        FOSTERED_TURNING_18,
        SPECIAL_GUARDIANSHIP,
        SEPARATED_PARENT_ELSEWHERE,
        TWINS
    }

    /** No network is bigger, so the generator can always fit a whole one into the people left to make. */
    public static final int MAX_PEOPLE = 48;

    private static final String HOME = "home";

    private final LocalDate asOf;
    private final Dice dice;
    private final NameBank names;
    private final AddressBook addresses;
    private final Identifiers identifiers;
    private final HouseholdIds householdIds;
    private final CarePlanner care;
    private long nextPerson = 1;

    public FamilyBuilder(
            LocalDate asOf,
            Dice dice,
            NameBank names,
            AddressBook addresses,
            Identifiers identifiers,
            HouseholdIds householdIds,
            Directory directory,
            FosterCarers fosterCarers) {
        this.asOf = asOf;
        this.dice = dice;
        this.names = names;
        this.addresses = addresses;
        this.identifiers = identifiers;
        this.householdIds = householdIds;
        this.care = new CarePlanner(asOf, dice, directory, fosterCarers, addresses, this::babyOf);
    }

    /** The family being built: its people and the events on its homes. */
    private final class Build {
        final Family family;
        final Timeline timeline = new Timeline(asOf);

        Build(int index, int need) {
            family = new Family(index, need);
        }

        boolean room(int more) {
            return family.size() + more <= MAX_PEOPLE - 2;
        }

        Person person(Sex sex, LocalDate born, Heritage heritage, String ethnicity, String surname) {
            var middle = dice.chance(0.55) ? names.forename(heritage, sex, born, dice) : null;
            var forename = names.forename(heritage, sex, born, dice);
            if (forename.equals(middle)) {
                middle = null;
            }
            var p = new Person(nextPerson++, sex, born, heritage, ethnicity, forename, middle, surname);
            family.add(p);
            return p;
        }

        Person person(Sex sex, LocalDate born, Heritage heritage, String surname) {
            return person(sex, born, heritage, heritage.ethnicity(dice), surname);
        }

        Person child(Person mother, Person father, LocalDate born, String surname) {
            return child(mother, father, born, surname, dice.chance(0.5) ? Sex.FEMALE : Sex.MALE);
        }

        Person child(Person mother, Person father, LocalDate born, String surname, Sex sex) {
            var heritage = father != null && dice.chance(0.5) ? father.heritage() : mother.heritage();
            var ethnicity =
                    father == null ? mother.ethnicity() : Heritage.mixedEthnicity(mother.heritage(), father.heritage());
            if (father != null && mother.heritage() == father.heritage()) {
                ethnicity = dice.chance(0.5) ? mother.ethnicity() : father.ethnicity();
            }
            var child = person(sex, born, heritage, ethnicity, surname);
            family.setParents(child, mother, father);
            return child;
        }

        Family finish() {
            timeline.resolve(householdIds);
            for (var p : family.people()) {
                p.nhsNumber(identifiers.nextNhsNumber());
                var fourth = p.birthday(4);
                if (p.birthDate().isAfter(asOf.minusYears(23)) && !fourth.isAfter(asOf)) {
                    p.upn(identifiers.nextUpn(fourth));
                }
            }
            return family;
        }
    }

    // ---------------------------------------------------------------- a person living alone

    /** An adult living alone, the family about whom the council knows no more. */
    public Family single(int index) {
        var b = new Build(index, drawNeed());
        var heritage = Heritage.draw(dice);
        var born = birthDateAged(dice.between(18, 92));
        var p = b.person(dice.chance(0.5) ? Sex.FEMALE : Sex.MALE, born, heritage, names.surname(heritage, dice));
        var movedIn = latest(p.birthday(18), dice.dateBetween(p.birthday(18), asOf));
        b.timeline.open(HOME, addresses.next(dice.chance(0.97)), movedIn);
        b.timeline.join(HOME, p, movedIn);
        maybeDie(b, p);
        return b.finish();
    }

    // ---------------------------------------------------------------- foster carers

    /** A foster household approved by {@code approvedBy}: a couple or a single carer, settled in the area. */
    public Family fosterHousehold(int index, LocalDate approvedBy) {
        var b = new Build(index, 0);
        var heritage = Heritage.draw(dice);
        var approved = approvedBy.minusDays(dice.between(30, 2_000));
        var carerBorn = approved.minusYears(dice.between(35, 58)).minusDays(dice.between(0, 364));
        var surname = names.surname(heritage, dice);
        var carer = b.person(Sex.FEMALE, carerBorn, heritage, surname);
        var settled = approved.minusYears(dice.between(2, 12));
        b.timeline.open(HOME, addresses.next(true), settled);
        b.timeline.join(HOME, carer, settled);
        if (dice.chance(0.75)) {
            var partner = b.person(Sex.MALE, carerBorn.plusDays(dice.between(-1_500, 2_500)), heritage, surname);
            b.timeline.join(HOME, partner, settled);
            b.family.partner(carer, partner, "married", settled.minusYears(dice.between(0, 15)));
            carer.changeSurname(surname, settled.minusYears(20));
        }
        return b.finish();
    }

    /** The foster home a finished foster family offers. */
    public static FosterCarers.FosterHome fosterHome(Family fosterFamily, LocalDate approved) {
        var first = fosterFamily.people().getFirst();
        var residence = first.residences().getLast();
        return new FosterCarers.FosterHome(
                new FixedHome(residence.householdId(), residence.address()), fosterFamily.people(), approved);
    }

    // ---------------------------------------------------------------- a family network

    public Family network(int index, Scenario scenario) {
        int need = switch (scenario) {
            case FOSTERED_TURNING_18, SPECIAL_GUARDIANSHIP -> 3;
            case NONE -> drawNeed();
            default -> 1;
        };
        var b = new Build(index, need);
        var heritage = Heritage.draw(dice);
        var motherBorn = switch (scenario) {
            case FOSTERED_TURNING_18 -> birthDateAged(dice.between(40, 46));
            case SPECIAL_GUARDIANSHIP -> birthDateAged(dice.between(30, 36));
            case SEPARATED_PARENT_ELSEWHERE, TWINS -> birthDateAged(dice.between(30, 40));
            case NONE -> birthDateAged(drawMotherAge());
        };
        boolean withGrandparents = scenario == Scenario.SPECIAL_GUARDIANSHIP || dice.chance(0.85);
        var maternal = withGrandparents ? grandparents(b, heritage, motherBorn, "gpm", true) : null;
        Person mother;
        if (maternal != null) {
            mother = b.child(maternal[0], maternal[1], motherBorn, maternal[1].surnameAt(motherBorn), Sex.FEMALE);
            b.timeline.join("gpm", mother, motherBorn);
        } else {
            mother = b.person(Sex.FEMALE, motherBorn, heritage, names.surname(heritage, dice));
        }
        var auntOrUncle = maternal != null && dice.chance(0.45) ? sibling(b, maternal, mother, "gpm") : null;

        var couple = new Couple(mother);
        boolean single = scenario == Scenario.NONE && dice.chance(need >= 2 ? 0.15 : 0.06);
        if (mother.ageOn(asOf) >= 18 && !single) {
            formCouple(b, couple, heritage, scenario);
        } else if (maternal == null || dice.chance(0.7)) {
            // A single mother: her own home once she leaves her parents', the father unknown.
            var from = mother.birthday(dice.between(17, 23)).plusDays(dice.between(0, 364));
            if (!from.isAfter(asOf)) {
                b.timeline.open(HOME, addresses.next(true), from);
                b.timeline.join(HOME, mother, from);
                couple.homeFrom = from;
            }
        }
        children(b, couple, scenario);
        if (couple.separation != null) {
            separate(b, couple, heritage, scenario);
        }
        movesOfHome(b, couple);
        if (auntOrUncle != null) {
            auntOrUncleFamily(b, auntOrUncle);
        }
        var kin = new ArrayList<CarePlanner.Kin>();
        if (maternal != null) {
            kin.add(new CarePlanner.Kin(List.of(maternal), "gpm"));
        }
        if (couple.paternal != null) {
            kin.add(new CarePlanner.Kin(List.of(couple.paternal), "gpp"));
        }
        if (auntOrUncle != null && b.timeline.isOpen("aunt", asOf)) {
            kin.add(new CarePlanner.Kin(List.of(auntOrUncle), "aunt"));
        }
        care.plan(new CarePlanner.Context(
                b.family,
                b.timeline,
                mother,
                couple.father,
                couple.homeFrom != null ? HOME : "gpm",
                couple.fatherHome,
                kin,
                couple.children,
                scenario == Scenario.FOSTERED_TURNING_18,
                scenario == Scenario.SPECIAL_GUARDIANSHIP));
        grownUpChildren(b, couple.children);
        for (var p : new ArrayList<>(b.family.people())) {
            if (p.ageOn(asOf) >= 25 && (p.ageOn(asOf) >= 50 || dice.chance(0.004))) {
                maybeDie(b, p);
            }
        }
        return b.finish();
    }

    /** The mother's side while the builder works through the dates. */
    private static final class Couple {
        final Person mother;
        Person father;
        Person[] paternal;
        Partnership partnership;
        LocalDate homeFrom;
        LocalDate separation;
        String fatherHome;
        final List<Person> children = new ArrayList<>();

        Couple(Person mother) {
            this.mother = mother;
        }
    }

    private void formCouple(Build b, Couple couple, Heritage heritage, Scenario scenario) {
        var mother = couple.mother;
        var together = scenario == Scenario.NONE
                ? mother.birthday(dice.between(18, 31)).plusDays(dice.between(0, 364))
                : mother.birthday(19).plusDays(dice.between(0, 700));
        if (together.isAfter(asOf)) {
            together = dice.dateBetween(mother.birthday(18), asOf);
        }
        var fatherHeritage = dice.chance(0.85) ? heritage : Heritage.draw(dice);
        var fatherBorn = mother.birthDate().plusDays(dice.between(-700, 2_600));
        if (fatherBorn.plusYears(17).isAfter(together)) {
            fatherBorn = together.minusYears(17).minusDays(dice.between(0, 700));
        }
        Person father;
        if (dice.chance(0.55)) {
            couple.paternal = grandparents(b, fatherHeritage, fatherBorn, "gpp", dice.chance(0.85));
            var p = couple.paternal;
            father = b.child(p[0], p[1], fatherBorn, p[1].surnameAt(fatherBorn), Sex.MALE);
            b.timeline.join("gpp", father, fatherBorn);
        } else {
            father = b.person(Sex.MALE, fatherBorn, fatherHeritage, names.surname(fatherHeritage, dice));
        }
        couple.father = father;
        b.timeline.open(HOME, addresses.next(scenario != Scenario.NONE || dice.chance(0.97)), together);
        b.timeline.join(HOME, mother, together);
        b.timeline.join(HOME, father, together);
        couple.homeFrom = together;
        int status = scenario == Scenario.SEPARATED_PARENT_ELSEWHERE
                ? 2 + dice.between(0, 1)
                : scenario == Scenario.NONE ? dice.weighted(45, 25, 20, 10) : dice.between(0, 1);
        boolean married = status == 0 || status == 3;
        couple.partnership = b.family.partner(mother, father, married ? "married" : "cohabiting", together);
        if (married) {
            var wedding = together.plusDays(dice.between(0, 1_500));
            if (!wedding.isAfter(asOf) && dice.chance(0.8)) {
                mother.changeSurname(father.surname(), wedding);
            }
        }
        if (status >= 2) {
            var from = together.plusYears(scenario == Scenario.NONE ? 1 : 5);
            var to = asOf.minusDays(scenario == Scenario.NONE ? 30 : 365);
            if (from.isBefore(to)) {
                couple.separation = dice.dateBetween(from, to);
                couple.partnership.kind = status == 2 ? "separated" : "divorced";
            }
        }
    }

    /** The mother's children with the father (or alone), born before any separation. */
    private void children(Build b, Couple couple, Scenario scenario) {
        var mother = couple.mother;
        boolean teenMother = couple.homeFrom == null && mother.ageOn(asOf) >= 16 && dice.chance(0.1);
        if (couple.homeFrom == null && !teenMother) {
            return;
        }
        int count = switch (scenario) {
            case FOSTERED_TURNING_18 -> 1 + dice.between(0, 2);
            case SPECIAL_GUARDIANSHIP, SEPARATED_PARENT_ELSEWHERE, TWINS -> 2 + dice.between(0, 1);
            case NONE -> dice.weighted(15, 25, 33, 17, 7, 3);
        };
        var start = couple.homeFrom != null ? couple.homeFrom : mother.birthday(16);
        var born = switch (scenario) {
            case FOSTERED_TURNING_18 -> asOf.plusDays(dice.between(1, 60)).minusYears(18);
            case SPECIAL_GUARDIANSHIP -> asOf.minusYears(dice.between(7, 10));
            default -> start.plusDays(dice.between(120, 1_100));
        };
        var last = couple.separation != null ? couple.separation : asOf;
        for (int i = 0; i < count && b.room(2); i++) {
            if (born.isAfter(last) || born.isBefore(start) || mother.ageOn(born) > 44) {
                break;
            }
            var key = couple.homeFrom != null ? HOME : "gpm";
            if (!b.timeline.isOpen(key, born)) {
                break;
            }
            boolean twins = (scenario == Scenario.TWINS && i == 0) || dice.chance(0.015);
            for (int t = 0; t < (twins ? 2 : 1); t++) {
                var child = b.child(mother, couple.father, born, childSurname(couple, born));
                b.timeline.join(key, child, born);
                couple.children.add(child);
            }
            born = born.plusDays(dice.between(450, 1_600));
        }
    }

    private String childSurname(Couple couple, LocalDate born) {
        var mother = couple.mother;
        var father = couple.father;
        if (father == null) {
            return mother.surnameAt(born);
        }
        var kind = couple.partnership.kind;
        if (kind.equals("married") || kind.equals("divorced")) {
            return father.surname();
        }
        return switch (dice.weighted(65, 25, 10)) {
            case 0 -> father.surname();
            case 1 -> mother.surnameAt(born);
            default ->
                mother.surnameAt(born).equals(father.surname())
                        ? father.surname()
                        : mother.surnameAt(born) + "-" + father.surname();
        };
    }

    /** The father moves out; each parent may find a new partner and have children with them. */
    private void separate(Build b, Couple couple, Heritage heritage, Scenario scenario) {
        var date = couple.separation;
        var mother = couple.mother;
        var father = couple.father;
        couple.partnership.to = date;
        boolean elsewhere = scenario == Scenario.SEPARATED_PARENT_ELSEWHERE || dice.chance(0.15);
        couple.fatherHome = "father";
        b.timeline.open("father", addresses.next(!elsewhere), date);
        b.timeline.join("father", father, date);
        if (couple.partnership.kind.equals("divorced") && dice.chance(0.3)) {
            mother.changeSurname(mother.birthSurname(), date.plusDays(dice.between(100, 900)));
        }
        boolean forced = scenario == Scenario.SEPARATED_PARENT_ELSEWHERE;
        var meets = date.plusDays(dice.between(150, forced ? 400 : 1_500));
        if ((forced || dice.chance(0.5)) && b.room(4) && !meets.isAfter(asOf)) {
            var h = dice.chance(0.85) ? heritage : Heritage.draw(dice);
            var born = mother.birthDate().plusDays(dice.between(-1_500, 2_500));
            var partner = newPartner(b, Sex.MALE, born, h, meets, true);
            b.timeline.join(HOME, partner, meets);
            boolean married = dice.chance(0.35);
            b.family.partner(mother, partner, married ? "married" : "cohabiting", meets);
            if (married && dice.chance(0.6)) {
                mother.changeSurname(partner.surname(), meets.plusDays(dice.between(100, 700)));
            }
            int half = forced || dice.chance(0.45) ? dice.between(1, 2) : 0;
            for (var child : newChildren(b, mother, partner, HOME, meets, half, partner.surname())) {
                couple.children.add(child);
            }
        }
        meets = date.plusDays(dice.between(200, forced ? 500 : 1_800));
        if ((forced || dice.chance(0.45)) && b.room(5) && !meets.isAfter(asOf)) {
            var h = dice.chance(0.85) ? father.heritage() : Heritage.draw(dice);
            var born = father.birthDate().plusDays(dice.between(-2_500, 1_500));
            var partner = newPartner(b, Sex.FEMALE, born, h, meets, !elsewhere);
            var ownHome = "partner-" + partner.number();
            if (dice.chance(0.25) && partner.ageOn(meets) < 42) {
                // She brings a child of her own: a step-brother or step-sister to the father's children.
                var bornTo = dice.dateBetween(meets.minusYears(8), meets.minusDays(200));
                if (bornTo.isAfter(partner.birthday(18)) && b.timeline.isOpen(ownHome, bornTo)) {
                    var stepChild = b.child(partner, null, bornTo, partner.surname());
                    b.timeline.join(ownHome, stepChild, bornTo);
                    b.timeline.join("father", stepChild, meets);
                }
            }
            b.timeline.join("father", partner, meets);
            b.family.partner(father, partner, dice.chance(0.3) ? "married" : "cohabiting", meets);
            int half = forced || dice.chance(0.4) ? dice.between(1, 2) : 0;
            newChildren(b, partner, father, "father", meets, half, father.surname());
        }
    }

    /** A new partner who lived on their own until they moved in. */
    private Person newPartner(Build b, Sex sex, LocalDate born, Heritage heritage, LocalDate meets, boolean inArea) {
        if (born.plusYears(18).isAfter(meets)) {
            born = meets.minusYears(18).minusDays(dice.between(0, 700));
        }
        var partner = b.person(sex, born, heritage, names.surname(heritage, dice));
        var key = "partner-" + partner.number();
        var from = latest(partner.birthday(18), meets.minusYears(dice.between(1, 10)));
        b.timeline.open(key, addresses.next(inArea ? dice.chance(0.9) : false), from);
        b.timeline.join(key, partner, from);
        return partner;
    }

    private List<Person> newChildren(
            Build b, Person mother, Person father, String key, LocalDate from, int count, String surname) {
        var out = new ArrayList<Person>();
        var born = from.plusDays(dice.between(300, 1_000));
        for (int i = 0; i < count && b.room(2) && !born.isAfter(asOf) && mother.ageOn(born) <= 44; i++) {
            var child = b.child(mother, father, born, dice.chance(0.8) ? surname : mother.surnameAt(born));
            b.timeline.join(key, child, born);
            out.add(child);
            born = born.plusDays(dice.between(450, 1_200));
        }
        return out;
    }

    /** Families move house now and then; a few leave the council's area for good. */
    private void movesOfHome(Build b, Couple couple) {
        if (couple.homeFrom == null) {
            return;
        }
        var date = couple.homeFrom;
        for (int moves = 0; moves < 3; moves++) {
            date = date.plusDays(dice.between(365, 9_000));
            if (date.isAfter(asOf)) {
                break;
            }
            b.timeline.move(HOME, addresses.next(!dice.chance(0.03)), date);
        }
        if (couple.fatherHome != null && dice.chance(0.25)) {
            var when = dice.dateBetween(couple.separation.plusDays(1), asOf);
            b.timeline.move(couple.fatherHome, addresses.next(dice.chance(0.85)), when);
        }
    }

    /**
     * Children leave home between 17 and 25; some have partners and children of their own. Those who were in
     * care left it to where the care planner put them.
     */
    private void grownUpChildren(Build b, List<Person> children) {
        int families = 0;
        for (var child : children) {
            if (child.ageOn(asOf) < 17 || wasLookedAfter(child) || !dice.chance(0.75)) {
                continue;
            }
            var leaves = child.birthday(dice.between(17, 25)).plusDays(dice.between(0, 364));
            if (leaves.isAfter(asOf)) {
                continue;
            }
            var key = "own-" + child.number();
            b.timeline.open(key, addresses.next(dice.chance(0.88)), leaves);
            b.timeline.join(key, child, leaves);
            if (families < 2 && child.ageOn(asOf) >= 19 && dice.chance(0.5) && b.room(5)) {
                families++;
                ownFamily(b, child, key, leaves);
            }
        }
    }

    private static boolean wasLookedAfter(Person child) {
        for (var inv : child.involvements()) {
            if (CareCodes.LOOKED_AFTER.equals(inv.type())) {
                return true;
            }
        }
        return false;
    }

    private void ownFamily(Build b, Person parent, String key, LocalDate from) {
        var together = from.plusDays(dice.between(0, 1_500));
        if (together.isAfter(asOf)) {
            return;
        }
        var h = dice.chance(0.8) ? parent.heritage() : Heritage.draw(dice);
        var sex = parent.sex() == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
        var partnerBorn = parent.birthDate().plusDays(dice.between(-1_500, 1_500));
        if (partnerBorn.plusYears(18).isAfter(together)) {
            partnerBorn = together.minusYears(18).minusDays(dice.between(0, 500));
        }
        var partner = b.person(sex, partnerBorn, h, names.surname(h, dice));
        b.timeline.join(key, partner, together);
        boolean married = dice.chance(0.4);
        b.family.partner(parent, partner, married ? "married" : "cohabiting", together);
        var mother = parent.sex() == Sex.FEMALE ? parent : partner;
        var father = mother == parent ? partner : parent;
        if (married && dice.chance(0.75)) {
            mother.changeSurname(father.surname(), together.plusDays(dice.between(0, 700)));
        }
        newChildren(b, mother, father, key, together, dice.between(1, 3), father.surname());
    }

    /** A brother or sister of the mother, born into the same home. */
    private Person sibling(Build b, Person[] parents, Person mother, String key) {
        var born = mother.birthDate().plusDays(dice.between(-3_000, 3_000));
        if (Math.abs(born.toEpochDay() - mother.birthDate().toEpochDay()) < 300) {
            born = born.plusDays(400);
        }
        if (born.isAfter(asOf.minusYears(16)) || !b.timeline.isOpen(key, born) || parents[0].ageOn(born) > 44) {
            return null;
        }
        var sex = dice.chance(0.5) ? Sex.FEMALE : Sex.MALE;
        var sibling = b.child(parents[0], parents[1], born, parents[1].surnameAt(born), sex);
        b.timeline.join(key, sibling, born);
        return sibling;
    }

    private void auntOrUncleFamily(Build b, Person sibling) {
        var leaves = sibling.birthday(dice.between(18, 26));
        if (leaves.isAfter(asOf)) {
            return;
        }
        b.timeline.open("aunt", addresses.next(dice.chance(0.85)), leaves);
        b.timeline.join("aunt", sibling, leaves);
        if (dice.chance(0.65) && b.room(5)) {
            ownFamily(b, sibling, "aunt", leaves);
        }
    }

    /**
     * A couple who had a child on {@code childBorn}, with their home from the wedding. Grandparents who died
     * long ago are still generated: a death date is part of the family's story.
     */
    private Person[] grandparents(Build b, Heritage heritage, LocalDate childBorn, String key, boolean inArea) {
        var gmBorn = childBorn.minusYears(dice.between(19, 38)).minusDays(dice.between(0, 364));
        var gfBorn = gmBorn.plusDays(dice.between(-2_500, 800));
        if (gfBorn.isAfter(childBorn.minusYears(18))) {
            gfBorn = childBorn.minusYears(18).minusDays(dice.between(0, 700));
        }
        var wedding = childBorn.minusDays(dice.between(200, 2_000));
        var earliest = latest(gmBorn.plusYears(17), gfBorn.plusYears(17));
        if (wedding.isBefore(earliest)) {
            wedding = earliest.isBefore(childBorn) ? earliest : childBorn.minusDays(30);
        }
        var surname = names.surname(heritage, dice);
        if (dice.chance(0.02)) {
            // A double-barrelled family name, written without a hyphen.
            surname = names.surname(heritage, dice) + " " + surname;
        }
        var gm = b.person(Sex.FEMALE, gmBorn, heritage, names.surname(heritage, dice));
        var gf = b.person(Sex.MALE, gfBorn, heritage, surname);
        gm.changeSurname(surname, wedding);
        var partnership = b.family.partner(gm, gf, "married", wedding);
        b.timeline.open(key, addresses.next(inArea ? dice.chance(0.95) : dice.chance(0.85)), wedding);
        b.timeline.join(key, gm, wedding);
        b.timeline.join(key, gf, wedding);
        if (dice.chance(0.15)) {
            var split = childBorn.plusDays(dice.between(400, 7_000));
            if (split.isBefore(asOf)) {
                partnership.kind = "divorced";
                partnership.to = split;
                var own = key + "-gf";
                b.timeline.open(own, addresses.next(dice.chance(0.85)), split);
                b.timeline.join(own, gf, split);
            }
        }
        if (dice.chance(0.2)) {
            var downsized = childBorn.plusYears(dice.between(22, 40));
            if (downsized.isBefore(asOf)) {
                b.timeline.move(key, addresses.next(dice.chance(0.92)), downsized);
            }
        }
        return new Person[] {gm, gf};
    }

    /** A baby born to a looked-after girl; the father is not known to the council. */
    private Person babyOf(Family family, Person mother, LocalDate born) {
        var sex = dice.chance(0.5) ? Sex.FEMALE : Sex.MALE;
        var baby = new Person(
                nextPerson++,
                sex,
                born,
                mother.heritage(),
                mother.ethnicity(),
                names.forename(mother.heritage(), sex, born, dice),
                null,
                mother.surnameAt(born));
        family.add(baby);
        family.setParents(baby, mother, null);
        return baby;
    }

    // ---------------------------------------------------------------- life and death

    /** Deaths by age; a death comes after everything else that happens to the person. */
    private void maybeDie(Build b, Person p) {
        int age = p.ageOn(asOf);
        double risk = age < 50
                ? 0.004
                : age < 60 ? 0.03 : age < 70 ? 0.08 : age < 80 ? 0.2 : age < 90 ? 0.45 : age < 100 ? 0.8 : 1.0;
        if (!dice.chance(risk)) {
            return;
        }
        var after = latest(b.timeline.lastEvent(p).plusDays(30), p.birthday(Math.min(age, 40)));
        for (var c : b.family.childrenOf(p)) {
            after = latest(after, c.birthDate().plusDays(30));
        }
        after = latest(after, b.family.lastCareTieAsCarer(p).plusDays(30));
        if (after.isAfter(asOf)) {
            return;
        }
        var died = dice.dateBetween(latest(after, asOf.minusYears(30)), asOf);
        p.died(died);
        b.timeline.leave(p, died);
        for (var partnership : b.family.partnerships()) {
            if (partnership.involves(p) && (partnership.to == null || partnership.to.isAfter(died))) {
                partnership.to = died;
            }
        }
    }

    private int drawNeed() {
        return dice.weighted(76, 13, 8, 3);
    }

    private int drawMotherAge() {
        int band = dice.weighted(10, 25, 25, 18, 12, 10);
        return switch (band) {
            case 0 -> dice.between(17, 24);
            case 1 -> dice.between(25, 34);
            case 2 -> dice.between(35, 44);
            case 3 -> dice.between(45, 54);
            case 4 -> dice.between(55, 64);
            default -> dice.between(65, 82);
        };
    }

    private LocalDate birthDateAged(int years) {
        return asOf.minusYears(years).minusDays(dice.between(1, 364));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
