package org.qualitymonth.inspection.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical columns of a result sheet and the header labels publishers use for them
 * (docs/inspection-import.md). Labels are compared after {@link #normalise}: half-width, no white space,
 * no bracketed notes such as "（合格/不合格）".
 */
public enum Column {
    SEQ("序号"),
    PRODUCT("产品名称", "样品名称", "产品", "商品名称"),
    MODEL("规格型号", "型号规格", "规格", "型号"),
    BATCH("生产日期或批号", "生产日期/批号", "生产日期批号", "批号", "生产日期", "生产批号", "批次"),
    BRAND("商标", "品牌", "商标/品牌"),
    MANUFACTURER("生产企业名称", "标称生产企业", "标称生产企业名称", "生产企业", "生产者", "生产单位", "标称生产单位"),
    MANUFACTURER_ADDRESS("生产企业地址", "标称生产企业地址", "标称生产单位地址"),
    CREDIT_CODE("统一社会信用代码", "生产企业统一社会信用代码", "社会信用代码", "信用代码"),
    BUSINESS("被抽样单位", "经销企业", "被抽样单位名称", "受检单位", "被抽查单位", "销售单位"),
    SAMPLING_PLACE("抽样地点", "被抽样单位地址", "抽样地址"),
    SAMPLING_DATE("抽样日期", "抽查时间", "抽样时间", "抽查日期"),
    CONCLUSION("检验结论", "抽查结果", "检验结果", "结论", "判定结果", "抽检结果"),
    FAILED_ITEMS("不合格项目", "主要不合格项目", "不合格项目名称"),
    INSTITUTION("承检机构", "检验机构", "检测机构"),
    REGION("所属地市", "所在地市", "所属地区", "地区", "地市"),
    CATEGORY("抽查类别", "产品类别", "产品类型", "类别"),
    RETEST_INSTITUTION("复查检验机构", "复检机构"),
    REMARKS("备注"),
    REPORT_NO("报告编号", "检验报告编号", "报告号"),
    QUANTITY("抽样数量", "样品数量", "数量");

    private static final Map<String, Column> BY_LABEL = new HashMap<>();

    static {
        for (Column column : values()) {
            column.synonyms.forEach(label -> BY_LABEL.put(normalise(label), column));
        }
    }

    private final List<String> synonyms;

    Column(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public String messageKey() {
        return "inspection.column." + name();
    }

    public static Optional<Column> recognise(String label) {
        return Optional.ofNullable(BY_LABEL.get(normalise(label)));
    }

    static String normalise(String label) {
        return CellText.compact(label).replaceAll("\\(.*?\\)|【.*?】|[*:：]", "");
    }
}
