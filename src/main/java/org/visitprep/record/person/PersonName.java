package org.visitprep.record.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's name as a source or a profile writes it, e.g. "Alice Tessa Wiza" or "WIZA, Alice". Compared the way
 * names vary in real life: accents, case, word order, punctuation and digits (Synthea writes "Alice365") do not count;
 * a middle name present on one side only does not count; an initial ("A.") matches the word it begins.
 *
 * @param text the name as written, for messages
 */
public record PersonName(String text) {

    private static final int LONGEST = 200;

    public PersonName {
        Objects.requireNonNull(text, "text");
        text = text.strip().replaceAll("\\s+", " ");
        if (text.length() > LONGEST) {
            text = text.substring(0, LONGEST);
        }
    }

    /** The name of given names and a family name, either possibly missing; empty when both are. */
    public static java.util.Optional<PersonName> of(List<String> given, String family) {
        List<String> parts = new ArrayList<>();
        given.stream().filter(Objects::nonNull).forEach(parts::add);
        if (family != null) {
            parts.add(family);
        }
        String joined = String.join(" ", parts).strip();
        return joined.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new PersonName(joined));
    }

    /** The words of the name, without accents, in lower case, digits and punctuation removed. */
    public List<String> words() {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’`]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]+", " ")
                .strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /** Whether the name says enough to be compared: two words of more than one letter. */
    public boolean isComparable() {
        return words().stream().filter(word -> word.length() > 1).count() >= 2;
    }

    /**
     * Whether both names can be the same person's: every word of the shorter name is in the longer one (an initial
     * matching a word it begins), each word used once, with at least two full words in common. Both must be
     * {@link #isComparable() comparable}.
     */
    public boolean matches(PersonName other) {
        if (!isComparable() || !other.isComparable()) {
            return false;
        }
        List<String> mine = words();
        List<String> theirs = other.words();
        return (mine.size() <= theirs.size() && within(mine, theirs))
                || (theirs.size() <= mine.size() && within(theirs, mine));
    }

    /** Whether every word of {@code shorter} is in {@code longer}, with at least two full words. */
    private static boolean within(List<String> shorter, List<String> longerWords) {
        List<String> longer = new ArrayList<>(longerWords);
        int fullWords = 0;
        for (String word :
                shorter.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            int at = longer.indexOf(word);
            if (at < 0 && word.length() == 1) {
                at = indexOfWordStartingWith(longer, word);
            } else if (at >= 0) {
                fullWords++;
            }
            if (at < 0) {
                return false;
            }
            longer.remove(at);
        }
        return fullWords >= 2;
    }

    private static int indexOfWordStartingWith(List<String> words, String initial) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(initial)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
