package org.visitprep.web.patient.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.lab.LabTest;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.Coding;
import org.visitprep.record.Concept;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.ReferenceRange;
import org.visitprep.record.StoredEntry;

/**
 * Turns a lab observation into the row the screens show, judged by the lab judge the summary uses too (the
 * laboratory's own flag first), named as the summary names its series.
 */
final class LabResultRows {

    private final ResultJudge judge;
    private final TestedPerson person;
    private final ScreenLanguage language;
    private final ResultTexts texts;

    LabResultRows(ResultJudge judge, TestedPerson person, ScreenLanguage language) {
        this.judge = judge;
        this.person = person;
        this.language = language;
        this.texts = new ResultTexts(language);
    }

    /** The row of a series' latest result, named as its series is (equivalent codes of one analyte share a name). */
    LabResultRow of(StoredEntry entry) {
        ObservationDetail observation = entry.observation();
        var measuredOn =
                entry.effective() == null ? null : entry.effective().start().date();
        ResultJudgement judged = judge.judge(observation, measuredOn, person);
        Optional<LabTest> test = judge.testOf(namingCode(codeOf(observation.code())));
        return new LabResultRow(
                entry.id(),
                test.map(t -> t.name(language.locale())).orElseGet(() -> labelOf(observation.code())),
                test.map(t -> t.description(language.locale())).orElse(""),
                texts.valueOf(observation, judged),
                judged.rangeUsed()
                        .map(range -> texts.range(range, observation.quantity()))
                        .orElseGet(() -> writtenRange(observation)),
                judged.rangeUsed()
                        .map(org.visitprep.lab.ReferenceRange::isGeneral)
                        .orElse(false),
                FlagView.of(judged, language),
                language.date(measuredOn),
                entry.source() == null ? "" : entry.source());
    }

    /** The code whose catalogue name names the series: the first of its analyte group, else the code itself. */
    private static Coding namingCode(Coding code) {
        return AnalyteGroups.standard()
                .groupOf(code)
                .map(group -> new Coding(Coding.LOINC, group.first().value(), null))
                .orElse(code);
    }

    /** When a result was measured, to order results of one series; the earliest instant when the record gives none. */
    static Instant timeOf(StoredEntry entry) {
        if (entry.effective() == null) {
            return Instant.MIN;
        }
        var start = entry.effective().start();
        return start.instant() != null
                ? start.instant()
                : start.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The code a test is known by: its LOINC coding, else its first. */
    static Coding codeOf(Concept code) {
        if (code == null) {
            return null;
        }
        return code.codingFrom(Coding.LOINC)
                .orElseGet(() -> code.codings().stream().findFirst().orElse(null));
    }

    private static String labelOf(Concept code) {
        return code == null ? "" : code.label();
    }

    /** A range the record gives only in words (e.g. "negative"), shown as written. */
    private static String writtenRange(ObservationDetail observation) {
        return observation.referenceRanges().stream()
                .map(ReferenceRange::text)
                .filter(text -> text != null && !text.isBlank())
                .findFirst()
                .orElse("");
    }
}
