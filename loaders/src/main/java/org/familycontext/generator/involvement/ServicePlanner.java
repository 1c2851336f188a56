/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.involvement;

import static org.familycontext.generator.involvement.Facts.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.familycontext.generator.Dice;
import org.familycontext.generator.family.CareCodes;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Need;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.family.Residence;
import org.familycontext.generator.world.Directory;
import org.familycontext.generator.world.Identifiers;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * Decides which services met each person of a finished family, when and why. Most people meet only their
 * GP (and school or health visitor as children); a family's need level makes the rest likelier, and together:
 * a parent's mental health makes a child a young carer, a conviction may bring probation.
 */
public final class ServicePlanner {

    private final LocalDate asOf;
    private final Dice dice;
    private final Directory directory;
    private final Identifiers identifiers;

    public ServicePlanner(LocalDate asOf, Dice dice, Directory directory, Identifiers identifiers) {
        this.asOf = asOf;
        this.dice = dice;
        this.directory = directory;
        this.identifiers = identifiers;
    }

    public void plan(Family family) {
        int need = family.need();
        for (var p : family.people()) {
            needs(p, need, family);
        }
        for (var p : family.people()) {
            gp(p, need);
            healthVisiting(p, need);
            school(p);
            police(p);
            adultSocialCare(p);
            mentalHealth(p);
            drugsAndAlcohol(p);
            youthOffending(p);
        }
        for (var p : family.people()) {
            youngCarer(p, family);
        }
        earlyHelp(family);
        housing(family);
    }

    /** Foster carers are known to children's social care as carers, from their approval. */
    public void fosterCarers(Family fosterFamily, LocalDate approved) {
        var worker = directory.practitioner(Service.CHILDRENS_SOCIAL_CARE, "Fostering Service", dice);
        for (var carer : fosterFamily.people()) {
            carer.addInvolvement(new Involvement(Service.CHILDRENS_SOCIAL_CARE, CareCodes.FOSTER_CARER, approved, null)
                    .reason("Approved foster carer")
                    .practitioner(worker)
                    .lastContact(asOf.minusDays(dice.between(0, 60))));
        }
        plan(fosterFamily);
    }

    // ------------------------------------------------------------------ needs

    private void needs(Person p, int need, Family family) {
        int age = p.ageOn(asOf);
        boolean male = p.sex() == Sex.MALE;
        if (age >= 18) {
            if (dice.chance(pick(need, 0.015, 0.05, 0.10, 0.20) * (male ? 0.8 : 1.3))) {
                p.needs().add(Need.MENTAL_HEALTH);
            }
            if (dice.chance(pick(need, 0.005, 0.03, 0.08, 0.18) * (male ? 1.4 : 0.7))) {
                p.needs().add(Need.SUBSTANCE_MISUSE);
            }
            if (male
                    && age < 70
                    && !family.childrenOf(p).isEmpty()
                    && dice.chance(pick(need, 0.002, 0.02, 0.15, 0.3))) {
                p.needs().add(Need.DOMESTIC_ABUSE_PERPETRATOR);
            }
            if (age < 70 && dice.chance(pick(need, 0.02, 0.07, 0.15, 0.3) * (male ? 1.6 : 0.5))) {
                p.needs().add(Need.OFFENDING);
            }
            if (dice.chance(0.015 + need * 0.01)) {
                p.needs().add(Need.DISABILITY);
            }
            if (dice.chance(age >= 75 ? 0.2 : age >= 65 ? 0.06 : 0)) {
                p.needs().add(Need.FRAILTY);
            }
        } else {
            if (dice.chance(pick(need, 0.03, 0.10, 0.25, 0.40))) {
                p.needs().add(Need.SCHOOL_ATTENDANCE);
            }
            if (age >= 11 && dice.chance(pick(need, 0.003, 0.015, 0.04, 0.10) * (male ? 1.6 : 0.5))) {
                p.needs().add(Need.OFFENDING);
            }
        }
    }

