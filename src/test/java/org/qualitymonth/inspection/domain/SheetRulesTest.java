package org.qualitymonth.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.BusinessException;

/** Header detection, cell cleaning, dates, conclusions and failed items as publishers write them. */
class SheetRulesTest {

    private static Map.Entry<Integer, List<String>> row(int n, String... cells) {
        return new SimpleImmutableEntry<>(n, Arrays.asList(cells));
    }

    @Test
    void theHeaderIsFoundBelowTitleRowsAndMergedCellsJoinTheirSubLabels() {
        Header header = Header.detect(List.of(row(1, "2026年监督抽查结果"), row(2, "序号", "产品名称", "标称生产企业", null, "检验结论"),
                row(3, null, null, "名称", "地址", null), row(4, "1", "电饭煲", "某公司", "杭州", "合格")));
        assertThat(header.row()).isEqualTo(2);
        assertThat(header.rows()).isEqualTo(2);
        assertThat(header.proposed()).containsEntry(1, Column.PRODUCT).containsEntry(2, Column.MANUFACTURER)
                .containsEntry(3, Column.MANUFACTURER_ADDRESS).containsEntry(4, Column.CONCLUSION);
        assertThat(header.repeatedIn(Arrays.asList("序号", "产品名称", "标称生产企业", null, "检验结论"))).isTrue();
        assertThat(header.repeatedIn(Arrays.asList(null, null, "名称", "地址", null))).isTrue();
        assertThat(header.repeatedIn(Arrays.asList("2", "电饭煲", "某公司", "杭州", "合格"))).isFalse();
    }

    @Test
    void labelsAreReadThroughFullWidthSpacesAndBracketedNotes() {
        Header header = Header.detect(List.of(row(1, "产品名称\u3000", "检验结论（合格/不合格）", "抽样日期\n(年-月-日)", "规 格 型 号")));
        assertThat(header.proposed().values()).containsExactly(Column.PRODUCT, Column.CONCLUSION, Column.SAMPLING_DATE, Column.MODEL);
    }

    @Test
    void aSheetWithoutProductAndConclusionHasNoHeader() {
        assertThatThrownBy(() -> Header.detect(List.of(row(1, "甲", "乙"), row(2, "规格型号", "商标", "承检机构"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("inspection.import.no-header"));
    }

    @Test
    void cellsFoldFullWidthAndTreatSlashAsEmpty() {
        assertThat(CellText.value("ＫＪ－２００\u3000 ")).isEqualTo("KJ-200");
        assertThat(CellText.value(" / ")).isNull();
        assertThat(CellText.value("／")).isNull();
        assertThat(CellText.value("电饭煲\n 智能型")).isEqualTo("电饭煲 智能型");
    }

    @Test
    void datesAsTextOrExcelSerials() {
        LocalDate expected = LocalDate.of(2026, 4, 3);
        for (String text : List.of("2026-04-03", "2026/4/3", "2026.4.3", "2026年4月3日", "20260403", "46115", "2026-04-03 00:00:00")) {
            assertThat(DateCell.parse(text)).as(text).isEqualTo(expected);
        }
        assertThat(DateCell.parse("2026-13-45")).isNull();
        assertThat(DateCell.parse("12")).isNull();
        assertThat(DateCell.parse("下旬")).isNull();
    }

    @Test
    void conclusionsInWordsLettersAndRefusals() {
        assertThat(RowParser.conclusion("合格", null)).isEqualTo(Conclusion.PASS);
        assertThat(RowParser.conclusion("p", null)).isEqualTo(Conclusion.PASS);
        assertThat(RowParser.conclusion("不合格", null)).isEqualTo(Conclusion.FAIL);
        assertThat(RowParser.conclusion("Ｆ", null)).isEqualTo(Conclusion.FAIL);
        assertThat(RowParser.conclusion("合 格", null)).isEqualTo(Conclusion.PASS);
        assertThat(RowParser.conclusion(null, "企业拒检")).isEqualTo(Conclusion.REFUSED);
        assertThat(RowParser.conclusion("基本合格", null)).isNull();
    }

    @Test
    void failedItemsKeepClauseMeasuredAndRequired() {
        List<SampleRow.FailedItem> items = FailedItems.parse("甲醛释放量（条款5.3；实测值0.28mg/m³；要求≤0.124mg/m³）、标志和说明");
        assertThat(items).containsExactly(new SampleRow.FailedItem("甲醛释放量", "5.3", "0.28mg/m³", "≤0.124mg/m³"),
                new SampleRow.FailedItem("标志和说明", null, null, null));
    }
}
