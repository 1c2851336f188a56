/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import static org.familycontext.generator.family.CareCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.generator.Dice;
import org.familycontext.generator.world.AddressBook;
import org.familycontext.generator.world.Directory;
import org.familycontext.generator.world.Practitioner;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * Children's social care for a family in need: assessments (child in need), child protection plans and
 * looked-after episodes. Being looked after moves a child, to foster carers, grandparents, a children's home,
 * so this runs while the family's timeline is still being written.
 */
final class CarePlanner {

    /** Makes the baby of a looked-after girl, a member of her family. */
    interface Births {
        Person baby(Family family, Person mother, LocalDate born);
    }

    /** Relatives who could take a child in: grandparents, an aunt or uncle. */
    record Kin(List<Person> carers, String homeKey) {}

    /** What the planner needs to know about the family. */
    record Context(
            Family family,
            Timeline timeline,
            Person mother,
            Person father,
            String homeKey,
            String fatherHomeKey,
            List<Kin> kin,
            List<Person> children,
            boolean fosteredTurning18,
            boolean specialGuardianship) {}

    /**
     * Where a looked-after child is placed.
     *
     * @param carerKind foster, kin, home (children's home), own (supported lodgings) or parents
     * @param homeKey the family home the child joined, for kin and supported lodgings; null otherwise
     */
    private record Placement(
            String code,
            String provider,
            String urn,
            String postcode,
            List<Person> carers,
            String carerKind,
            String homeKey,
            LocalDate start) {

        boolean takesBaby() {
            return homeKey != null;
        }
    }

    private static final String[] CATEGORIES = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"};
    private static final double[] CATEGORY_WEIGHTS = {55, 8, 4, 8, 15, 2, 1, 7};

    private final LocalDate asOf;
    private final Dice dice;
    private final Directory directory;
    private final FosterCarers fosterCarers;
    private final AddressBook addresses;
    private final Births births;

    CarePlanner(
            LocalDate asOf,
            Dice dice,
            Directory directory,
            FosterCarers fosterCarers,
            AddressBook addresses,
            Births births) {
        this.asOf = asOf;
        this.dice = dice;
        this.directory = directory;
        this.fosterCarers = fosterCarers;
        this.addresses = addresses;
        this.births = births;
    }

    void plan(Context ctx) {
        int need = ctx.family().need();
        if (ctx.fosteredTurning18()) {
            var child = ctx.children().getFirst();
            var referral = asOf.minusYears(dice.between(2, 4)).minusDays(dice.between(0, 200));
            assess(ctx, List.of(child), referral, true);
            lookAfter(ctx, child, referral.plusMonths(2), true);
            return;
        }
        if (ctx.specialGuardianship()) {
            var referral = asOf.minusYears(dice.between(2, 4));
            var children = underEighteen(ctx.children(), referral);
            assess(ctx, children, referral, true);
            for (var child : children) {
                lookAfter(ctx, child, referral.plusMonths(3), false);
            }
            return;
        }
        // Rates per family over ten years, so that at any time about 3% of children are children in need,
        // 0.4% on a protection plan and 0.7% looked after, as in England.
        double referred = new double[] {0.01, 0.3, 0.9, 1.0}[need];
        double protection = new double[] {0, 0.05, 0.25, 0.65}[need];
        double care = new double[] {0, 0.01, 0.1, 0.7}[need];
        var referral = referralDate(ctx);
        for (int round = 0; round < 3 && referral != null && dice.chance(round == 0 ? referred : 0.4); round++) {
            var children = underEighteen(ctx.children(), referral);
            if (children.isEmpty()) {
                return;
            }
            var assessed = assess(ctx, children, referral, dice.chance(protection));
            if (dice.chance(care)) {
                var start = assessed.plusDays(dice.between(1, 120));
                boolean all = dice.chance(0.6);
                for (var child : children) {
                    if ((all || child == children.getFirst()) && child.ageOn(start) < 18 && !start.isAfter(asOf)) {
                        lookAfter(ctx, child, start, false);
                    }
                }
                return;
            }
            referral = assessed.plusDays(dice.between(60, 1_200));
            if (referral.isAfter(asOf.minusDays(14))) {
                return;
            }
        }
    }

    private LocalDate referralDate(Context ctx) {
        var earliest = asOf.minusYears(10);
        var youngest =
                ctx.children().isEmpty() ? null : ctx.children().getLast().birthDate();
        if (youngest == null) {
            return null;
        }
        var from = youngest.isAfter(earliest) ? youngest : earliest;
        return dice.dateBetween(from, asOf.minusDays(14));
    }

