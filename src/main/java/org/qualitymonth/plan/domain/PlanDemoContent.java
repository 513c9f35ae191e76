package org.qualitymonth.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plan texts in the plan's own terms, varied per organisation. */
final class PlanDemoContent {

    private static final String[][] TASKS = {
            {"质量品牌提升", "组织重点消费品企业开展对标达标，推广精益制造等先进质量管理方法", "市场监管局质量发展处"},
            {"质量整治", "围绕儿童用品、电器等重点产品开展监督抽查和集中整治", "市场监管局产品质量安全监督管理处"},
            {"质量宣传", "举办“质量月”启动仪式，统一使用活动标识，张贴海报、播放公益广告", "市场监管局办公室"},
            {"群众性质量活动", "组织QC小组成果发表和技术比武，开展质量素养提升培训", "市总工会、市质量协会"},
            {"质量品牌提升", "推行企业产品标准自我声明公开，组织企业标准“领跑者”评估", "市场监管局标准化处"},
            {"质量宣传", "公布一批守信企业名单，曝光一批质量问题和典型案件", "市场监管局信用监管处"}};

    private PlanDemoContent() {
    }

    static PlanContent forOrganization(String name, int year, Random random) {
        List<PlanContent.WorkItem> items = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] task = TASKS[(i + random.nextInt(TASKS.length)) % TASKS.length];
            items.add(new PlanContent.WorkItem(task[0], task[1], task[2], null, LocalDate.of(year, 9, 10 + random.nextInt(20))));
        }
        return new PlanContent(name + year + "年“质量月”活动方案",
                "以“提升供给质量 建设质量强国”为主题，围绕四个活动重点，推动本地区质量工作再上新台阶，增强群众质量获得感。",
                items, "安排专项工作经费" + (5 + random.nextInt(45)) + "万元，用于宣传、培训和抽查检验。",
                "将“质量月”活动开展情况纳入质量工作考核。", "启动仪式、质量开放日、QC成果发表会、质量知识竞赛。", random.nextBoolean());
    }
}