    private static double pick(int need, double... byNeed) {
        return byNeed[Math.min(need, byNeed.length - 1)];
    }

    // ------------------------------------------------------------------ health

    private void gp(Person p, int need) {
        LocalDate end = null;
        LocalDate onDate = asOf;
        if (!p.aliveOn(asOf) || !p.livesInAreaOn(asOf)) {
            var left = leftArea(p);
            if (left == null || left.isBefore(asOf.minusYears(5))) {
                return;
            }
            end = left;
            onDate = left.minusDays(1);
        }
        if (!dice.chance(0.97)) {
            return;
        }
        var start = inAreaSince(p, onDate);
        if (start.equals(p.birthDate())) {
            start = start.plusDays(dice.between(3, 40));
        }
        if (end != null && !end.isAfter(start)) {
            return;
        }
        var home = p.addressOn(onDate);
        var practice = directory.practice(home);
        int missed = dice.chance(pick(need, 0.15, 0.3, 0.5, 0.7)) ? dice.between(1, 2 + need * 3) : 0;
        var gp = new Involvement(Service.GP, "REG", start, end)
                .reason("Registered patient")
                .fact(PRACTICE, practice.name())
                .fact(PRACTICE_CODE, practice.code())
                .fact(PRACTICE_PHONE, practice.phone())
                .fact(MISSED_APPOINTMENTS, end == null ? Integer.toString(missed) : null);
        gp.practitioner(new org.familycontext.generator.world.Practitioner(
                dice.pick(practice.doctors()), "GP", practice.name(), practice.phone(), null));
        p.addInvolvement(gp);
    }

    /** The day the person last stopped living in the area (moved out or died), or null if never. */
    private LocalDate leftArea(Person p) {
        Residence lastIn = null;
        for (var r : p.residences()) {
            if (r.address().inArea()) {
                lastIn = r;
            }
        }
        if (lastIn == null) {
            return null;
        }
        if (lastIn.to() == null) {
            return p.deathDate();
        }
        return lastIn.to();
    }

    /** The start of the unbroken run of in-area residences that includes {@code date}. */
    private static LocalDate inAreaSince(Person p, LocalDate date) {
        var residences = p.residences();
        LocalDate since = null;
        for (int i = residences.size() - 1; i >= 0; i--) {
            var r = residences.get(i);
            if (r.from().isAfter(date)) {
                continue;
            }
            if (!r.address().inArea() || (since != null && r.to() != null && r.to().isBefore(since))) {
                break;
            }
            since = r.from();
        }
        return since == null ? p.birthDate() : since;
    }

    private void healthVisiting(Person p, int need) {
        var fifth = p.birthday(5);
        if (p.birthDate().isAfter(asOf) || fifth.isBefore(asOf.minusYears(5))) {
            return;
        }
        boolean current = fifth.isAfter(asOf);
        var onDate = current ? asOf : fifth.minusDays(1);
        if (!p.livesInAreaOn(onDate)) {
            return;
        }
        var level = switch (need) {
            case 0 -> dice.chance(0.9) ? "U" : "UP";
            case 1, 2 -> dice.chance(0.6) ? "UP" : "U";
            default -> dice.chance(0.7) ? "PP" : "UP";
        };
        var start = p.birthDate().plusDays(dice.between(10, 14));
        if (start.isAfter(asOf)) {
            start = asOf;
        }
        p.addInvolvement(new Involvement(Service.HEALTH_VISITOR, "HV", start, current ? null : fifth)
                .reason(
                        switch (level) {
                            case "U" -> "Universal: health visiting";
                            case "UP" -> "Universal plus: additional support";
                            default -> "Partnership plus: multi-agency support";
                        })
                .fact(SERVICE_LEVEL, level)
                .practitioner(directory.practitioner(Service.HEALTH_VISITOR, dice))
                .lastContact(current ? asOf.minusDays(dice.between(5, 120)) : fifth.minusDays(dice.between(10, 200))));
    }

