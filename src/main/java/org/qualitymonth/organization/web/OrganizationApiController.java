package org.qualitymonth.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.organization.domain.OrganizationData;
import org.qualitymonth.organization.domain.OrganizationFilter;
import org.qualitymonth.organization.domain.OrganizationService;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations", description = "Organisations within the caller's data scope")
class OrganizationApiController {

    private final OrganizationService organizations;

    OrganizationApiController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    record PageView(List<OrganizationView> items, int page, int size, long total) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    @Operation(summary = "Search organisations in scope; sort by name, creditCode, region, type or updated (prefix - for descending)")
    PageView list(@AuthenticationPrincipal UserPrincipal user, OrganizationFilter filter,
                  @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "25") int size) {
        Page<OrganizationView> result = organizations.search(user.actor(), filter, sort, page, size).map(OrganizationView::of);
        return new PageView(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    OrganizationView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
        return OrganizationView.of(organizations.get(user.actor(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('org:write')")
    ResponseEntity<OrganizationView> create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody OrganizationData data) {
        OrganizationView created = OrganizationView.of(organizations.create(user.actor(), data));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('org:write')")
    @Operation(summary = "Replace an organisation's data; send If-Match with the version read to avoid lost updates")
    OrganizationView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            @Valid @RequestBody OrganizationData data) {
        Long version = ifMatch == null ? null : parseVersion(ifMatch);
        return OrganizationView.of(organizations.update(user.actor(), id, data, version));
    }

    private static Long parseVersion(String ifMatch) {
        String digits = ifMatch.replace("\"", "").replace("W/", "").strip();
        if (!digits.matches("\\d{1,18}")) {
            throw org.qualitymonth.shared.BusinessException.invalid("bad-request");
        }
        return Long.parseLong(digits);
    }
}
