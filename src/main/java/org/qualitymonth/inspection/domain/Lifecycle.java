package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.BusinessException;

/**
 * What follows a failed result, and the only moves between its stages: the result is served on the
 * enterprise (or, when it cannot be reached, by a 15-day public notice, served when that ends); the
 * enterprise may object within 15 days of service and have the sample re-tested; a confirmed failure goes
 * to disposal, and disposal ends with a re-check.
 */
public final class Lifecycle {

    /** Days to object after service; also the length of a public notice. */
    public static final int WINDOW_DAYS = 15;

    public enum Stage { FAILED, NOTIFIED, PUBLIC_NOTICE, OBJECTED, DISPOSAL, RECHECK, CLOSED, OVERTURNED }

    public enum Step { SERVE_NOTICE, PUBLISH_NOTICE, OBJECT, RETEST, CONFIRM, DISPOSE, RECHECK }

    /** A stage and the date its window ends (the objection deadline), if it has one. */
    public record Position(Stage stage, LocalDate deadline) {
    }

    private Lifecycle() {
    }

    /**
     * The position after {@code step} taken on {@code on}; {@code outcome} is the re-test or re-check
     * conclusion for those steps and ignored otherwise.
     */
    public static Position next(Position from, Step step, LocalDate on, Conclusion outcome) {
        return switch (step) {
            case SERVE_NOTICE -> {
                require(from.stage() == Stage.FAILED);
                yield new Position(Stage.NOTIFIED, on.plusDays(WINDOW_DAYS));
            }
            case PUBLISH_NOTICE -> {
                require(from.stage() == Stage.FAILED);
                yield new Position(Stage.PUBLIC_NOTICE, on.plusDays(2L * WINDOW_DAYS));
            }
            case OBJECT -> {
                require(served(from));
                if (on.isAfter(from.deadline())) {
                    throw BusinessException.conflict("inspection.objection-late");
                }
                yield new Position(Stage.OBJECTED, null);
            }
            case RETEST -> {
                require(from.stage() == Stage.OBJECTED && outcome != null && outcome != Conclusion.REFUSED);
                yield outcome == Conclusion.PASS ? new Position(Stage.OVERTURNED, null) : new Position(Stage.DISPOSAL, null);
            }
            case CONFIRM -> {
                require(served(from));
                if (!on.isAfter(from.deadline())) {
                    throw BusinessException.conflict("inspection.window-open");
                }
                yield new Position(Stage.DISPOSAL, null);
            }
            case DISPOSE -> {
                require(from.stage() == Stage.DISPOSAL);
                yield new Position(Stage.RECHECK, null);
            }
            case RECHECK -> {
                require(from.stage() == Stage.RECHECK && outcome != null && outcome != Conclusion.REFUSED);
                yield outcome == Conclusion.PASS ? new Position(Stage.CLOSED, null) : new Position(Stage.DISPOSAL, null);
            }
        };
    }

    private static boolean served(Position from) {
        return from.stage() == Stage.NOTIFIED || from.stage() == Stage.PUBLIC_NOTICE;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw BusinessException.conflict("inspection.step-not-allowed");
        }
    }
}
