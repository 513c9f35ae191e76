import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a realistic, messy spot-check result sheet of any size for bench/import.sh, streaming (never holding
 * the sheet): two title rows, the header on row 3 with a merged "标称生产企业" cell over "名称 | 地址" on row 4,
 * the header repeated every 5,000 rows, full-width characters, "/" for empty, dates as text in several forms
 * and as Excel serials, 合格/不合格 and P/F, about 7% failing with the typical failed items of the category,
 * manufacturers with credit codes (a share of them enterprises the platform knows, read from a TSV of
 * name, credit code) and about 0.3% rows that must be refused (bad date, negative quantity, wrong check digit).
 *
 * Usage: java bench/ImportSheets.java csv|xlsx ROWS OUT-FILE [known-enterprises.tsv]
 * Prints the expected counts: rows, refused, failing, and the sequence columns for the mapping.
 */
public class ImportSheets {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final String[][] CATEGORIES = {
            {"空气净化器", "家用空气净化器", "KJ", "洁净空气量(条款5.2;实测182m³/h;要求≥200m³/h)、噪声"},
            {"电饭锅", "电饭煲", "FB", "输入功率和电流(条款10;实测+18%;要求±10%)、标志和说明"},
            {"智能马桶盖", "智能坐便器盖", "ZN", "泄漏电流(条款13;实测0.92mA;要求≤0.75mA)"},
            {"智能手机", "智能手机", "SJ", "比吸收率(条款4;实测2.3W/kg;要求≤2.0W/kg)"},
            {"纸尿裤", "婴儿纸尿裤", "NK", "渗透性能(回渗量)(条款5.3;实测12.1g;要求≤10.0g)"},
            {"玩具", "塑胶玩具", "WJ", "邻苯二甲酸酯增塑剂(条款4.2;实测0.35%;要求≤0.1%)、小零件"},
            {"童装", "婴幼儿连体衣", "TZ", "绳带、纤维含量"},
            {"厨具", "不锈钢锅", "CJ", "锰迁移量(条款4.4;实测0.42mg/kg;要求≤0.1mg/kg)"},
            {"床上用品", "纯棉四件套", "CS", "甲醛含量(条款5.1;实测86mg/kg;要求≤75mg/kg)、pH值"},
            {"家具", "实木餐桌", "JJ", "甲醛释放量(条款5.3;实测0.28mg/m³;要求≤0.124mg/m³)"}};
    static final String[] CITIES = {"杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"};
    static final String[] CITY_CODES = {"330100", "330200", "330300", "330400", "330500", "330600", "330700", "330800", "330900", "331000", "331100"};
    static final String[] INSTITUTIONS = {"浙江省质量科学研究院", "浙江省产品质量安全科学研究院", "杭州市质量技术监督检测院", "宁波市产品食品质量检验研究院"};
    static final List<String> TOP = List.of("序号", "产品类别", "产品名称", "商标", "规格型号", "生产日期或批号", "标称生产企业", "",
            "统一社会信用代码", "被抽样单位名称", "所属地市", "抽样日期", "检验结论（合格/不合格）", "不合格项目", "承检机构", "报告编号", "抽样数量");
    static final List<String> SUB = List.of("", "", "", "", "", "", "名称", "地址", "", "", "", "", "", "", "", "", "");

