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
}
