/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.generator.world.Address;

/**
 * Who lived with whom, where and when. The family is generated generation by generation, not in date order,
 * so its moves are first collected as events on named homes ("home", "gpm" for the maternal grandparents
 * ...) and then played in date order; that turns them into residences with household IDs.
 */
final class Timeline {

    private enum Kind {
        // On one day: a home exists before anyone moves, people leave before others join.
        OPEN,
        MOVE,
        LEAVE,
        JOIN
    }

    private record Event(
            LocalDate date, Kind kind, int seq, String key, Person person, Address address, FixedHome fixed) {}

    private static final class Home {
        String id;
        Address address;
        final boolean fixed;
        final Set<Person> members = new LinkedHashSet<>();

        Home(String id, Address address, boolean fixed) {
            this.id = id;
            this.address = address;
            this.fixed = fixed;
        }
    }

    private record Stay(Home home, String householdId, Address address, LocalDate from) {}

    private final LocalDate asOf;
    private final List<Event> events = new ArrayList<>();
    private final Map<Person, LocalDate> lastEvent = new IdentityHashMap<>();
    private final Map<String, LocalDate> opened = new HashMap<>();

    Timeline(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** A new household at {@code address}, empty until people join it. */
    void open(String key, Address address, LocalDate date) {
        add(new Event(date, Kind.OPEN, events.size(), key, null, address, null));
        opened.putIfAbsent(key, date);
    }

    boolean isOpen(String key, LocalDate date) {
        var since = opened.get(key);
        return since != null && !since.isAfter(date);
    }

    /** The person moves into the named home (leaving wherever they were). */
    void join(String key, Person person, LocalDate date) {
        add(new Event(date, Kind.JOIN, events.size(), key, person, null, null));
    }

    void join(FixedHome home, Person person, LocalDate date) {
        add(new Event(date, Kind.JOIN, events.size(), null, person, null, home));
    }

    /** The person leaves their home for nowhere this council knows of (death, or not recorded). */
    void leave(Person person, LocalDate date) {
        add(new Event(date, Kind.LEAVE, events.size(), null, person, null, null));
    }

    /** Everyone living in the home on that day moves with it to a new address: a new household there. */
    void move(String key, Address address, LocalDate date) {
        add(new Event(date, Kind.MOVE, events.size(), key, null, address, null));
    }

    /** The last day anything happens to the person, so a death can come after it. */
    LocalDate lastEvent(Person person) {
        return lastEvent.getOrDefault(person, person.birthDate());
    }

    private void add(Event event) {
        if (event.date().isAfter(asOf)) {
            return;
        }
        events.add(event);
        if (event.person() != null) {
            lastEvent.merge(event.person(), event.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** Plays the events in date order and gives every person their residences. */
    void resolve(HouseholdIds ids) {
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::kind).thenComparingInt(Event::seq));
        var homes = new HashMap<String, Home>();
        var fixedHomes = new HashMap<String, Home>();
        var stays = new LinkedHashMap<Person, Stay>();
        for (var e : events) {
            switch (e.kind()) {
                case OPEN -> homes.put(e.key(), new Home(ids.get(), e.address(), false));
                case MOVE -> {
                    var home = homes.get(e.key());
                    if (home != null && !home.members.isEmpty()) {
                        home.id = ids.get();
                        home.address = e.address();
                        for (var member : List.copyOf(home.members)) {
                            close(member, stays.remove(member), e.date());
                            stays.put(member, new Stay(home, home.id, home.address, e.date()));
                        }
                    } else if (home != null) {
                        home.address = e.address();
                    }
                }
                case LEAVE -> end(stays, e.person(), e.date());
                case JOIN -> {
                    var home = e.fixed() != null
                            ? fixedHomes.computeIfAbsent(
                                    e.fixed().householdId(),
                                    id -> new Home(id, e.fixed().address(), true))
                            : homes.get(e.key());
                    if (home == null) {
                        throw new IllegalStateException("joins home " + e.key() + " before it exists: " + e);
                    }
                    end(stays, e.person(), e.date());
                    home.members.add(e.person());
                    stays.put(e.person(), new Stay(home, home.id, home.address, e.date()));
                }
            }
        }
        for (var entry : stays.entrySet()) {
            var stay = entry.getValue();
            entry.getKey().addResidence(new Residence(stay.householdId(), stay.address(), stay.from(), null));
        }
    }

    /** The person leaves the home they are in, if any. */
    private static void end(Map<Person, Stay> stays, Person person, LocalDate date) {
        var stay = stays.remove(person);
        if (stay != null) {
            stay.home().members.remove(person);
            close(person, stay, date);
        }
    }

    private static void close(Person person, Stay stay, LocalDate date) {
        if (stay != null && stay.from().isBefore(date)) {
            person.addResidence(new Residence(stay.householdId(), stay.address(), stay.from(), date));
        }
    }
}