    // ------------------------------------------------------------------ education

    private void school(Person p) {
        if (p.upn() == null || !p.aliveOn(asOf.minusYears(3))) {
            return;
        }
        var reception = septemberOnOrAfter(p.birthday(4));
        var secondary = reception.plusYears(7);
        boolean sixthForm = dice.chance(0.55);
        var leaves = LocalDate.of(reception.getYear() + (sixthForm ? 14 : 12), Month.JULY, 20);
        if (reception.isAfter(asOf) || leaves.isBefore(asOf.minusYears(3))) {
            return;
        }
        boolean current = leaves.isAfter(asOf);
        var onDate = current ? asOf : leaves.minusDays(1);
        if (!p.livesInAreaOn(onDate)) {
            var left = leftArea(p);
            if (left == null || left.isBefore(asOf.minusYears(3)) || left.isBefore(reception)) {
                return;
            }
            current = false;
            leaves = left;
            onDate = left.minusDays(1);
        }
        if (!p.aliveOn(onDate) || !dice.chance(0.97)) {
            return;
        }
        boolean atSecondary = !onDate.isBefore(secondary);
        var phaseStart = atSecondary ? secondary : reception;
        var since = inAreaSince(p, onDate);
        var entry = since.isAfter(phaseStart) ? since : phaseStart;
        var school = directory.school(p.addressOn(onDate), atSecondary);
        boolean poor = p.needs().contains(Need.SCHOOL_ATTENDANCE);
        double attendance = poor ? 55 + dice.nextDouble() * 35 : 88 + dice.nextDouble() * 12;
        var exclusions = exclusions(poor, onDate);
        var admission = dice.weighted(96, 2, 1, 1);
        p.addInvolvement(new Involvement(Service.EDUCATION, "ROLL", entry, current ? null : leaves)
                .reason("On roll at " + school.name())
                .fact(SCHOOL, school.name())
                .fact(SCHOOL_URN, school.urn())
                .fact(ADMISSION_TYPE, new String[] {"C", "M", "S", "O"}[admission])
                .fact(ATTENDANCE, String.format("%.1f", Math.min(100.0, attendance)))
                .fact(EXCLUSIONS, exclusions)
                .fact(SAFEGUARDING_CONTACT, school.safeguardingContact()));
    }

    private String exclusions(boolean poorAttendance, LocalDate onDate) {
        if (!dice.chance(poorAttendance ? 0.3 : 0.03)) {
            return "None";
        }
        int year = onDate.getYear() - dice.between(0, 2);
        if (dice.chance(0.08)) {
            return "Permanent exclusion (" + year + ")";
        }
        int n = dice.between(1, 3);
        return n + (n == 1 ? " suspension (" : " suspensions (") + year + ")";
    }

    private static LocalDate septemberOnOrAfter(LocalDate date) {
        var sept = LocalDate.of(date.getYear(), Month.SEPTEMBER, 1);
        return date.isAfter(sept) ? sept.plusYears(1) : sept;
    }

    // ------------------------------------------------------------------ justice

    private static final String[] DOMESTIC = {
        "Assault (domestic)", "Harassment (domestic)", "Criminal damage (domestic)", "Controlling or coercive behaviour"
    };
    private static final String[] OFFENCES = {
        "Theft from a shop", "Burglary", "Common assault", "Possession of cannabis", "Possession with intent to supply",
        "Criminal damage", "Public order offence", "Drink driving", "Fraud by false representation", "Affray"
    };

