package org.qualitymonth.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean-validation face of {@link CreditCode}: blank passes (use @NotBlank to require), else GB 32100 must hold. */
@Documented
@Constraint(validatedBy = CreditCodeFormat.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCodeFormat {

    String message() default "{validation.creditCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCodeFormat, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            CreditCode.Problem problem = CreditCode.check(CreditCode.normalise(value));
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{validation.creditCode." + problem.name() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
