package org.qualitymonth.organization.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.organization.domain.Region;
import org.qualitymonth.organization.domain.RegionDirectory;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.RegionCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "GB/T 2260 administrative divisions (public)")
class RegionApiController {

    private final RegionDirectory regions;

    RegionApiController(RegionDirectory regions) {
        this.regions = regions;
    }

    record RegionView(String code, String parentCode, RegionCode.Level level, String name, String nameZhCn) {

        static RegionView of(Region region, Locale locale) {
            return new RegionView(region.code(), region.parentCode(), region.level(), region.name(locale), region.nameZhCn());
        }
    }

    @GetMapping
    List<RegionView> provinces() {
        Locale locale = LocaleContextHolder.getLocale();
        return regions.provinces().stream().map(r -> RegionView.of(r, locale)).toList();
    }

    @GetMapping("/{code}")
    RegionView get(@PathVariable String code) {
        return RegionView.of(find(code), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return regions.children(find(code).code()).stream().map(r -> RegionView.of(r, locale)).toList();
    }

    private Region find(String code) {
        if (!RegionCode.isWellFormed(code)) {
            throw BusinessException.invalid("region.format");
        }
        return regions.find(code).orElseThrow(() -> BusinessException.notFound("region.unknown", code));
    }
}