    private void police(Person p) {
        boolean domestic = p.needs().contains(Need.DOMESTIC_ABUSE_PERPETRATOR);
        if (!domestic && !(p.needs().contains(Need.OFFENDING) && p.ageOn(asOf) >= 18)) {
            return;
        }
        var from = latest(p.birthday(18), asOf.minusYears(6));
        var to = p.deathDate() != null && p.deathDate().isBefore(asOf)
                ? p.deathDate().minusDays(1)
                : asOf;
        if (!from.isBefore(to)) {
            return;
        }
        int count = dice.between(1, 3);
        var dates = new ArrayList<LocalDate>();
        for (int i = 0; i < count; i++) {
            var d = dice.dateBetween(from, to);
            if (p.livesInAreaOn(d) && !dates.contains(d)) {
                dates.add(d);
            }
        }
        if (dates.isEmpty()) {
            return;
        }
        dates.sort(null);
        var offences = new LinkedHashMap<String, String>();
        LocalDate convicted = null;
        String latest = null;
        for (int i = dates.size() - 1, n = 1; i >= 0; i--, n++) {
            var type = domestic && (n == 1 || dice.chance(0.5)) ? dice.pick(DOMESTIC) : dice.pick(OFFENCES);
            var outcome = dice.chance(0.45) ? "convicted" : "suspect";
            if (outcome.equals("convicted") && convicted == null) {
                convicted = dates.get(i);
            }
            offences.put(OFFENCE + n, dates.get(i) + ", " + type + ", " + outcome);
            if (latest == null) {
                latest = (outcome.equals("convicted") ? "Convicted: " : "Suspect: ") + type.toLowerCase();
            }
        }
        p.pnc(identifiers.nextPnc(dates.getFirst()));
        var police = new Involvement(Service.POLICE, "NOMINAL", dates.getFirst(), null)
                .reason(latest)
                .lastContact(dates.getLast())
                .fact(STATION, directory.policeStation(p.addressOn(dates.getLast())));
        offences.forEach(police::fact);
        p.addInvolvement(police);
        if (convicted != null && dice.chance(0.4)) {
            probation(p, convicted);
        }
    }

    private void probation(Person p, LocalDate convicted) {
        var start = convicted.plusDays(dice.between(20, 90));
        if (start.isAfter(asOf)) {
            return;
        }
        var end = start.plusMonths(dice.between(12, 24));
        var order = dice.pick(
                "Community order",
                "Community order",
                "Suspended sentence order",
                "Licence",
                "Post-sentence supervision");
        p.addInvolvement(new Involvement(Service.PROBATION, "ORDER", start, end.isAfter(asOf) ? null : end)
                .reason(order + " supervision")
                .fact(ORDER, order)
                .fact(RISK_LEVEL, dice.pick("Low", "Medium", "Medium", "High"))
                .practitioner(directory.practitioner(Service.PROBATION, dice))
                .lastContact(end.isAfter(asOf) ? asOf.minusDays(dice.between(3, 45)) : end));
    }

    private void youthOffending(Person p) {
        if (!p.needs().contains(Need.OFFENDING) || p.ageOn(asOf) < 11 || p.ageOn(asOf) > 24) {
            return;
        }
        var from = latest(p.birthday(12), asOf.minusYears(6));
        var to = p.birthday(18).minusDays(1).isBefore(asOf) ? p.birthday(18).minusDays(1) : asOf;
        if (!from.isBefore(to)) {
            return;
        }
        var start = dice.dateBetween(from, to);
        if (!p.livesInAreaOn(start)) {
            return;
        }
        var end = start.plusDays(dice.between(90, 365));
        var order = dice.pick(
                "Youth caution",
                "Youth conditional caution",
                "Referral order",
                "Referral order",
                "Youth rehabilitation order",
                "Detention and training order");
        var offence = dice.pick(
                "Theft",
                "Criminal damage",
                "Assault",
                "Possession of cannabis",
                "Robbery",
                "Public order",
                "Possession of a bladed article");
        p.addInvolvement(new Involvement(Service.YOUTH_OFFENDING, "YJ", start, end.isAfter(asOf) ? null : end)
                .reason(order + ": " + offence.toLowerCase())
                .fact(ORDER, order)
                .fact(YOUTH_OFFENCE, offence)
                .practitioner(directory.practitioner(Service.YOUTH_OFFENDING, dice))
                .lastContact(end.isAfter(asOf) ? asOf.minusDays(dice.between(1, 30)) : end));
    }

