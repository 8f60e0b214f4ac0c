package org.visitprep.summary.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.facts.Judgement;
import org.visitprep.summary.wording.Languages;
import org.visitprep.summary.wording.Normalised;

/**
 * The words a summary sentence may use of its own, per language, read once from the reviewed files
 * {@code lexicon-en.txt} and {@code lexicon-fr.txt} next to this class: the connective vocabulary, each reader's own
 * words, and the phrases the rules look for (judgements with the judgements that make them true, comparisons,
 * durations, negations, and the evaluations, computed changes, imperatives and advice that are refused wherever they
 * stand), the words that report a judgement named after them ("flagged as"), the words that count a list's items
 * left out ("and 12 more"), the labels of the patient's age and sex, and the words a sentence may say only of a fact
 * that states them ({@link Bound}). A file with an unknown section is refused when it is read.
 */
final class Lexicon {

    /** What a phrase of the lexicon is. */
    enum Kind {
        JUDGEMENT,
        COMPARISON,
        DURATION,
        NEGATION,
        EVALUATION,
        CHANGE,
        IMPERATIVE,
        ADVICE,
        RELATIVE_TIME,
        /** "flagged as", "signalé comme": reports the judgement named after it, and claims none of its own. */
        REPORT,
        /** "more", "de plus" right after a count: the items of a list left out. */
        LIST_MORE,
        /** A word only a fact that states it lets a sentence say ({@link Bound}). */
        BOUND
    }

    /** What a label of the patient's context names: it stands only before what it names. */
    enum Label {
        AGE,
        SEX
    }

    /**
     * A phrase the rules look for, as the words {@link Words} reads.
     *
     * @param judgements for a judgement, the judgements any one of which makes it true
     * @param above for a comparison, whether it says "above" (else "below")
     * @param inclusive for a comparison, whether the number itself is included ("at least", "up to")
     * @param duration for a duration, its unit
     * @param bound for a bound word, what it says of the fact
     */
    record Phrase(
            Kind kind,
            List<String> words,
            Set<Judgement> judgements,
            boolean above,
            boolean inclusive,
            ChronoUnit duration,
            Bound bound) {

        Phrase(Kind kind, List<String> words) {
            this(kind, words, Set.of(), false, false, null, null);
        }

        String text() {
            return String.join(" ", words);
        }
    }

    private static final Map<String, Lexicon> LOADED = new HashMap<>();

    private final Set<String> vocabulary = new HashSet<>();
    private final Map<Audience, Set<String>> readers = new HashMap<>();
    private final Set<String> firstPerson = new HashSet<>();
    private final Set<String> rangeWords = new HashSet<>();
    private final Set<String> rangeBasis = new HashSet<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Set<Bound>> boundWords = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();

    private Lexicon() {
        readers.put(Audience.PATIENT, new HashSet<>());
        readers.put(Audience.CLINICIAN, new HashSet<>());
    }

    /** The lexicon of the summary language of {@code locale}: French for French, English for every other. */
    static synchronized Lexicon of(Locale locale) {
        String language = Languages.isFrench(locale) ? "fr" : "en";
        return LOADED.computeIfAbsent(language, Lexicon::load);
    }

    /** Whether the word is one of the vocabulary's, for any reader. */
    boolean isVocabulary(String word) {
        return vocabulary.contains(word);
    }

    /** The reader a word belongs to ("you" to the patient, "the patient" to the clinician), if it belongs to one. */
    Optional<Audience> readerOf(String word) {
        for (Map.Entry<Audience, Set<String>> reader : readers.entrySet()) {
            if (reader.getValue().contains(word)) {
                return Optional.of(reader.getKey());
            }
        }
        return Optional.empty();
    }

    boolean isFirstPerson(String word) {
        return firstPerson.contains(word);
    }

    /** Whether the word names a range itself ("range", "valeurs"). */
    boolean isRangeWord(String word) {
        return rangeWords.contains(word);
    }

    /** Whether the word may say where a range comes from ("general adult", "your laboratory's"). */
    boolean isRangeBasis(String word) {
        return rangeBasis.contains(word);
    }

    /** What the word labels ("age", "sexe"), if it is a label of the patient's context. */
    Optional<Label> labelOf(String word) {
        return Optional.ofNullable(labels.get(word));
    }

    /** The words labelling that part of the patient's context. */
    Set<String> labelWords(Label label) {
        Set<String> words = new HashSet<>();
        labels.forEach((word, named) -> {
            if (named == label) {
                words.add(word);
            }
        });
        return words;
    }

    /** What the phrases of the {@code [bound …]} sections holding the word say of a fact; empty for any other word. */
    Set<Bound> boundBy(String word) {
        return boundWords.getOrDefault(word, Set.of());
    }

    /** Every phrase of that kind. */
    List<Phrase> phrases(Kind kind) {
        return phrasesByFirstWord.values().stream()
                .flatMap(List::stream)
                .filter(phrase -> phrase.kind() == kind)
                .toList();
    }

    /** The longest phrase of that kind starting at word {@code at}, if any. */
    Optional<Phrase> phraseAt(List<String> words, int at, Kind kind) {
        Phrase longest = null;
        for (Phrase phrase : phrasesByFirstWord.getOrDefault(words.get(at), List.of())) {
            if (phrase.kind() == kind
                    && (longest == null
                            || phrase.words().size() > longest.words().size())
                    && startsAt(words, at, phrase.words())) {
                longest = phrase;
            }
        }
        return Optional.ofNullable(longest);
    }

