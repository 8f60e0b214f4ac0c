package org.visitprep.summary.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visitprep.summary.draft.Audience;
import org.visitprep.summary.draft.Finding;
import org.visitprep.summary.draft.FindingKind;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Normalised;

/**
 * One sentence's words for one reader while the rules read them: the {@linkplain Normalised normalised} text, a working
 * copy in which each rule blanks what it has accounted for (a quotation, a fact's name, a date, a number and its unit),
 * where the sentence names each cited fact, the numbers read, and the findings so far, gathered by rule.
 */
final class CheckedText {

    /** Where the sentence names cited facts: a whole name, or one word of one or more facts' names. */
    record Mention(int start, int end, List<FactGrounds> facts) {}

    /**
     * A number read in the sentence, with its unit.
     *
     * @param unit the canonical unit, "" for none
     * @param duration whether the unit is a duration (years, months, weeks, days)
     */
    record NumberRead(int start, int end, BigDecimal value, String unit, boolean duration) {}

    private final String text;
    private final char[] work;
    private final Locale locale;
    private final Lexicon lexicon;
    private final Audience audience;
    private final boolean patientsOwnWords;
    private final List<FactGrounds> cited;
    private final LocalDate visitDay;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<NumberRead> numbers = new ArrayList<>();
    private final List<Dates.Found> dates = new ArrayList<>();
    private final Map<FindingKind, Set<String>> findings = new EnumMap<>(FindingKind.class);
    private String unquoted;

    /** @param normalised the words in their {@linkplain Normalised normal form} */
    CheckedText(
            String normalised,
            Locale locale,
            Audience audience,
            boolean patientsOwnWords,
            List<FactGrounds> cited,
            LocalDate visitDay) {
        this.text = normalised;
        this.work = text.toCharArray();
        this.locale = locale;
        this.lexicon = Lexicon.of(locale);
        this.audience = audience;
        this.patientsOwnWords = patientsOwnWords;
        this.cited = List.copyOf(cited);
        this.visitDay = visitDay;
    }

    String text() {
        return text;
    }

    /** The text with what the rules have accounted for so far blanked out, at the same positions as {@link #text}. */
    String work() {
        return new String(work);
    }

    /** Keeps the text as it stands once quotations are hidden, for the rules that read whole phrases. */
    void quotationsHidden() {
        unquoted = work();
    }

    /** The text with its exact quotations hidden, names and numbers still in place. */
    String unquoted() {
        return unquoted != null ? unquoted : work();
    }

    void blank(int start, int end) {
        Arrays.fill(work, Math.max(0, start), Math.min(work.length, end), ' ');
    }

    boolean isBlank(int position) {
        return work[position] == ' ';
    }

    Locale locale() {
        return locale;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    Audience audience() {
        return audience;
    }

    /** Whether the patient wrote these words (an edit of a record sentence): they may speak as "I". */
    boolean isPatientsOwnWords() {
        return patientsOwnWords;
    }

    List<FactGrounds> cited() {
        return cited;
    }

    LocalDate visitDay() {
        return visitDay;
    }

    void mentioned(int start, int end, List<FactGrounds> facts) {
        mentions.add(new Mention(start, end, List.copyOf(facts)));
    }

    void read(NumberRead number) {
        numbers.add(number);
    }

    List<NumberRead> numbers() {
        return numbers;
    }

    void read(Dates.Found date) {
        dates.add(date);
    }

    List<Dates.Found> dates() {
        return dates;
    }

    /**
     * The facts a number, date or judgement at {@code position} is about: those the sentence names nearest before it,
     * else every fact the sentence cites.
     */
    List<FactGrounds> boundAt(int position) {
        Mention before = null;
        for (Mention mention : mentions) {
            if (mention.start() < position && (before == null || mention.start() > before.start())) {
                before = mention;
            }
        }
        return before != null ? before.facts() : cited;
    }

    /** Whether the sentence names a cited fact before {@code position}. */
    boolean namesAFactBefore(int position) {
        return mentions.stream().anyMatch(mention -> mention.start() < position);
    }

    /**
     * The facts a judgement at {@code position} is about, as sets any one fact of which may bear it out: each set the
     * sentence names between {@code from} and the judgement; else the one named nearest before it; else each cited
     * fact of which the record supports any judgement (none: the judgement has nothing to rest on).
     */
    List<List<FactGrounds>> judgedAt(int from, int position) {
        List<List<FactGrounds>> named = mentions.stream()
                .filter(mention -> mention.start() >= from && mention.start() < position)
                .map(Mention::facts)
                .toList();
        if (!named.isEmpty()) {
            return named;
        }
        if (mentions.stream().anyMatch(mention -> mention.start() < position)) {
            return List.of(boundAt(position));
        }
        List<List<FactGrounds>> judged = cited.stream()
                .filter(fact -> !fact.judgements().isEmpty())
                .map(List::of)
                .toList();
        return judged.isEmpty() ? List.of(cited) : judged;
    }

    void found(FindingKind kind, String detail) {
        findings.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(detail.strip());
    }

    boolean hasFound(FindingKind kind) {
        return findings.containsKey(kind);
    }

    /** One finding per rule, naming every offending word the rule found. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        findings.forEach((kind, details) -> all.add(new Finding(kind, String.join(", ", details))));
        return all;
    }
}
