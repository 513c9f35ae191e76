package org.qualitymonth.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A published draw: who drew how many of which candidates, with which seed, and what came out. Never changed. */
@Entity
@Immutable
@Table(name = "supervision_draw")
public class Draw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "edition_year")
    private int editionYear;
    @Column(name = "scope_code")
    private String scopeCode;
    private String candidates;
    @Column(name = "draw_count")
    private int drawCount;
    private String seed;
    private String result;
    @Column(name = "drawn_by")
    private String drawnBy;
    @Column(name = "drawn_at")
    private Instant drawnAt;

    protected Draw() {
    }

    Draw(int editionYear, String scopeCode, List<String> candidates, int drawCount, String seed, List<String> result,
         String drawnBy, Instant drawnAt) {
        this.editionYear = editionYear;
        this.scopeCode = scopeCode;
        this.candidates = String.join(",", candidates);
        this.drawCount = drawCount;
        this.seed = seed;
        this.result = String.join(",", result);
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public Long id() { return id; }
    public int editionYear() { return editionYear; }
    public String scopeCode() { return scopeCode; }
    public List<String> candidates() { return Arrays.asList(candidates.split(",")); }
    public int drawCount() { return drawCount; }
    public String seed() { return seed; }
    public List<String> result() { return Arrays.asList(result.split(",")); }
    public String drawnBy() { return drawnBy; }
    public Instant drawnAt() { return drawnAt; }
}