    private static List<Person> underEighteen(List<Person> children, LocalDate date) {
        var out = new ArrayList<Person>();
        for (var c : children) {
            if (c.aliveOn(date) && c.ageOn(date) < 18) {
                out.add(c);
            }
        }
        return out;
    }

    /** Child in need episodes for the siblings, a protection plan when it comes to that; returns its end. */
    private LocalDate assess(Context ctx, List<Person> children, LocalDate referral, boolean protection) {
        var category = CATEGORIES[dice.weighted(CATEGORY_WEIGHTS)];
        var team = dice.chance(0.5) ? "Assessment Team North" : "Assessment Team South";
        var worker = directory.practitioner(Service.CHILDRENS_SOCIAL_CARE, team, dice);
        var cinEnd = referral.plusDays(dice.between(60, 700));
        var reason = reasonFor(category);
        for (var child : children) {
            var cin = involvement(CHILD_IN_NEED, referral, cinEnd, worker)
                    .reason("Child in need: " + reason)
                    .fact(CATEGORY, category);
            child.addInvolvement(cin);
        }
        if (!protection) {
            return cinEnd.isAfter(asOf) ? asOf : cinEnd;
        }
        var cpStart = referral.plusDays(dice.between(20, 90));
        var cpEnd = cpStart.plusDays(dice.between(120, 540));
        var cpWorker = directory.practitioner(Service.CHILDRENS_SOCIAL_CARE, "Child Protection Team", dice);
        var plan = switch (category) {
            case "N1" -> dice.pick("neglect", "physical abuse", "emotional abuse", "multiple categories");
            case "N4", "N5" -> "emotional abuse";
            default -> "neglect";
        };
        for (var child : children) {
            if (!cpStart.isAfter(asOf)) {
                child.addInvolvement(involvement(CHILD_PROTECTION, cpStart, cpEnd, cpWorker)
                        .reason("Child protection plan: " + plan)
                        .fact(CATEGORY, category));
            }
        }
        return cpEnd.isAfter(asOf) ? asOf : cpEnd;
    }

    private static String reasonFor(String category) {
        return switch (category) {
            case "N1" -> "abuse or neglect";
            case "N2" -> "child's disability";
            case "N3" -> "parental illness or disability";
            case "N4" -> "family in acute stress";
            case "N5" -> "family dysfunction, domestic abuse between adults";
            case "N6" -> "socially unacceptable behaviour";
            case "N7" -> "low income";
            default -> "absent parenting";
        };
    }

    private Involvement involvement(String type, LocalDate start, LocalDate end, Practitioner worker) {
        var open = end == null || end.isAfter(asOf);
        var last = open ? asOf.minusDays(dice.between(0, 40)) : end.minusDays(dice.between(0, 20));
        if (last.isBefore(start)) {
            last = start;
        }
        return new Involvement(Service.CHILDRENS_SOCIAL_CARE, type, start, open ? null : end)
                .practitioner(worker)
                .lastContact(last);
    }

