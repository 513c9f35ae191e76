package org.qualitymonth.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.annotations.Immutable;
import org.qualitymonth.shared.RegionCode;

/** A GB/T 2260 division, reference data loaded by migration and never edited through the platform. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

    @Id
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    private RegionCode.Level level;

    @Column(name = "name_zh_cn")
    private String nameZhCn;

    @Column(name = "name_zh_tw")
    private String nameZhTw;

    @Column(name = "name_en")
    private String nameEn;

    protected Region() {
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public RegionCode.Level level() {
        return level;
    }

    public String name(Locale locale) {
        if (Locale.TRADITIONAL_CHINESE.equals(locale)) {
            return nameZhTw;
        }
        return "en".equals(locale.getLanguage()) ? nameEn : nameZhCn;
    }

    public String nameZhCn() {
        return nameZhCn;
    }
}
