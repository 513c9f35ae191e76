package org.qualitymonth.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.qualitymonth.activity.domain.SignupLimiter;
import org.qualitymonth.activity.domain.SignupService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public sign-up for apps and mini-programs: the same rules as the page, answers as JSON. */
@RestController
@Tag(name = "activities", description = "Public sign-up for Quality Month activities")
class SignupApiController {

    record SignupRequest(String name, String contact) {
    }

    private final SignupService signups;
    private final SignupLimiter limiter;
    private final MessageSource messages;

    SignupApiController(SignupService signups, SignupLimiter limiter, MessageSource messages) {
        this.signups = signups;
        this.limiter = limiter;
        this.messages = messages;
    }

    @PostMapping("/api/v1/activities/{id}/signups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign up for an activity open to the public; a full activity puts the person on its waiting list")
    SignupService.Signup signUp(@PathVariable long id, @RequestBody SignupRequest request, HttpServletRequest http) {
        limiter.check(http.getRemoteAddr());
        return signups.signUp(id, request.name(), request.contact());
    }

    @ExceptionHandler(SignupLimiter.LimitExceeded.class)
    ResponseEntity<ProblemDetail> limited(SignupLimiter.LimitExceeded e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
        problem.setType(URI.create("/problems/" + e.code()));
        problem.setTitle(messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "60").body(problem);
    }
}
