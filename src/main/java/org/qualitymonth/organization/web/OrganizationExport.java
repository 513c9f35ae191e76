package org.qualitymonth.organization.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.domain.OrganizationFilter;
import org.qualitymonth.organization.domain.OrganizationService;
import org.qualitymonth.organization.domain.RegionDirectory;
import org.qualitymonth.platform.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Streams the filtered organisation list to Excel with localized headers and values. */
@Component
class OrganizationExport {

    private static final List<String> HEADERS = List.of("org.field.name", "org.field.type", "org.field.creditCode",
            "org.field.region", "org.field.category", "org.field.demonstrationCity", "org.field.qualityAward",
            "org.field.centralEnterprise", "org.field.sizeClass", "org.field.contactPerson", "org.field.contactPhone");

    private final OrganizationService organizations;
    private final RegionDirectory regions;
    private final MessageSource messages;

    OrganizationExport(OrganizationService organizations, RegionDirectory regions, MessageSource messages) {
        this.organizations = organizations;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public void write(Actor actor, OrganizationFilter filter, String sort, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        HEADERS.forEach(key -> headers.add(messages.getMessage(key, null, locale)));
        ExcelExport.write(out, messages.getMessage("org.list.title", null, locale), headers,
                organizations.stream(actor, filter, sort), o -> {
                    List<Object> row = new ArrayList<>();
                    row.add(o.name());
                    row.add(messages.getMessage("orgType." + o.type(), null, locale));
                    row.add(o.creditCode());
                    row.add(regions.find(o.regionCode()).map(r -> r.name(locale) + " (" + r.code() + ")").orElse(""));
                    row.add(o.categoryCode() == null ? "" : messages.getMessage("category." + o.categoryCode(), null, locale));
                    row.add(messages.getMessage(o.demonstrationCity() ? "common.yes" : "common.no", null, locale));
                    row.add(messages.getMessage("award." + o.qualityAward(), null, locale));
                    row.add(messages.getMessage(o.centralEnterprise() ? "common.yes" : "common.no", null, locale));
                    row.add(o.sizeClass() == null ? "" : messages.getMessage("size." + o.sizeClass(), null, locale));
                    row.add(o.contactPerson());
                    row.add(o.contactPhone());
                    return row;
                });
    }
}
