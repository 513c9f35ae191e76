package org.qualitymonth.organization.domain;

import java.util.List;
import java.util.Optional;
import org.qualitymonth.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the region tree for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private final Regions regions;

    RegionDirectory(Regions regions) {
        this.regions = regions;
    }

    public List<Region> provinces() {
        return regions.findByLevelOrderByCode(RegionCode.Level.PROVINCE);
    }

    public List<Region> children(String parentCode) {
        return regions.findByParentCodeOrderByCode(parentCode);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    /**
     * Regions an actor may place organisations in: for the national scope provinces and cities, otherwise
     * the scope's own region with everything below it.
     */
    public List<Region> selectableFor(String scopeRegionCode) {
        List<Region> result = new java.util.ArrayList<>();
        if (scopeRegionCode == null) {
            for (Region province : provinces()) {
                result.add(province);
                result.addAll(children(province.code()));
            }
            return result;
        }
        regions.findById(scopeRegionCode).ifPresent(root -> addSubtree(root, result));
        return result;
    }

    private void addSubtree(Region region, List<Region> into) {
        into.add(region);
        for (Region child : children(region.code())) {
            addSubtree(child, into);
        }
    }

    /** "浙江省 宁波市 海曙区" for each code, in the given language; municipalities are not repeated. */
    public java.util.Map<String, String> fullNames(java.util.Collection<String> codes, java.util.Locale locale) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String code : codes) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            Region region = code == null ? null : regions.findById(code).orElse(null);
            while (region != null) {
                String name = region.name(locale);
                if (parts.isEmpty() || !parts.get(0).equals(name)) {
                    parts.add(0, name);
                }
                region = region.parentCode() == null ? null : regions.findById(region.parentCode()).orElse(null);
            }
            if (code != null) {
                names.put(code, String.join(" ", parts));
            }
        }
        return names;
    }
}
