package org.qualitymonth.inspection.domain.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.qualitymonth.shared.BusinessException;

/**
 * Legacy XLS through POI's HSSF event API: records stream past one at a time and only the current row is
 * kept. Only the first worksheet is read; numbers come as their raw value (dates as Excel serials).
 */
final class XlsReader implements SheetReader {

    @Override
    public void read(Path file, RowHandler handler) {
        Collector collector = new Collector(handler);
        try (InputStream in = Files.newInputStream(file); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(new MissingRecordAwareHSSFListener(collector));
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (Stop stop) {
            if (collector.failure != null) {
                throw collector.failure;
            }
        } catch (IOException | RuntimeException e) {
            throw BusinessException.invalid("inspection.import.unreadable");
        }
    }

    /** Thrown to leave the event loop early once the handler has seen enough. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements HSSFListener {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private SSTRecord strings;
        private int worksheets;
        private RuntimeException failure;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record record) {
            if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                worksheets++;
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            }
            if (worksheets != 1) {
                return;
            }
            if (record instanceof LastCellOfRowDummyRecord last) {
                endRow(last.getRow());
            } else if (record instanceof CellValueRecordInterface cell) {
                put(cell.getColumn(), text(record));
            }
        }

        private String text(org.apache.poi.hssf.record.Record record) {
            if (record instanceof LabelSSTRecord label) {
                return strings == null ? null : strings.getString(label.getSSTIndex()).getString();
            } else if (record instanceof LabelRecord label) {
                return label.getValue();
            } else if (record instanceof NumberRecord number) {
                return NumberToTextConverter.toText(number.getValue());
            } else if (record instanceof FormulaRecord formula) {
                return Double.isNaN(formula.getValue()) ? null : NumberToTextConverter.toText(formula.getValue());
            } else if (record instanceof BoolErrRecord bool && bool.isBoolean()) {
                return Boolean.toString(bool.getBooleanValue());
            }
            return null;
        }

        private void put(int column, String value) {
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }

        private void endRow(int rowIndex) {
            boolean more = true;
            try {
                more = cells.isEmpty() || SheetReader.blank(cells) || handler.row(rowIndex + 1, List.copyOf(cells));
            } catch (RuntimeException e) {
                failure = e;
            }
            cells.clear();
            if (!more || failure != null) {
                throw new Stop();
            }
        }
    }
}
