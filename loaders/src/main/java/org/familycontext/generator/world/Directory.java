/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.familycontext.generator.Dice;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * The council's services as the families meet them: schools, GP practices, police stations, children's
 * homes, and the teams and practitioners of each service. Sized to the council, built once per run.
 */
public final class Directory {

    public record School(String name, String urn, boolean secondary, String safeguardingContact) {}

    public record Practice(String code, String name, String phone, List<String> doctors) {}

    /** A children's home, a household of its own that children from many families pass through. */
    public record CareHome(String name, String urn, Address address, String householdId) {}

    private record Team(String name, String role, String domain, int weight) {}

    private static final Map<Service, List<Team>> TEAMS = new EnumMap<>(Service.class);

    static {
        TEAMS.put(
                Service.CHILDRENS_SOCIAL_CARE,
                List.of(
                        new Team("Assessment Team North", "Social worker", "demoton.example", 3),
                        new Team("Assessment Team South", "Social worker", "demoton.example", 3),
                        new Team("Child in Need Team", "Social worker", "demoton.example", 3),
                        new Team("Child Protection Team", "Senior social worker", "demoton.example", 2),
                        new Team("Children in Care Team", "Social worker", "demoton.example", 3),
                        new Team("Leaving Care Team", "Personal adviser", "demoton.example", 1),
                        new Team("Fostering Service", "Supervising social worker", "demoton.example", 1)));
        TEAMS.put(
                Service.HOUSING,
                List.of(
                        new Team("Tenancy Services North", "Housing officer", "demotonhomes.example", 1),
                        new Team("Tenancy Services South", "Housing officer", "demotonhomes.example", 1),
                        new Team("Income Recovery", "Income officer", "demotonhomes.example", 1)));
        TEAMS.put(
                Service.ADULT_SOCIAL_CARE,
                List.of(
                        new Team("Older People's Team", "Social worker", "demoton.example", 3),
                        new Team("Learning Disability Team", "Care manager", "demoton.example", 1),
                        new Team("Physical Disability Team", "Occupational therapist", "demoton.example", 1),
                        new Team("Hospital Discharge Team", "Social worker", "demoton.example", 1)));
        TEAMS.put(
                Service.HEALTH_VISITOR,
                List.of(
                        new Team("Health Visiting North", "Health visitor", "demoton-health.example", 1),
                        new Team("Health Visiting South", "Health visitor", "demoton-health.example", 1)));
        TEAMS.put(
                Service.ADULT_MENTAL_HEALTH,
                List.of(
                        new Team("Community Mental Health Team North", "Care coordinator", "demoton-mh.example", 2),
                        new Team("Community Mental Health Team South", "Care coordinator", "demoton-mh.example", 2),
                        new Team("Early Intervention in Psychosis", "Care coordinator", "demoton-mh.example", 1),
                        new Team("Primary Care Mental Health", "Mental health practitioner", "demoton-mh.example", 1)));
        TEAMS.put(
                Service.DRUG_AND_ALCOHOL,
                List.of(
                        new Team("Alcohol Team", "Recovery worker", "demoton-recovery.example", 1),
                        new Team("Drugs Team", "Recovery worker", "demoton-recovery.example", 1)));
        TEAMS.put(
                Service.YOUTH_OFFENDING,
                List.of(new Team("Youth Justice Service", "Case manager", "demoton.example", 1)));
        TEAMS.put(
                Service.EARLY_HELP,
                List.of(
                        new Team("Early Help Hub North", "Family support worker", "demoton.example", 1),
                        new Team("Early Help Hub South", "Family support worker", "demoton.example", 1),
                        new Team("Family Support Team", "Early help practitioner", "demoton.example", 1)));
        TEAMS.put(
                Service.YOUNG_CARERS,
                List.of(new Team("Young Carers Service", "Young carers worker", "demoton.example", 1)));
        TEAMS.put(
                Service.PROBATION,
                List.of(
                        new Team("Demoton PDU Team 1", "Probation officer", "probation-demoton.example", 1),
                        new Team("Demoton PDU Team 2", "Probation services officer", "probation-demoton.example", 1)));
    }

    private static final Map<Service, Integer> PEOPLE_PER_PRACTITIONER = Map.ofEntries(
            Map.entry(Service.CHILDRENS_SOCIAL_CARE, 1_500),
            Map.entry(Service.HOUSING, 4_000),
            Map.entry(Service.ADULT_SOCIAL_CARE, 3_000),
            Map.entry(Service.HEALTH_VISITOR, 5_000),
            Map.entry(Service.ADULT_MENTAL_HEALTH, 5_000),
            Map.entry(Service.DRUG_AND_ALCOHOL, 10_000),
            Map.entry(Service.YOUTH_OFFENDING, 12_000),
            Map.entry(Service.EARLY_HELP, 4_000),
            Map.entry(Service.YOUNG_CARERS, 20_000),
            Map.entry(Service.PROBATION, 10_000));

    private final Map<Service, Map<String, List<Practitioner>>> staff = new EnumMap<>(Service.class);
    private final List<School> primaries = new ArrayList<>();
    private final List<School> secondaries = new ArrayList<>();
    private final List<Practice> practices = new ArrayList<>();
    private final List<CareHome> careHomes = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private int landlines;
    private int mobiles;

