package org.qualitymonth.inspection.domain;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qualitymonth.inspection.domain.Announcements.FailedItem;
import org.qualitymonth.inspection.domain.Announcements.PublicResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of the filtered public list, streamed row by row from a cursor: CSV (UTF-8 with BOM so Excel opens it)
 * and JSON, both with the field names of {@link PublicResult} and then {@value #DETAILS}: each failed item with its
 * standard clause, measured and required value. JSON gives them as objects; a CSV cell holds one line per item, its
 * four parts separated by {@value #PART_SEPARATOR}.
 */
@Service
@Transactional(readOnly = true)
public class AnnouncementExport {

    static final String DETAILS = "failedItemDetails";
    static final String PART_SEPARATOR = " | ";

    /** The canonical field names, in order: the CSV header and the JSON keys. */
    public static final String[] FIELDS = Stream.concat(Arrays.stream(PublicResult.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName), Stream.of(DETAILS)).toArray(String[]::new);

    private final Announcements announcements;
    private final JsonMapper json;

    AnnouncementExport(Announcements announcements, JsonMapper json) {
        this.announcements = announcements;
        this.json = json;
    }

    public void csv(PublicFilter filter, String sort, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord(FIELDS);
            announcements.each(filter, sort, (r, items) -> csv.writeRecord(Stream.concat(
                    Arrays.stream(values(r)).map(AnnouncementExport::cell), Stream.of(cell(lines(items))))
                    .toArray(String[]::new)));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void json(PublicFilter filter, String sort, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            announcements.each(filter, sort, (r, items) -> {
                generator.writeStartObject();
                Object[] values = values(r);
                for (int i = 0; i < values.length; i++) {
                    generator.writeName(FIELDS[i]);
                    if (values[i] == null) {
                        generator.writeNull();
                    } else if (values[i] instanceof Number number) {
                        generator.writeNumber(number.longValue());
                    } else {
                        generator.writeString(values[i].toString());
                    }
                }
                generator.writeName(DETAILS);
                generator.writeStartArray();
                items.forEach(item -> generator.writeStartObject()
                        .writeStringProperty("item", item.item()).writeStringProperty("clause", item.clause())
                        .writeStringProperty("measured", item.measured()).writeStringProperty("required", item.required())
                        .writeEndObject());
                generator.writeEndArray();
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    static Object[] values(PublicResult r) {
        return new Object[] {r.resultId(), r.planId(), r.planTitle(), r.year(), r.announcedOn(), r.category(), r.productName(),
                r.brand(), r.model(), r.batch(), r.manufacturerName(), r.manufacturerCreditCode(), r.businessName(),
                r.regionCode(), r.samplingDate(), r.conclusion(), r.institution(), r.reportNo(), r.failedItems()};
    }

    /** The failed items as CSV text: one line each, item, clause, measured and required value ("" when unknown). */
    static String lines(List<FailedItem> items) {
        return items.stream().map(item -> Stream.of(item.item(), item.clause(), item.measured(), item.required())
                .map(part -> Objects.toString(part, "")).collect(Collectors.joining(PART_SEPARATOR)))
                .collect(Collectors.joining("\n"));
    }

    /** A CSV cell; a leading =, + or @ is prefixed so a spreadsheet does not run it as a formula. */
    private static String cell(Object value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
