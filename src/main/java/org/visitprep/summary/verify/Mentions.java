package org.visitprep.summary.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a sentence names the facts it cites, so that each number, date and judgement can be bound to the fact
 * named beside it: first every whole name (the longest first; the source of a range is blanked too but binds
 * nothing), then single words of a name ("metformin", "hemoglobin"), which bind to every cited fact whose name holds
 * them, and the labels of the patient's context ("age", "sex"), which bind what follows them to it but are left for
 * the word rules to check. Words of the vocabulary ("blood", "in") bind nothing.
 */
final class Mentions {

    private Mentions() {}

    static void find(CheckedText sentence) {
        Map<String, List<FactGrounds>> binding = new LinkedHashMap<>();
        Map<String, List<FactGrounds>> other = new LinkedHashMap<>();
        for (FactGrounds fact : sentence.cited()) {
            fact.names()
                    .forEach(name -> binding.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(fact));
            fact.otherNames()
                    .forEach(name ->
                            other.computeIfAbsent(name, k -> new ArrayList<>()).add(fact));
        }
        List<String> names = new ArrayList<>(binding.keySet());
        names.addAll(other.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            List<int[]> found = occurrences(sentence.work(), name);
            for (int[] span : found) {
                if (binding.containsKey(name)) {
                    sentence.mentioned(span[0], span[1], binding.get(name));
                }
                sentence.blank(span[0], span[1]);
            }
        }
        for (Words.Word word : Words.of(sentence.work())) {
            if (sentence.lexicon().isVocabulary(word.text())) {
                continue;
            }
            String stem = Stems.of(word.text());
            List<FactGrounds> facts = sentence.cited().stream()
                    .filter(fact -> fact.namesWord(stem) || fact.labelledBy(word.text()))
                    .toList();
            if (!facts.isEmpty()) {
                sentence.mentioned(word.start(), word.end(), facts);
            }
        }
    }

    /** Where the text holds the name as whole words. */
    static List<int[]> occurrences(String text, String name) {
        List<int[]> found = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (boundary(text, at - 1) && boundary(text, end)) {
                found.add(new int[] {at, end});
            }
        }
        return found;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