    // ------------------------------------------------------------------ adults' services

    private void adultSocialCare(Person p) {
        boolean frail = p.needs().contains(Need.FRAILTY);
        if (!frail && !p.needs().contains(Need.DISABILITY)) {
            return;
        }
        var from = latest(p.birthday(frail ? 68 : 18), asOf.minusYears(10));
        var last = p.deathDate() != null ? p.deathDate().minusDays(1) : asOf;
        if (!from.isBefore(last)) {
            return;
        }
        var start = dice.dateBetween(from, last);
        if (!p.livesInAreaOn(start)) {
            return;
        }
        LocalDate end =
                p.deathDate() != null ? p.deathDate() : dice.chance(0.35) ? dice.dateBetween(start, asOf) : null;
        if (end != null && end.isAfter(asOf)) {
            end = null;
        }
        var reason = frail
                ? dice.pick(
                        "Physical support: personal care",
                        "Support with memory and cognition",
                        "Physical support: access and mobility")
                : dice.pick(
                        "Learning disability support",
                        "Physical support: access and mobility",
                        "Sensory support",
                        "Mental health support");
        var organisation = dice.pick(
                "Demoton Home Care",
                "Larchfield Care Ltd",
                "Shared Lives Demoton",
                "Rowanbank Day Centre",
                "Demoton Council in-house");
        p.addInvolvement(new Involvement(Service.ADULT_SOCIAL_CARE, "ASC", start, end)
                .reason(reason)
                .fact(ORGANISATION, organisation)
                .practitioner(directory.practitioner(Service.ADULT_SOCIAL_CARE, dice))
                .lastContact(end == null ? asOf.minusDays(dice.between(1, 200)) : end.minusDays(dice.between(0, 60))));
    }

    private void mentalHealth(Person p) {
        if (!p.needs().contains(Need.MENTAL_HEALTH)) {
            return;
        }
        var episode = episode(p, 5, 0.5);
        if (episode == null) {
            return;
        }
        var worker = directory.practitioner(Service.ADULT_MENTAL_HEALTH, dice);
        p.addInvolvement(new Involvement(Service.ADULT_MENTAL_HEALTH, "AMH", episode[0], episode[1])
                .reason(dice.pick(
                        "Depression",
                        "Anxiety",
                        "Psychosis",
                        "Bipolar disorder",
                        "Personality disorder",
                        "Depression and anxiety"))
                .fact(TEAM, worker.team())
                .fact(CARE_PROGRAMME_APPROACH, dice.chance(0.3) ? "Y" : "N")
                .practitioner(worker)
                .lastContact(lastContact(episode)));
    }

    private void drugsAndAlcohol(Person p) {
        if (!p.needs().contains(Need.SUBSTANCE_MISUSE)) {
            return;
        }
        var episode = episode(p, 5, 0.5);
        if (episode == null) {
            return;
        }
        int s = dice.weighted(50, 20, 10, 15, 5);
        var substance = new String[] {"Alcohol", "Opiates", "Crack cocaine", "Cannabis", "Cocaine"}[s];
        var treatment = s == 1
                ? "Opiate substitution therapy"
                : dice.pick("Structured psychosocial intervention", "Community detox", "Recovery support");
        p.addInvolvement(new Involvement(Service.DRUG_AND_ALCOHOL, "DAS", episode[0], episode[1])
                .reason(substance + " treatment")
                .fact(SUBSTANCE, substance)
                .fact(TREATMENT, treatment)
                .practitioner(directory.practitioner(Service.DRUG_AND_ALCOHOL, dice))
                .lastContact(lastContact(episode)));
    }