    /** Every word of every section, for listing what the lexicon holds. */
    Set<String> allWords() {
        Set<String> all = new HashSet<>(vocabulary);
        readers.values().forEach(all::addAll);
        all.addAll(firstPerson);
        all.addAll(labels.keySet());
        all.addAll(boundWords.keySet());
        return Collections.unmodifiableSet(all);
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(at + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Lexicon load(String language) {
        String resource = "lexicon-" + language + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing next to " + Lexicon.class.getName());
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    static Lexicon read(InputStream text, String name) throws IOException {
        Lexicon lexicon = new Lexicon();
        BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8));
        String section = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                section = entry.substring(1, entry.length() - 1).strip();
                lexicon.checkSection(section, name, number);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(name + ", line " + number + ": an entry before any [section]");
            }
            lexicon.add(section, Normalised.characters(entry));
        }
        return lexicon;
    }

    private void checkSection(String section, String name, int number) {
        String[] parts = section.split("\\s+");
        boolean known = switch (parts[0]) {
            case "words", "patient", "clinician", "range", "negation", "evaluation", "change", "imperative", "advice" ->
                true;
            case "first" -> section.equals("first person");
            case "relative" -> section.equals("relative time");
            case "report" -> parts.length == 1;
            case "list" -> section.equals("list more");
            case "label" -> parts.length == 2 && label(parts[1]) != null;
            case "bound" -> parts.length == 2 && bound(parts[1]) != null;
            case "judgement" -> parts.length > 1 && judgements(parts) != null;
            case "comparison" -> parts.length > 1 && (parts[1].equals("ABOVE") || parts[1].equals("BELOW"));
            case "duration" -> parts.length == 2 && duration(parts[1]) != null;
            default -> false;
        };
        if (!known || (parts[0].equals("range") && !(section.equals("range words") || section.equals("range basis")))) {
            throw new IllegalStateException(name + ", line " + number + ": unknown section [" + section + "]");
        }
    }

    private void add(String section, String entry) {
        String[] parts = section.split("\\s+");
        switch (section) {
            case "words" -> words(entry).forEach(vocabulary::add);
            case "patient" -> readers.get(Audience.PATIENT).addAll(words(entry));
            case "clinician" -> readers.get(Audience.CLINICIAN).addAll(words(entry));
            case "first person" -> firstPerson.addAll(words(entry));
            case "range words" -> {
                rangeWords.addAll(words(entry));
                vocabulary.addAll(words(entry));
            }
            case "range basis" -> rangeBasis.addAll(words(entry));
            default -> {
                if (parts[0].equals("label")) {
                    words(entry).forEach(word -> labels.put(word, label(parts[1])));
                } else {
                    phrase(parts, entry);
                }
            }
        }
    }

    private void phrase(String[] section, String entry) {
        List<String> words = Words.texts(entry);
        if (words.isEmpty()) {
            return;
        }
        Phrase phrase = switch (section[0]) {
            case "judgement" -> new Phrase(Kind.JUDGEMENT, words, judgements(section), false, false, null, null);
            case "comparison" ->
                new Phrase(
                        Kind.COMPARISON,
                        words,
                        Set.of(),
                        section[1].equals("ABOVE"),
                        section.length > 2 && section[2].equals("INCLUSIVE"),
                        null,
                        null);
            case "duration" -> new Phrase(Kind.DURATION, words, Set.of(), false, false, duration(section[1]), null);
            case "relative" -> new Phrase(Kind.RELATIVE_TIME, words);
            case "list" -> new Phrase(Kind.LIST_MORE, words);
            case "bound" -> new Phrase(Kind.BOUND, words, Set.of(), false, false, null, bound(section[1]));
            default -> new Phrase(Kind.valueOf(section[0].toUpperCase(Locale.ROOT)), words);
        };
        switch (phrase.kind()) {
            case JUDGEMENT, COMPARISON, DURATION, NEGATION, REPORT, LIST_MORE -> vocabulary.addAll(words);
            case BOUND ->
                words.forEach(word -> boundWords
                        .computeIfAbsent(word, k -> EnumSet.noneOf(Bound.class))
                        .add(phrase.bound()));
            default -> {
                // refused wherever they stand: never words of the vocabulary
            }
        }
        phrasesByFirstWord
                .computeIfAbsent(words.getFirst(), k -> new ArrayList<>())
                .add(phrase);
    }

    private static List<String> words(String entry) {
        return List.of(entry.split("\\s+"));
    }

    private static Set<Judgement> judgements(String[] section) {
        Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
        for (int i = 1; i < section.length; i++) {
            try {
                judgements.add(Judgement.valueOf(section[i]));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return judgements;
    }

    private static Label label(String name) {
        try {
            return Label.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Bound bound(String name) {
        try {
            return Bound.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static ChronoUnit duration(String unit) {
        return switch (unit) {
            case "YEARS" -> ChronoUnit.YEARS;
            case "MONTHS" -> ChronoUnit.MONTHS;
            case "WEEKS" -> ChronoUnit.WEEKS;
            case "DAYS" -> ChronoUnit.DAYS;
            default -> null;
        };
    }
}
