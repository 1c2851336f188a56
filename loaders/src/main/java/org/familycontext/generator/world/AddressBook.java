/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands out dwellings. An address is a pure function of its sequence number, so the book holds no state
 * but two counters however many people there are: the n-th address is always the same street and postcode.
 */
public final class AddressBook {

    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int UNITS = UNIT_LETTERS.length() * UNIT_LETTERS.length();
    private static final int PER_POSTCODE = 24;
    private static final String[] DISTRICTS = {
        "Demoton",
        "Larchfield",
        "Rowanbank",
        "Quarrydale",
        "Fennick Green",
        "Ashgate",
        "Bramwell Moor",
        "Cinderhill",
        "Dunmere",
        "Elmstead Vale",
        "Furzey",
        "Gorsebrook",
        "Hatherby",
        "Ivystone",
        "Kestleton",
        "Lowmoor",
        "Marshwick",
        "Nettlecombe",
        "Oakhurst End",
        "Pennyridge",
        "Quillbury",
        "Redlow",
        "Saltmere",
        "Tansley Cross",
        "Upperwold",
        "Vinegate",
        "Wickenby",
        "Yarrowfield",
        "Zelham",
        "Brackendale"
    };
    private static final String[] OTHER_DISTRICTS = {"Otherton", "Otherton Vale", "Farbridge", "Westmoor Cross"};
    private static final String[] BUILDINGS = {"House", "Court", "Lodge", "Point", "Heights"};

    private final List<String> stems = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final long offset;
    private Consumer<Address> listener = a -> {};
    private long nextInArea;
    private long nextOutOfArea;

    public AddressBook(long seed) {
        try (var in = AddressBook.class.getResourceAsStream("/generator/streets.csv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var cells = line.split(",");
                (cells[0].equals("stem") ? stems : suffixes).add(cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.offset = Math.floorMod(seed * 7_919L, 1_000_003L);
    }

    /** Told of every dwelling as it is handed out, so the truth can list each once. */
    public void listener(Consumer<Address> value) {
        this.listener = value;
    }

    /** A dwelling no one has been given yet (until the invented area is full, then a vacated one). */
    public Address next(boolean inArea) {
        var address = inArea ? address(nextInArea++, true) : address(nextOutOfArea++, false);
        listener.accept(address);
        return address;
    }

    /** Locality names, so other reference data (schools, stations) can sit in the same places. */
    public static String district(int index) {
        return DISTRICTS[index % DISTRICTS.length];
    }

    public static int districtCount() {
        return DISTRICTS.length;
    }

    /** The district number (0-based) of an in-area postcode, "XD7 2AB" giving 6. */
    public static int districtOf(Address address) {
        var outward = address.postcode().substring(0, address.postcode().indexOf(' '));
        return Integer.parseInt(outward.substring(2)) - 1;
    }

    private Address address(long n, boolean inArea) {
        var names = inArea ? DISTRICTS : OTHER_DISTRICTS;
        long postcodes = (long) names.length * 10 * UNITS;
        long slot = n / PER_POSTCODE;
        long round = slot / postcodes;
        // A multiplicative scramble: neighbours in sequence land in unrelated postcodes.
        long index = Math.floorMod(slot * 7_919L + offset, postcodes);
        int district = (int) (index / (10L * UNITS));
        int sector = (int) ((index / UNITS) % 10);
        int unit = (int) (index % UNITS);
        var postcode = (inArea ? "XD" : "XE") + (district + 1) + " " + sector + UNIT_LETTERS.charAt(unit / 20)
                + UNIT_LETTERS.charAt(unit % 20);
        long h = mix(index + (inArea ? 0 : 1_000_000_007L));
        var street = stems.get((int) Math.floorMod(h, (long) stems.size())) + " "
                + suffixes.get((int) Math.floorMod(h >>> 20, (long) suffixes.size()));
        int inPostcode = (int) (n % PER_POSTCODE);
        int base = (int) Math.floorMod(h >>> 32, 8L) * 40;
        var uprn = (inArea ? 999_100_000_000L : 999_500_000_000L) + n;
        if (Math.floorMod(h >>> 40, 6L) == 0) {
            var building = stems.get((int) Math.floorMod(h >>> 8, (long) stems.size())) + " "
                    + BUILDINGS[(int) Math.floorMod(h >>> 48, (long) BUILDINGS.length)];
            int flat = inPostcode + 1 + (int) round * PER_POSTCODE;
            return new Address(
                    Long.toString(uprn),
                    "Flat " + flat,
                    building,
                    base + 1,
                    street,
                    names[district],
                    inArea ? "Demoton" : "Otherton",
                    postcode,
                    inArea);
        }
        int number = base + 1 + inPostcode * 2 + (int) round * PER_POSTCODE * 2;
        return new Address(
                Long.toString(uprn),
                null,
                null,
                number,
                street,
                names[district],
                inArea ? "Demoton" : "Otherton",
                postcode,
                inArea);
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }
}
