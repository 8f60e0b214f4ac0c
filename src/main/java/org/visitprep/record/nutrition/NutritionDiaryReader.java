package org.visitprep.record.nutrition;

import ca.uhn.fhir.context.FhirContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Observation;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.RecordEntry;
import org.visitprep.record.fhir.GeneratedResources;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportProgress;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.LimitedInput;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemList;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.ReadEntries;
import org.visitprep.record.reading.RecordReader;
import org.visitprep.record.reading.SourceBytes;
import org.visitprep.record.reading.SourceRejected;
import org.visitprep.record.wellness.WellnessObservations;

/** Reads a nutrition diary CSV into one Observation per nutrient and day. */
public final class NutritionDiaryReader implements RecordReader {

    /** The system of the identities of nutrition diary entries. */
    public static final String IDENTITY_SYSTEM = "nutrition-diary";

    private static final String DATE_COLUMN = "date";

    private final FhirContext context;

    public NutritionDiaryReader(FhirContext context) {
        this.context = context;
    }

    @Override
    public ReadEntries read(ImportSource source, ImportLimits limits, ImportProgress progress) throws SourceRejected {
        SourceBytes.refuseIfDeclaredTooLarge(source, limits);
        String fileName = source.fileName();
        Map<LocalDate, Map<Nutrient, BigDecimal>> days = new TreeMap<>();
        ProblemList problems = new ProblemList(fileName, limits);
        try (LimitedInput file = SourceBytes.open(source, limits.maxFileBytes(), progress);
                Reader text = new BufferedReader(new InputStreamReader(
                        file,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            CsvLines lines = new CsvLines(text, fileName);
            CsvLines.Line header = lines.next();
            if (header == null) {
                throw new SourceRejected(ImportProblem.of(ProblemCode.EMPTY_FILE, ProblemLocation.inFile(fileName)));
            }
            Columns columns = Columns.of(header, fileName);
            for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.cells().size() == 1 && line.cells().getFirst().isBlank()) {
                    continue;
                }
                columns.add(line, days, problems);
            }
            file.reportDone();
        } catch (LimitedInput.LimitExceeded e) {
            throw SourceBytes.tooLarge(source, e.limit());
        } catch (CharacterCodingException e) {
            throw new SourceRejected(
                    ImportProblem.of(ProblemCode.UNREADABLE_FILE, ProblemLocation.inFile(fileName), "not UTF-8 text"));
        } catch (IOException e) {
            throw SourceBytes.unreadable(source, e);
        }
        problems.rejectIfAny();
        return new ReadEntries("Nutrition diary CSV", entriesOf(days), 0);
    }

    private List<RecordEntry> entriesOf(Map<LocalDate, Map<Nutrient, BigDecimal>> days) {
        GeneratedResources generated = new GeneratedResources(context);
        List<RecordEntry> entries = new ArrayList<>();
        days.forEach((day, totals) -> totals.forEach((nutrient, total) -> {
            String key = nutrient.slug() + "/" + day;
            Observation observation = WellnessObservations.observation(
                    "nutrition/" + key, nutrient.concept(), WellnessObservations.nutrition());
            observation.setEffective(WellnessObservations.day(day));
            observation.setValue(WellnessObservations.quantity(total, nutrient.ucum(), nutrient.unit()));
            entries.add(generated.entryOf(
                    observation, new EntryIdentity(IDENTITY_SYSTEM, "Observation", WellnessObservations.idOf(key))));
        }));
        return entries;
    }

    /** Where the date and each known nutrient are in the lines. */
    private record Columns(
            String fileName, int width, int date, Map<Nutrient, Integer> nutrients, Map<Integer, String> headers) {

        static Columns of(CsvLines.Line header, String fileName) throws SourceRejected {
            int date = -1;
            Map<Nutrient, Integer> nutrients = new EnumMap<>(Nutrient.class);
            Map<Integer, String> headers = new HashMap<>();
            List<String> cells = header.cells();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i).replace("\uFEFF", "").strip();
                headers.put(i, name);
                if (name.toLowerCase(Locale.ROOT).equals(DATE_COLUMN)) {
                    date = i;
                }
                Nutrient nutrient = Nutrient.ofHeader(name);
                if (nutrient != null) {
                    nutrients.putIfAbsent(nutrient, i);
                }
            }
            if (date < 0) {
                throw missing(fileName, "Date");
            }
            if (!nutrients.containsKey(Nutrient.CALORIES)) {
                throw missing(fileName, "Calories");
            }
            return new Columns(fileName, cells.size(), date, nutrients, headers);
        }

        private static SourceRejected missing(String fileName, String column) {
            return new SourceRejected(
                    ImportProblem.of(ProblemCode.CSV_MISSING_COLUMN, ProblemLocation.at(fileName, 1, 1), column));
        }

        void add(CsvLines.Line line, Map<LocalDate, Map<Nutrient, BigDecimal>> days, ProblemList problems) {
            List<String> cells = line.cells();
            if (cells.size() != width) {
                problems.add(ImportProblem.of(
                        ProblemCode.CSV_WRONG_CELL_COUNT,
                        ProblemLocation.at(fileName, line.number(), 1),
                        cells.size(),
                        width));
                return;
            }
            LocalDate day;
            String dateCell = cells.get(date).strip();
            try {
                day = LocalDate.parse(dateCell);
            } catch (DateTimeParseException e) {
                problems.add(ImportProblem.of(
                        ProblemCode.CSV_BAD_DATE, where(line, date), headers.get(date), dateCell, "yyyy-MM-dd"));
                return;
            }
            Map<Nutrient, BigDecimal> totals = days.computeIfAbsent(day, d -> new EnumMap<>(Nutrient.class));
            nutrients.forEach((nutrient, column) -> {
                String cell = cells.get(column).strip();
                if (cell.isEmpty()) {
                    return;
                }
                try {
                    BigDecimal amount = new BigDecimal(cell);
                    if (amount.signum() < 0) {
                        throw new NumberFormatException("negative");
                    }
                    totals.merge(nutrient, amount, BigDecimal::add);
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.of(
                            ProblemCode.CSV_BAD_NUMBER, where(line, column), headers.get(column), cell));
                }
            });
        }

        private ProblemLocation where(CsvLines.Line line, int column) {
            return new ProblemLocation(fileName, line.number(), column + 1, headers.get(column));
        }
    }
}
