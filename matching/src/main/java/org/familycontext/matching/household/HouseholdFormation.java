/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Forms the households at one address: a person's stays there are joined where they meet or overlap, and the
 * maximal groups of stays linked by overlapping (sharing a night, directly or through others) are households.
 * Households at one address therefore never overlap in time, so the address and the day the household began
 * identify it: its ID is a hash of the two, the same on every run while the data say the same.
 */
final class HouseholdFormation {

    private static final Comparator<Stay> BY_START = Comparator.comparing(Stay::from)
            .thenComparing(s -> s.fromText() == null)
            .thenComparing(Stay::person)
            .thenComparing(Stay::to);

    private HouseholdFormation() {}

    static List<FormedHousehold> form(String addressKey, List<Stay> stays) {
        var joined = new ArrayList<Stay>();
        var byPerson = new LinkedHashMap<String, List<Stay>>();
        stays.forEach(s ->
                byPerson.computeIfAbsent(s.person(), p -> new ArrayList<>()).add(s));
        byPerson.values().forEach(own -> joined.addAll(joinedStays(own)));
        joined.sort(BY_START);

        var households = new ArrayList<FormedHousehold>();
        var group = new ArrayList<Stay>();
        Stay reachesFurthest = null;
        for (var stay : joined) {
            if (reachesFurthest != null && !stay.from().isBefore(reachesFurthest.to())) {
                households.add(household(addressKey, group));
                group = new ArrayList<>();
                reachesFurthest = null;
            }
            group.add(stay);
            if (reachesFurthest == null || laterEnd(stay, reachesFurthest)) {
                reachesFurthest = stay;
            }
        }
        if (!group.isEmpty()) {
            households.add(household(addressKey, group));
        }
        return households;
    }

    /** One person's stays at the address, those that meet or overlap made one. */
    private static List<Stay> joinedStays(List<Stay> own) {
        own.sort(BY_START);
        var out = new ArrayList<Stay>();
        var current = own.getFirst();
        for (var next : own.subList(1, own.size())) {
            if (next.from().isAfter(current.to())) {
                out.add(current);
                current = next;
            } else {
                var last = laterEnd(next, current) ? next : current;
                current = new Stay(
                        current.person(),
                        current.from(),
                        last.to(),
                        current.fromText(),
                        last.toText(),
                        last.open(),
                        current.birth(),
                        current.knownFrom().isBefore(next.knownFrom()) ? current.knownFrom() : next.knownFrom());
            }
        }
        out.add(current);
        return out;
    }

    /** Later end; on the same day, a stay still going counts as later than one that ended. */
    private static boolean laterEnd(Stay a, Stay b) {
        return a.to().isAfter(b.to()) || (a.to().equals(b.to()) && a.open() && !b.open());
    }

    private static FormedHousehold household(String addressKey, List<Stay> group) {
        var first = group.getFirst();
        var last = group.getFirst();
        for (var stay : group) {
            if (laterEnd(stay, last)) {
                last = stay;
            }
        }
        var start =
                first.from().equals(Stay.OPEN_START) ? "unknown" : first.from().toString();
        return new FormedHousehold(
                id(addressKey, start),
                addressKey,
                first.fromText(),
                last.open() ? null : last.toText(),
                List.copyOf(group));
    }

    static String id(String addressKey, String start) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((addressKey + "\n" + start).getBytes(StandardCharsets.UTF_8));
            return "H" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
