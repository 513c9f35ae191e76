package org.qualitymonth.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualitymonth.shared.CreditCode;

/**
 * Writes the corpus of messy result sheets in src/test/resources/inspection/, one file per real-world quirk.
 * Run once with {@code main}; the files are committed, so tests read exactly these bytes. Also used by tests to
 * write larger sheets on the fly.
 */
public final class MessySheets {

    public static final List<String> HEADER = List.of("序号", "产品名称", "商标", "规格型号", "生产日期或批号", "标称生产企业名称",
            "统一社会信用代码", "被抽样单位", "所属地市", "抽样日期", "检验结论", "不合格项目", "承检机构", "报告编号");

    private MessySheets() {
    }

    public static String code(String region, int serial) {
        String body = "91" + region + String.format("MA%07d", serial);
        return body + CreditCode.checkCharacter(body);
    }

    /** Ten realistic rows of a Zhejiang rice-cooker and air-purifier check; rows 3 and 7 fail. */
    public static List<List<String>> rows(String reportPrefix) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            boolean fail = i == 3 || i == 7;
            boolean purifier = i % 2 == 0;
            rows.add(List.of(Integer.toString(i), purifier ? "家用空气净化器" : "电饭煲", "测试牌" + i, (purifier ? "KJ-" : "FB-") + (200 + i),
                    "2026030" + (i % 9 + 1), "浙江测试电器有限公司" + i, code("330100", i), "杭州测试商贸有限公司",
                    i % 3 == 0 ? "宁波市" : "杭州市", "2026-04-1" + (i % 10), fail ? "不合格" : "合格",
                    fail ? "泄漏电流(条款16;实测0.92mA;要求≤0.75mA)、输入功率" : "/", "浙江省质量科学研究院", reportPrefix + "-" + i));
        }
        return rows;
    }

    public static void csv(Path file, Charset charset, List<List<String>> lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<String> line : lines) {
            sb.append(String.join(",", line.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append("\r\n");
        }
        Files.write(file, sb.toString().getBytes(charset));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/inspection");
        Files.createDirectories(dir);
        List<List<String>> title = List.of(List.of("2026年浙江省电饭煲等产品质量监督抽查结果"), List.of("发布单位：浙江省市场监督管理局"));
        List<List<String>> lines = new ArrayList<>(title);
        lines.add(HEADER);
        lines.addAll(rows("ZJ-H3"));
        csv(dir.resolve("header-on-row-3.csv"), StandardCharsets.UTF_8, lines);
        csv(dir.resolve("gbk.csv"), Charset.forName("GBK"), concat(List.of(HEADER), rows("ZJ-GBK")));
        csv(dir.resolve("full-width.csv"), StandardCharsets.UTF_8, fullWidth());
        csv(dir.resolve("pass-fail-letters.csv"), StandardCharsets.UTF_8, letters());
        csv(dir.resolve("slash-empties.csv"), StandardCharsets.UTF_8, slashes());
        csv(dir.resolve("no-header.csv"), StandardCharsets.UTF_8, List.of(List.of("甲", "乙", "丙"), List.of("1", "2", "3")));
        csv(dir.resolve("bad-rows.csv"), StandardCharsets.UTF_8, badRows());
        Files.write(dir.resolve("zero-bytes.xlsx"), new byte[0]);
        Files.write(dir.resolve("renamed-executable.xlsx"), executable());
        mergedHeader(dir.resolve("merged-header.xlsx"));
        serialDates(dir.resolve("excel-serial-dates.xlsx"));
        repeatedHeader(dir.resolve("repeated-header.xls"));
        zipBomb(dir.resolve("zip-bomb.xlsx"));
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<List<String>> fullWidth() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER.stream().map(h -> h + "\u3000").toList());
        for (List<String> row : rows("ZJ-FW")) {
            List<String> r = new ArrayList<>(row);
            r.set(3, toFullWidth(r.get(3)));
            r.set(6, toFullWidth(r.get(6)));
            r.set(10, r.get(10).equals("合格") ? "合\u3000格 " : r.get(10));
            r.set(13, toFullWidth(r.get(13)));
            lines.add(r);
        }
        return lines;
    }

    private static List<List<String>> letters() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        List<List<String>> rows = rows("ZJ-PF");
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            if (i % 2 == 0) {
                r.set(10, r.get(10).equals("合格") ? "P" : "F");
            }
            lines.add(r);
        }
        return lines;
    }

    private static List<List<String>> slashes() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (List<String> row : rows("ZJ-SL")) {
            List<String> r = new ArrayList<>(row);
            r.set(2, "/");
            r.set(4, "／");
            r.set(6, "/");
            lines.add(r);
        }
        return lines;
    }

    /** Row 2 good; rows 3-8 each wrong in one way; row 9 good. */
    private static List<List<String>> badRows() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("抽样数量");
        header.add("抽查类别");
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        List<List<String>> rows = rows("ZJ-BAD");
        String[][] changes = {{}, {"9", "2026-13-45"}, {"14", "-3"}, {"15", "游艇"}, {"6", code("330100", 99).substring(0, 17) + "0"},
                {"1", ""}, {"10", "基本合格"}, {}};
        for (int i = 0; i < changes.length; i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            r.add("2");
            r.add(i % 2 == 0 ? "电饭煲" : "空气净化器");
            r.set(1, i % 2 == 0 ? "电饭煲" : "家用空气净化器");
            if (changes[i].length == 2) {
                r.set(Integer.parseInt(changes[i][0]), changes[i][1]);
            }
            lines.add(r);
        }
        if (lines.get(5).get(6).equals(code("330100", 99))) {
            throw new IllegalStateException("check digit unchanged");
        }
        return lines;
    }

    private static byte[] executable() {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        for (int i = 64; i < exe.length; i += 7) {
            exe[i] = (byte) (i % 5);
        }
        return exe;
    }

    private static void mergedHeader(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("结果");
            sheet.createRow(0).createCell(0).setCellValue("2026年浙江省空气净化器产品质量监督抽查结果");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            String[] top = {"序号", "产品名称", "规格型号", "标称生产企业", "", "抽样日期", "检验结论", "报告编号"};
            String[] sub = {"", "", "", "名称", "地址", "", "", ""};
            write(sheet.createRow(1), top);
            write(sheet.createRow(2), sub);
            for (int c : new int[] {0, 1, 2, 5, 6, 7}) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            for (int i = 1; i <= 6; i++) {
                write(sheet.createRow(2 + i), new String[] {Integer.toString(i), "家用空气净化器", "KJ-30" + i, "浙江合并表头电器有限公司" + i,
                        "杭州市余杭区测试路" + i + "号", "2026-05-0" + i, i == 4 ? "不合格" : "合格", "ZJ-MH-" + i});
            }
            save(wb, file);
        }
    }

    private static void serialDates(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            write(sheet.createRow(0), new String[] {"序号", "样品名称", "规格型号", "生产企业", "抽查时间", "抽查结果", "报告编号"});
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 1; i <= 5; i++) {
                Row row = sheet.createRow(i);
                write(row, new String[] {Integer.toString(i), "电饭煲", "FB-50" + i, "浙江序列日期电器有限公司"});
                row.createCell(4).setCellValue(46117 + i);
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(i == 2 ? "不合格" : "合格");
                row.createCell(6).setCellValue("ZJ-SD-" + i);
            }
            save(wb, file);
        }
    }

    private static void repeatedHeader(Path file) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("第一页");
            int r = 0;
            List<List<String>> rows = rows("ZJ-RH");
            for (int page = 0; page < 2; page++) {
                write(sheet.createRow(r++), HEADER.toArray(String[]::new));
                for (int i = page * 5; i < page * 5 + 5; i++) {
                    write(sheet.createRow(r++), rows.get(i).toArray(String[]::new));
                }
            }
            save(wb, file);
        }
    }

    /** A valid-looking XLSX whose sheet part inflates to 64 MiB of spaces (about 1000:1). */
    private static void zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static String toFullWidth(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }
}