    /** A start in the last {@code years} while the person lived here, an end with probability. */
    private LocalDate[] episode(Person p, int years, double ended) {
        var from = latest(p.birthday(18), asOf.minusYears(years));
        var last = p.deathDate() != null ? p.deathDate().minusDays(1) : asOf;
        if (!from.isBefore(last)) {
            return null;
        }
        var start = dice.dateBetween(from, last);
        if (!p.livesInAreaOn(start)) {
            return null;
        }
        LocalDate end = p.deathDate() != null || dice.chance(ended) ? start.plusDays(dice.between(60, 700)) : null;
        if (end != null && (end.isAfter(asOf) || (p.deathDate() != null && end.isAfter(p.deathDate())))) {
            end = p.deathDate() != null ? p.deathDate() : null;
        }
        return new LocalDate[] {start, end};
    }

    private LocalDate lastContact(LocalDate[] episode) {
        var last = episode[1] == null ? asOf.minusDays(dice.between(1, 90)) : episode[1].minusDays(dice.between(0, 30));
        return last.isBefore(episode[0]) ? episode[0] : last;
    }

    // ------------------------------------------------------------------ families

    private void youngCarer(Person child, Family family) {
        int age = child.ageOn(asOf);
        if (age < 8 || age > 17 || !child.livesInAreaOn(asOf)) {
            return;
        }
        var home = child.residenceOn(asOf);
        for (var adult : java.util.Arrays.asList(family.mother(child), family.father(child))) {
            if (adult == null || !adult.aliveOn(asOf)) {
                continue;
            }
            var theirs = adult.residenceOn(asOf);
            if (theirs == null || !theirs.householdId().equals(home.householdId())) {
                continue;
            }
            String why = adult.needs().contains(Need.MENTAL_HEALTH)
                    ? "mental health"
                    : adult.needs().contains(Need.SUBSTANCE_MISUSE)
                            ? "substance misuse"
                            : adult.needs().contains(Need.DISABILITY) ? "disability" : null;
            if (why == null || !dice.chance(0.3)) {
                continue;
            }
            var start = dice.dateBetween(latest(child.birthday(8), asOf.minusYears(3)), asOf.minusDays(7));
            var end = dice.chance(0.4) ? dice.dateBetween(start, asOf) : null;
            child.needs().add(Need.YOUNG_CARER);
            var relation = adult.sex() == Sex.FEMALE ? "Mother" : "Father";
            child.addInvolvement(new Involvement(Service.YOUNG_CARERS, "YC", start, end)
                    .reason("Young carer for " + relation.toLowerCase() + " (" + why + ")")
                    .fact(CARING_FOR, relation + " (" + why + ")")
                    .practitioner(directory.practitioner(Service.YOUNG_CARERS, dice))
                    .lastContact(end == null ? asOf.minusDays(dice.between(1, 60)) : end));
            return;
        }
    }

    /** Early help works with the whole family: the children and the parent they live with. */
    private void earlyHelp(Family family) {
        int need = family.need();
        if (!dice.chance(pick(need, 0.01, 0.45, 0.35, 0.2))) {
            return;
        }
        var start = dice.dateBetween(asOf.minusYears(5), asOf.minusDays(14));
        var end = start.plusDays(dice.between(90, 360));
        boolean open = end.isAfter(asOf);
        var worker = directory.practitioner(Service.EARLY_HELP, dice);
        var reason = dice.pick(
                "School attendance",
                "Parenting support",
                "Domestic abuse",
                "Child's behaviour",
                "Parental mental health",
                "Housing and money worries");
        var plan = dice.pick("Family support plan", "Team around the family plan", "Parenting programme");
        var members = new ArrayList<Person>();
        for (var child : family.people()) {
            if (child.aliveOn(start) && child.ageOn(start) < 18 && child.livesInAreaOn(start)) {
                var mother = family.mother(child);
                members.add(child);
                if (mother != null
                        && mother.aliveOn(start)
                        && !members.contains(mother)
                        && mother.residenceOn(start) != null
                        && child.residenceOn(start) != null
                        && mother.residenceOn(start)
                                .householdId()
                                .equals(child.residenceOn(start).householdId())) {
                    members.add(mother);
                }
            }
        }
        if (members.isEmpty()) {
            return;
        }
        for (var p : members) {
            p.addInvolvement(new Involvement(Service.EARLY_HELP, "EH", start, open ? null : end)
                    .reason("Early help: " + reason.toLowerCase())
                    .fact(ASSESSMENT, "Early help assessment " + start.plusDays(dice.between(7, 28)))
                    .fact(PLAN, plan)
                    .practitioner(worker)
                    .lastContact(open ? asOf.minusDays(dice.between(1, 40)) : end));
        }
    }

