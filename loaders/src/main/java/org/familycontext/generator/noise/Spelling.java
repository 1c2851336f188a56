/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

import java.text.Normalizer;
import java.util.Locale;
import org.familycontext.generator.Dice;

/** The small ways a typed name goes wrong, and the ways systems without accents write it. */
public final class Spelling {

    private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";
    private static final String[] NEIGHBOURS = {
        "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv", "fthb",
        "gyjn", "hukm", "jil", "kop", "zxa", "xsc", "zcd", "xvf", "cbg", "vnh", "bmj"
    };

    private Spelling() {}

    /**
     * One slip of the keyboard: two letters swapped, one dropped, doubled or replaced by a neighbouring key.
     * The first letter is kept, as people rarely get that wrong.
     */
    public static String typo(String name, Dice dice) {
        if (name.length() < 3) {
            return name;
        }
        int i = dice.between(1, name.length() - 1);
        char c = name.charAt(i);
        if (!Character.isLetter(c)) {
            return name;
        }
        var s = new StringBuilder(name);
        switch (dice.between(0, 3)) {
            case 0 -> {
                if (i + 1 < name.length() && Character.isLetter(name.charAt(i + 1)) && name.charAt(i + 1) != c) {
                    s.setCharAt(i, name.charAt(i + 1));
                    s.setCharAt(i + 1, c);
                } else {
                    s.deleteCharAt(i);
                }
            }
            case 1 -> s.deleteCharAt(i);
            case 2 -> s.insert(i, c);
            default -> {
                int k = KEYBOARD.indexOf(Character.toLowerCase(c));
                if (k < 0) {
                    s.deleteCharAt(i);
                } else {
                    var options = NEIGHBOURS[k];
                    char r = options.charAt(dice.between(0, options.length() - 1));
                    s.setCharAt(i, Character.isUpperCase(c) ? Character.toUpperCase(r) : r);
                }
            }
        }
        var out = s.toString();
        return out.equals(name) || out.length() < 2 ? name : out;
    }

    /** Letters without their accents: Zoë as Zoe, Łukasz as Lukasz. */
    public static String fold(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = text.charAt(i) < 128;
        }
        if (plain) {
            return text;
        }
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('Ł', 'L')
                .replace('ł', 'l')
                .replace('Ø', 'O')
                .replace('ø', 'o')
                .replace('’', '\'');
        return decomposed.replaceAll("\\p{M}", "");
    }

    public static boolean hasAccents(String text) {
        return !fold(text).equals(text);
    }

    public static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
