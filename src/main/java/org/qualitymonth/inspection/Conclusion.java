package org.qualitymonth.inspection;

/** A spot-check result: pass (合格), fail (不合格) or refusal to be sampled (拒检). */
public enum Conclusion {
    PASS, FAIL, REFUSED;

    public String messageKey() {
        return "inspection.conclusion." + name();
    }
}