    /** Council and housing association tenancies, one per household, in the lead tenant's and partner's name. */
    private void housing(Family family) {
        int need = family.need();
        var seen = new ArrayList<String>();
        for (var lead : family.people()) {
            if (!lead.aliveOn(asOf) || lead.ageOn(asOf) < 18 || !lead.livesInAreaOn(asOf)) {
                continue;
            }
            var home = lead.residenceOn(asOf);
            if (seen.contains(home.householdId())) {
                continue;
            }
            seen.add(home.householdId());
            double rate = pick(need, 0.14, 0.3, 0.45, 0.6) + (lead.ageOn(asOf) >= 70 ? 0.1 : 0);
            if (dice.chance(rate)) {
                tenancy(family, lead, home, true, need);
            }
            if (need >= 2 && dice.chance(0.25)) {
                var previous = previousResidence(lead, home);
                if (previous != null
                        && previous.address().inArea()
                        && previous.to().isAfter(asOf.minusYears(6))) {
                    tenancy(family, lead, previous, false, need);
                }
            }
        }
    }

    private static Residence previousResidence(Person p, Residence current) {
        var all = p.residences();
        int i = all.indexOf(current);
        return i > 0 ? all.get(i - 1) : null;
    }

    private void tenancy(Family family, Person lead, Residence home, boolean current, int need) {
        var officer = directory.practitioner(Service.HOUSING, dice);
        var facts = new LinkedHashMap<String, String>();
        facts.put(TENANCY, home.householdId());
        facts.put(PROVIDER, dice.chance(0.7) ? "Demoton Homes" : "Larchfield Housing Association");
        facts.put(ANTI_SOCIAL_BEHAVIOUR, flag(pick(need, 0.01, 0.05, 0.12, 0.25), current));
        facts.put(RENT_ARREARS, flag(pick(need, 0.05, 0.15, 0.3, 0.45), current));
        facts.put(NOTICE_SEEKING_POSSESSION, facts.get(RENT_ARREARS).equals("N") ? "N" : flag(0.3, current));
        facts.put(EVICTION, current ? "N" : dice.chance(0.5) ? "C" : "N");
        var reason =
                current ? "Tenancy" : facts.get(EVICTION).equals("C") ? "Tenancy ended: eviction" : "Tenancy ended";
        var tenants = new ArrayList<Person>();
        tenants.add(lead);
        var partner = family.partnerOn(lead, home.from().plusDays(1));
        if (partner != null && dice.chance(0.6)) {
            var theirs = partner.residenceOn(current ? asOf : home.to().minusDays(1));
            if (theirs != null && theirs.householdId().equals(home.householdId())) {
                tenants.add(partner);
            }
        }
        for (var tenant : tenants) {
            var start = home.from().isBefore(tenant.birthday(16)) ? tenant.birthday(16) : home.from();
            var inv = new Involvement(Service.HOUSING, "TENANCY", start, current ? null : home.to())
                    .reason(reason)
                    .practitioner(officer)
                    .lastContact(current ? asOf.minusDays(dice.between(1, 300)) : home.to());
            facts.forEach(inv::fact);
            inv.fact(LEAD_TENANT, tenant == lead ? "Y" : "N");
            tenant.addInvolvement(inv);
        }
    }

    /** O open, C closed, N no records. */
    private String flag(double rate, boolean current) {
        if (!dice.chance(rate)) {
            return "N";
        }
        return current && dice.chance(0.4) ? "O" : "C";
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