    interface Sheet {
        void row(List<String> cells) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        String format = args[0];
        long rows = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        List<String[]> known = args.length > 3 ? known(Path.of(args[3])) : List.of();
        Random random = new Random(20261201L);
        long[] counts = new long[2];
        if (format.equals("csv")) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
                w.write('\uFEFF');
                write(cells -> csvLine(w, cells), rows, known, random, counts);
            }
        } else {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
                Xlsx xlsx = new Xlsx(zip);
                write(xlsx::row, rows, known, random, counts);
                xlsx.finish();
            }
        }
        System.out.printf("rows=%d refused=%d failing=%d%n", rows, counts[0], counts[1]);
    }

    static void write(Sheet sheet, long rows, List<String[]> known, Random random, long[] counts) throws IOException {
        sheet.row(List.of("2026年浙江省消费品质量监督抽查结果"));
        sheet.row(List.of("发布单位：浙江省市场监督管理局", "", "", "发布日期：2026年11月20日"));
        sheet.row(TOP);
        sheet.row(SUB);
        for (long i = 1; i <= rows; i++) {
            if (i % 5000 == 0) {
                sheet.row(TOP);
            }
            sheet.row(row(i, known, random, counts));
        }
    }

    static List<String> row(long i, List<String[]> known, Random random, long[] counts) {
        String[] category = CATEGORIES[(int) (i % CATEGORIES.length)];
        int city = random.nextInt(CITIES.length);
        boolean fail = random.nextInt(1000) < 70;
        String name;
        String code;
        int who = random.nextInt(100);
        if (who < 25 && !known.isEmpty()) {             // an enterprise the platform knows, by credit code
            String[] enterprise = known.get(random.nextInt(known.size()));
            name = enterprise[0];
            code = enterprise[1];
        } else if (who < 30 && !known.isEmpty()) {      // known by name only
            name = known.get(random.nextInt(known.size()))[0];
            code = "/";
        } else {
            int serial = random.nextInt(40000);
            name = "浙江" + category[0] + "制造有限公司" + serial;
            code = code(CITY_CODES[serial % CITY_CODES.length], serial);
        }
        String quantity = Integer.toString(2 + random.nextInt(6));
        String sampled = date(random);
        int bad = random.nextInt(1000);
        if (bad == 0) {
            sampled = "2026-13-45";
            counts[0]++;
        } else if (bad == 1) {
            quantity = "-" + quantity;
            counts[0]++;
        } else if (bad == 2 && code.length() == 18) {
            code = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
            counts[0]++;
        } else if (fail) {
            counts[1]++;
        }
        String report = "ZJ2026" + category[2] + String.format("%08d", i);
        return List.of(Long.toString(i), category[0], i % 50 == 0 ? full(category[1]) : category[1],
                random.nextInt(10) == 0 ? "/" : "品牌" + random.nextInt(500), category[2] + "-" + (100 + random.nextInt(900)),
                random.nextBoolean() ? "2026" + String.format("%02d%02d", 1 + random.nextInt(9), 1 + random.nextInt(28)) : "批号" + random.nextInt(99999),
                name, "浙江省" + CITIES[city] + "工业路" + random.nextInt(300) + "号", code,
                CITIES[city].replace("市", "") + "商贸有限公司" + random.nextInt(5000), CITIES[city], sampled,
                fail ? (random.nextBoolean() ? "不合格" : "F") : (random.nextBoolean() ? "合格" : "P"), fail ? category[3] : "/",
                INSTITUTIONS[city % INSTITUTIONS.length], i % 97 == 0 ? full(report) : report, quantity);
    }

    static String date(Random random) {
        int month = 3 + random.nextInt(8);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(5)) {
            case 0 -> String.format("2026-%02d-%02d", month, day);
            case 1 -> "2026/" + month + "/" + day;
            case 2 -> "2026年" + month + "月" + day + "日";
            case 3 -> "2026." + month + "." + day;
            default -> Long.toString(java.time.LocalDate.of(2026, month, day).toEpochDay()
                    - java.time.LocalDate.of(1899, 12, 30).toEpochDay());
        };
    }

    static String code(String region, int serial) {
        String body = "91" + region + String.format("MA%07d", serial);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += ALPHABET.indexOf(body.charAt(k)) * WEIGHTS[k];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Full-width letters, digits and signs, with an ideographic space at the end, as some publishers type. */
    static String full(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return sb.append('\u3000').toString();
    }

    static List<String[]> known(Path tsv) throws IOException {
        List<String[]> list = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && parts[1].length() == 18) {
                list.add(parts);
            }
        }
        return list;
    }

    static void csvLine(Writer w, List<String> cells) throws IOException {
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k);
            if (k > 0) {
                w.write(',');
            }
            w.write(c.indexOf(',') >= 0 || c.indexOf('"') >= 0 ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        w.write("\r\n");
    }

    /** A minimal XLSX written as it streams: inline strings, numbers for the serial dates, one merged cell. */
    static final class Xlsx {
        private final ZipOutputStream zip;
        private final Writer sheet;
        private int r;

        Xlsx(ZipOutputStream zip) throws IOException {
            this.zip = zip;
            entry("[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            entry("_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entry("xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="抽查结果" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry("xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        }

        void row(List<String> cells) throws IOException {
            r++;
            sheet.write("<row r=\"" + r + "\">");
            for (int k = 0; k < cells.size(); k++) {
                String c = cells.get(k);
                if (c.isEmpty()) {
                    continue;
                }
                String ref = (char) ('A' + k) + Integer.toString(r);
                if (k == 11 && c.matches("\\d{5}")) {
                    sheet.write("<c r=\"" + ref + "\"><v>" + c + "</v></c>");
                } else {
                    sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + c.replace("&", "&amp;").replace("<", "&lt;")
                            + "</t></is></c>");
                }
            }
            sheet.write("</row>");
        }

        void finish() throws IOException {
            sheet.write("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"G3:H3\"/></mergeCells></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }

        private void entry(String name, String text) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
