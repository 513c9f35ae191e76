package org.qualitymonth.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.plan.domain.PlanContent;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan page's form: the content plus fixed slots for work items; empty slots are dropped. */
public class PlanForm {

    static final int MIN_SLOTS = 5;

    private String title;
    private String objectives;
    private String budget;
    private String policySupport;
    private String expectedActivities;
    private boolean publicPlan;
    private List<Item> workItems = new ArrayList<>();

    static PlanForm of(PlanContent content) {
        PlanForm form = new PlanForm();
        form.title = content.title();
        form.objectives = content.objectives();
        form.budget = content.budget();
        form.policySupport = content.policySupport();
        form.expectedActivities = content.expectedActivities();
        form.publicPlan = content.publicPlan();
        content.workItems().forEach(w -> form.workItems.add(new Item(w.focusArea(), w.content(), w.responsibleUnit(), w.person(), w.deadline())));
        return form.padded();
    }

    PlanForm padded() {
        int target = Math.max(MIN_SLOTS, workItems.size() + 2);
        while (workItems.size() < target) {
            workItems.add(new Item(null, null, null, null, null));
        }
        return this;
    }

    PlanContent toContent() {
        List<PlanContent.WorkItem> items = workItems.stream().filter(i -> !i.empty())
                .map(i -> new PlanContent.WorkItem(trim(i.focusArea), trim(i.content), trim(i.responsibleUnit), trim(i.person), i.deadline))
                .toList();
        return new PlanContent(trim(title), trim(objectives), items, trim(budget), trim(policySupport), trim(expectedActivities), publicPlan);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static class Item {
        private String focusArea;
        private String content;
        private String responsibleUnit;
        private String person;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        public Item() {
        }

        Item(String focusArea, String content, String responsibleUnit, String person, LocalDate deadline) {
            this.focusArea = focusArea;
            this.content = content;
            this.responsibleUnit = responsibleUnit;
            this.person = person;
            this.deadline = deadline;
        }

        boolean empty() {
            return trim(focusArea) == null && trim(content) == null && trim(responsibleUnit) == null && trim(person) == null && deadline == null;
        }

        public String getFocusArea() { return focusArea; }
        public void setFocusArea(String focusArea) { this.focusArea = focusArea; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public String getResponsibleUnit() { return responsibleUnit; }
        public void setResponsibleUnit(String responsibleUnit) { this.responsibleUnit = responsibleUnit; }
        public String getPerson() { return person; }
        public void setPerson(String person) { this.person = person; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget; }
    public String getPolicySupport() { return policySupport; }
    public void setPolicySupport(String policySupport) { this.policySupport = policySupport; }
    public String getExpectedActivities() { return expectedActivities; }
    public void setExpectedActivities(String expectedActivities) { this.expectedActivities = expectedActivities; }
    public boolean isPublicPlan() { return publicPlan; }
    public void setPublicPlan(boolean publicPlan) { this.publicPlan = publicPlan; }
    public List<Item> getWorkItems() { return workItems; }
    public void setWorkItems(List<Item> workItems) { this.workItems = workItems; }
}
