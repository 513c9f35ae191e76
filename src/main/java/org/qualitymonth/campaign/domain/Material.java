package org.qualitymonth.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.qualitymonth.campaign.MaterialView;

/** A file of the materials library, shipped with the platform under {@code classpath:materials/}. */
@Entity
@Table(name = "material")
public class Material {

    public enum Kind { LOGO, POSTER, PSA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_year")
    private Integer editionYear;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    private String title;

    @Column(name = "resource_name")
    private String resourceName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "download_count")
    private long downloadCount;

    protected Material() {
    }

    Material(Integer editionYear, Kind kind, String title, String resourceName, String contentType) {
        this.editionYear = editionYear;
        this.kind = kind;
        this.title = title;
        this.resourceName = resourceName;
        this.contentType = contentType;
    }

    public String resourceName() {
        return resourceName;
    }

    public String contentType() {
        return contentType;
    }

    public MaterialView view() {
        return new MaterialView(id, editionYear, kind.name(), title, contentType, downloadCount);
    }
}
