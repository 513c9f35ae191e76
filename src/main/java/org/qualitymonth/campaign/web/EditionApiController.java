package org.qualitymonth.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.campaign.domain.EditionData;
import org.qualitymonth.campaign.domain.EditionService;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "editions", description = "Quality Month campaign editions and the key consumer-goods categories")
class EditionApiController {

    private final EditionService editions;
    private final MessageSource messages;

    EditionApiController(EditionService editions, MessageSource messages) {
        this.editions = editions;
        this.messages = messages;
    }

    @GetMapping("/editions")
    @Operation(summary = "Published editions, newest first")
    List<EditionView> published() {
        return editions.publishedEditions();
    }

    @GetMapping("/editions/current")
    EditionView current() {
        return editions.current().orElseThrow(() -> BusinessException.notFound("edition.not-found"));
    }

    @GetMapping("/editions/{year}")
    EditionView byYear(@PathVariable int year) {
        return editions.published(year).orElseThrow(() -> BusinessException.notFound("edition.not-found"));
    }

    @PostMapping("/editions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('edition:manage')")
    EditionView create(@Valid @RequestBody EditionData data) {
        return editions.create(data);
    }

    @PutMapping("/editions/{year}")
    @PreAuthorize("hasAuthority('edition:manage')")
    EditionView update(@PathVariable int year, @Valid @RequestBody EditionData data) {
        return editions.update(year, data, null);
    }

    @PostMapping("/editions/{year}/publish")
    @PreAuthorize("hasAuthority('edition:manage')")
    EditionView publish(@PathVariable int year) {
        return editions.publish(year);
    }

    record CategoryView(String code, String name) {
    }

    @GetMapping("/categories")
    @Operation(summary = "The 10 key consumer-goods categories of the campaign")
    List<CategoryView> categories() {
        return java.util.Arrays.stream(ProductCategory.values())
                .map(c -> new CategoryView(c.name(), messages.getMessage(c.messageKey(), null, LocaleContextHolder.getLocale())))
                .toList();
    }
}
