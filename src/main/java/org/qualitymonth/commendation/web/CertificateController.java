package org.qualitymonth.commendation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.qualitymonth.commendation.domain.CertificateService;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Certificate verification, where the QR code leads: a number the register holds is shown as genuine with
 * what it was awarded for; any other number gets a clear "not genuine" page. The PDF is public like the decision.
 */
@Controller
class CertificateController {

    private final CertificateService certificates;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;

    CertificateController(CertificateService certificates, CampaignCatalog campaign, OrganizationLookup organizations) {
        this.certificates = certificates;
        this.campaign = campaign;
        this.organizations = organizations;
    }

    @GetMapping("/certificates")
    String lookup(@RequestParam(required = false) String number) {
        if (number != null && !number.isBlank()) {
            return "redirect:/certificates/" + UriUtils.encodePathSegment(number.strip(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "commendation/verify-form";
    }

    @GetMapping("/certificates/{number}")
    String verify(@PathVariable String number, Model model, HttpServletResponse response) {
        var found = certificates.find(number);
        model.addAttribute("number", number.length() > 60 ? number.substring(0, 60) : number);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "commendation/not-genuine";
        }
        var certificate = found.get();
        model.addAttribute("certificate", certificate);
        model.addAttribute("edition", campaign.published(certificate.editionYear()).orElse(null));
        model.addAttribute("provinceName", organizations.regionNames(java.util.List.of(certificate.provinceCode()),
                LocaleContextHolder.getLocale()).getOrDefault(certificate.provinceCode(), certificate.provinceCode()));
        return "commendation/verify";
    }

    @GetMapping("/certificates/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        byte[] pdf = certificates.pdf(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"certificate-" + number.strip() + ".pdf\"").body(pdf);
    }
}
