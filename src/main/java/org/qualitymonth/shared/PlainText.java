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
import java.util.regex.Pattern;

/**
 * Plain text without markup or control characters. Text fields never carry HTML: a value that looks like
 * a tag is refused rather than silently altered, so what is stored is exactly what the user sees.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern MARKUP = Pattern.compile("<[/!?a-zA-Z]|&#|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        public static boolean isPlain(String value) {
            return !MARKUP.matcher(value).find();
        }
    }
}