    public Directory(int people, long seed, NameBank names, AddressBook addresses, Supplier<String> householdIds) {
        var dice = Dice.stream(seed, "directory");
        for (var entry : TEAMS.entrySet()) {
            int total = Math.max(entry.getValue().size() * 2, people / PEOPLE_PER_PRACTITIONER.get(entry.getKey()));
            int weights = entry.getValue().stream().mapToInt(Team::weight).sum();
            var byTeam = new java.util.LinkedHashMap<String, List<Practitioner>>();
            for (var team : entry.getValue()) {
                int count = Math.max(2, total * team.weight() / weights);
                var list = new ArrayList<Practitioner>();
                for (int i = 0; i < count; i++) {
                    list.add(practitioner(team, names, dice));
                }
                byTeam.put(team.name(), list);
            }
            staff.put(entry.getKey(), byTeam);
        }
        int districts = AddressBook.districtCount();
        int primaryCount = Math.max(4, people / 2_500);
        for (int i = 0; i < primaryCount; i++) {
            var place = AddressBook.district(i);
            var name = i < districts
                    ? place + " Primary School"
                    : dice.pick("St ", "Holy Trinity ", "")
                            + place
                            + dice.pick(
                                    " C of E Primary",
                                    " Junior School",
                                    " Infant and Nursery School",
                                    " Community Primary");
            primaries.add(new School(name, urn(100_000 + i), false, contact(names, dice)));
        }
        int secondaryCount = Math.max(2, people / 8_000);
        for (int i = 0; i < secondaryCount; i++) {
            var place = AddressBook.district(i);
            var name = i == 0 ? "Demoton Academy" : i < districts ? place + " High School" : place + " Academy " + i;
            secondaries.add(new School(name, urn(140_000 + i), true, contact(names, dice)));
        }
        int practiceCount = Math.max(3, people / 7_000);
        for (int i = 0; i < practiceCount; i++) {
            var place = AddressBook.district(i);
            var name = place + dice.pick(" Medical Centre", " Surgery", " Health Centre", " Family Practice");
            if (i >= districts) {
                name = name + " " + (i / districts + 1);
            }
            var doctors = new ArrayList<String>();
            for (int d = 0; d < 4; d++) {
                doctors.add("Dr " + randomName(names, dice));
            }
            practices.add(new Practice(String.format("Y9%04d", i), name, landline(), doctors));
        }
        int homes = Math.max(2, people / 40_000);
        for (int i = 0; i < homes; i++) {
            var address = addresses.next(i % 5 != 4);
            var name = address.street().split(" ")[0] + " House";
            careHomes.add(new CareHome(name, "SC" + (990_000 + i), address, householdIds.get()));
        }
    }

    private static String urn(int n) {
        return Integer.toString(900_000 + n % 100_000);
    }

    private String contact(NameBank names, Dice dice) {
        return randomName(names, dice) + " (DSL), " + landline();
    }

    private static String randomName(NameBank names, Dice dice) {
        var heritage = Heritage.draw(dice);
        var sex = dice.chance(0.6) ? Sex.FEMALE : Sex.MALE;
        var born = LocalDate.of(dice.between(1965, 1998), 6, 1);
        return names.forename(heritage, sex, born, dice) + " " + names.surname(heritage, dice);
    }

    private Practitioner practitioner(Team team, NameBank names, Dice dice) {
        var name = randomName(names, dice);
        var local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "")
                .replace(' ', '.');
        var email = local + "@" + team.domain();
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + team.domain();
        }
        var phone = dice.chance(0.6) ? landline() : mobile();
        return new Practitioner(name, team.role(), team.name(), phone, email);
    }

    /** Ofcom's drama range 01632 960000 to 960999, reused in turn once all are given out. */
    private String landline() {
        return "01632 " + (960_000 + (landlines++ * 379) % 1000);
    }

    /** Ofcom's drama mobile range 07700 900000 to 900999. */
    private String mobile() {
        return "07700 " + (900_000 + (mobiles++ * 379) % 1000);
    }

    public Practitioner practitioner(Service service, String team, Dice dice) {
        return dice.pick(staff.get(service).get(team));
    }

    /** Anyone in the service, their team drawn by its size. */
    public Practitioner practitioner(Service service, Dice dice) {
        var teams = new ArrayList<>(staff.get(service).values());
        return dice.pick(dice.pick(teams));
    }

    /** Children go to the school of their district, so brothers and sisters share one. */
    public School school(Address home, boolean secondary) {
        return local(secondary ? secondaries : primaries, home);
    }

    /** The council's secondary schools, Demoton Academy first. */
    public List<School> secondarySchools() {
        return List.copyOf(secondaries);
    }

    public Practice practice(Address home) {
        return local(practices, home);
    }

    /** One of the places in the home's district (a home outside the council counts as district 0). */
    private static <T> T local(List<T> places, Address home) {
        int district = home.inArea() ? AddressBook.districtOf(home) : 0;
        int spread = Math.max(1, places.size() / AddressBook.districtCount());
        int slot = district
                + AddressBook.districtCount() * Math.floorMod(home.postcode().hashCode(), spread);
        return places.get(slot % places.size());
    }

    public String policeStation(Address home) {
        int district = home.inArea() ? AddressBook.districtOf(home) : 0;
        return AddressBook.district(district / 3 * 3) + " Police Station";
    }

    public List<CareHome> careHomes() {
        return careHomes;
    }
}