    /**
     * A period of care as DfE episodes: a new episode whenever the legal status or the placement changes,
     * the last ending with how the child left care, or open.
     */
    private void lookAfter(Context ctx, Person child, LocalDate start, boolean fosteredTurning18) {
        var category = "N1";
        for (var inv : child.involvements()) {
            if (inv.fact(CATEGORY) != null) {
                category = inv.fact(CATEGORY);
            }
        }
        var homeAtStart = homePostcode(ctx, start);
        var legal = fosteredTurning18 ? "C2" : firstLegalStatus(child.ageOn(start));
        var placement = fosteredTurning18 ? foster(ctx, child, start, "U4") : choosePlacement(ctx, child, start);
        var eighteen = child.birthday(18);
        var worker = directory.practitioner(Service.CHILDRENS_SOCIAL_CARE, "Children in Care Team", dice);
        var rne = "S";
        var date = start;
        String reasonChange = null;
        Person baby = null;
        for (int episode = 0; ; episode++) {
            var next = fosteredTurning18 ? eighteen : date.plusDays(dice.between(60, 900));
            boolean leavesCare = true;
            String rec = null;
            String nextLegal = legal;
            Placement nextPlacement = placement;
            String nextRne = null;
            if (ctx.specialGuardianship() && episode == 0) {
                next = date.plusDays(dice.between(180, 500));
                rec = "E45";
            } else if (!next.isBefore(eighteen)) {
                next = eighteen;
                rec = placement.carerKind().equals("foster") && dice.chance(0.4) ? "E17" : dice.pick("E5", "E5", "E6");
            } else if (episode < 5 && (legal.equals("C1") || legal.equals("L1") || legal.equals("L2"))) {
                leavesCare = false;
                nextLegal = legal.equals("C1") ? dice.pick("C2", "C2", "E1") : "C1";
                nextRne = "L";
            } else if (episode < 5 && !dice.chance(legal.equals("V2") ? 0.55 : 0.3)) {
                leavesCare = false;
                nextPlacement = null;
                nextRne = "P";
                reasonChange = dice.pick("CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "ALLEG", "STAND");
            }
            boolean open = next.isAfter(asOf);
            if (leavesCare && rec == null) {
                rec = legal.equals("J1") ? "E14" : leavingReason(ctx, placement, next);
            }
            child.addInvolvement(involvement(LOOKED_AFTER, date, open ? null : next, worker)
                    .reason("Looked after: " + legalLabel(legal))
                    .fact(CATEGORY, category)
                    .fact(LEGAL_STATUS, legal)
                    .fact(PLACEMENT, placement.code())
                    .fact(PROVIDER, placement.provider())
                    .fact(REASON_NEW, rne)
                    .fact(REASON_ENDED, open ? null : leavesCare ? rec : "X1")
                    .fact(REASON_PLACE_CHANGE, "P".equals(rne) ? reasonChange : null)
                    .fact(HOME_POSTCODE, homeAtStart)
                    .fact(PLACEMENT_POSTCODE, placement.postcode())
                    .fact(URN, placement.urn()));
            if (baby == null
                    && placement.takesBaby()
                    && child.sex() == Sex.FEMALE
                    && child.ageOn(date) >= 15
                    && dice.chance(0.25)) {
                var born = dice.dateBetween(date, open ? asOf : next);
                if (child.ageOn(born) >= 15 && ctx.family().size() < FamilyBuilder.MAX_PEOPLE) {
                    baby = births.baby(ctx.family(), child, born);
                    ctx.timeline().join(placement.homeKey(), baby, born);
                }
            }
            if (open) {
                endPlacement(ctx, child, placement, null);
                return;
            }
            if (leavesCare) {
                endPlacement(ctx, child, placement, next);
                leaveCare(ctx, child, baby, placement, rec, next);
                return;
            }
            if (nextPlacement == null) {
                endPlacement(ctx, child, placement, next);
                nextPlacement = choosePlacement(ctx, child, next);
            }
            placement = nextPlacement;
            legal = nextLegal;
            rne = nextRne;
            date = next;
        }
    }

    /** Carers are parents to the child for as long as the placement lasts. */
    private void endPlacement(Context ctx, Person child, Placement placement, LocalDate end) {
        var kind = placement.carerKind().equals("foster") ? "foster" : "kinship_carer";
        for (var carer : placement.carers()) {
            ctx.family().addCareTie(new Tie(carer, child, "PARENT_OF", kind, placement.start(), end));
        }
    }

    private String homePostcode(Context ctx, LocalDate date) {
        var home = ctx.mother() == null ? null : ctx.mother().addressOn(date);
        return home == null ? null : home.postcode();
    }

    private String firstLegalStatus(int age) {
        if (age >= 16) {
            return "V2";
        }
        int i = dice.weighted(45, 35, 8, 7, age >= 12 ? 5 : 0);
        return new String[] {"V2", "C1", "L2", "L1", "J1"}[i];
    }

    private static String legalLabel(String code) {
        return switch (code) {
            case "C1" -> "interim care order";
            case "C2" -> "full care order";
            case "E1" -> "placement order";
            case "L1" -> "police protection";
            case "L2" -> "emergency protection order";
            case "J1" -> "remanded to local authority accommodation";
            default -> "accommodated under section 20";
        };
    }

    /** Kinship care when a relative can, else foster carers; older children also residential or supported. */
    private Placement choosePlacement(Context ctx, Person child, LocalDate date) {
        int age = child.ageOn(date);
        var kin = availableKin(ctx, date);
        if (ctx.specialGuardianship() && kin != null) {
            return kinship(ctx, child, date, kin, "U3");
        }
        int i = dice.weighted(55, kin != null ? 20 : 0, age >= 11 ? 12 : 1, age >= 16 ? 10 : 0, 5);
        return switch (i) {
            case 0 -> foster(ctx, child, date, dice.pick("U4", "U6", "U6"));
            case 1 -> kinship(ctx, child, date, kin, dice.pick("U1", "U3"));
            case 2 -> residential(ctx, child, date);
            case 3 -> supported(ctx, child, date);
            default -> {
                ctx.timeline().join(ctx.homeKey(), child, date);
                yield new Placement("P1", "PR0", "XXXXXXX", homePostcode(ctx, date), List.of(), "parents", null, date);
            }
        };
    }

    private Kin availableKin(Context ctx, LocalDate date) {
        for (var kin : ctx.kin()) {
            var carers = new ArrayList<Person>();
            for (var p : kin.carers()) {
                if (p.aliveOn(date) && p.ageOn(date) < 78 && p.ageOn(date) >= 21) {
                    carers.add(p);
                }
            }
            if (!carers.isEmpty() && ctx.timeline().isOpen(kin.homeKey(), date)) {
                return new Kin(carers, kin.homeKey());
            }
        }
        return null;
    }

    private Placement foster(Context ctx, Person child, LocalDate date, String code) {
        var home = fosterCarers.place(date);
        if (home == null) {
            return residential(ctx, child, date);
        }
        ctx.timeline().join(home.home(), child, date);
        var provider = dice.chance(0.7) ? "PR1" : "PR4";
        return new Placement(
                code, provider, "XXXXXXX", home.home().address().postcode(), home.carers(), "foster", null, date);
    }

    private Placement kinship(Context ctx, Person child, LocalDate date, Kin kin, String code) {
        ctx.timeline().join(kin.homeKey(), child, date);
        var address = kin.carers().getFirst().addressOn(date);
        return new Placement(
                code,
                "PR1",
                "XXXXXXX",
                address == null ? null : address.postcode(),
                kin.carers(),
                "kin",
                kin.homeKey(),
                date);
    }

    private Placement residential(Context ctx, Person child, LocalDate date) {
        var homes = directory.careHomes();
        var home = homes.get(Math.floorMod(child.entityId().hashCode(), homes.size()));
        ctx.timeline().join(new FixedHome(home.householdId(), home.address()), child, date);
        return new Placement(
                "K2",
                dice.chance(0.6) ? "PR4" : "PR1",
                home.urn(),
                home.address().postcode(),
                List.of(),
                "home",
                null,
                date);
    }

    private Placement supported(Context ctx, Person child, LocalDate date) {
        var key = "supported-" + child.number();
        var address = addresses.next(dice.chance(0.85));
        ctx.timeline().open(key, address, date);
        ctx.timeline().join(key, child, date);
        return new Placement("H5", dice.pick("PR4", "PR5"), "XXXXXXX", address.postcode(), List.of(), "own", key, date);
    }

    private String leavingReason(Context ctx, Placement placement, LocalDate date) {
        boolean kinship = placement.carerKind().equals("kin");
        var fatherHome = ctx.fatherHomeKey();
        int i = dice.weighted(
                45,
                8,
                kinship ? 25 : 0,
                availableKin(ctx, date) != null ? 6 : 0,
                fatherHome != null && ctx.timeline().isOpen(fatherHome, date) ? 7 : 0,
                3,
                1);
        return new String[] {"E4A", "E4B", "E45", "E47", "E41", "E13", "E8"}[i];
    }

    /** Where the child lives once the episode that ends care is over. */
    private void leaveCare(Context ctx, Person child, Person baby, Placement placement, String rec, LocalDate date) {
        var timeline = ctx.timeline();
        String key = null;
        switch (rec) {
            case "E45", "E47" -> {
                var kin = placement.carerKind().equals("kin")
                        ? new Kin(placement.carers(), placement.homeKey())
                        : availableKin(ctx, date);
                if (kin != null) {
                    key = kin.homeKey();
                    for (var carer : kin.carers()) {
                        ctx.family().addCareTie(new Tie(carer, child, "PARENT_OF", "special_guardian", date, null));
                    }
                } else {
                    key = ctx.homeKey();
                }
            }
            case "E41" -> key = ctx.fatherHomeKey();
            case "E17" -> {
                // Staying put: the child stays with the carers, who stop being foster carers in law.
                return;
            }
            case "E5", "E6" -> {
                key = "left-care-" + child.number();
                timeline.open(key, addresses.next(dice.chance(0.9)), date);
            }
            case "E8" -> {
                timeline.leave(child, date);
                return;
            }
            default -> key = ctx.homeKey();
        }
        timeline.join(key, child, date);
        if (baby != null) {
            timeline.join(key, baby, date);
        }
    }
}
