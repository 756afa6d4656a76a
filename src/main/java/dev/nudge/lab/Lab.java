package dev.nudge.lab;

import dev.nudge.math.MathException;
import dev.nudge.math.Rational;

/**
 * The lab's behaviour as a pure function: the model and one input in, the next model out. No I/O, no clock: the
 * runtime sends {@link LabInput#TICK} while a descent runs. Total: an input whose result cannot be computed (a
 * division by zero, numbers past the engine's limits) leaves the model as it was, paused, with a notice saying why.
 */
public final class Lab {
    private static final String CANNOT_COMPUTE = "lab.notice.cannotCompute";

    private Lab() {
    }

    public static LabUpdate update(LabModel model, LabInput input) {
        return guarded(model, () -> unchecked(model, input));
    }

    /**
     * The lab with parameter {@code name} set to {@code value}, as typed line by line where there are no arrows to
     * move it; the descent pauses, as it does when a parameter is moved by hand.
     */
    public static LabUpdate set(LabModel model, String name, Rational value) {
        if (!model.parameters().contains(name)) {
            return LabUpdate.to(model.withNotice("lab.notice.noSuchParameter", name));
        }
        return guarded(model, () -> LabUpdate.to(model.withValue(name, value).withRunning(false)));
    }

    /** The update {@code work} computes, checked; or the model paused with the reason it cannot be computed. */
    private static LabUpdate guarded(LabModel model, java.util.function.Supplier<LabUpdate> work) {
        try {
            var update = work.get();
            var next = update.model().checked();
            return new LabUpdate(next.withAxes(LossAxes.following(next.axes(), next)), update.leaves());
        } catch (MathException cannotCompute) {
            return LabUpdate.to(model.withRunning(false).withNotice(LabNotice.quoting(CANNOT_COMPUTE, cannotCompute)));
        }
    }

    private static LabUpdate unchecked(LabModel model, LabInput input) {
        if (model.help()) {
            boolean closes = input == LabInput.HELP || input == LabInput.LEAVE;
            return LabUpdate.to(closes ? model.withHelp(false) : input == LabInput.TICK ? tick(model) : model);
        }
        switch (input) {
            case LEAVE:
                return new LabUpdate(model.withRunning(false), true);
            case HELP:
                return LabUpdate.to(model.withHelp(true));
            case TICK:
                return LabUpdate.to(tick(model));
            default:
                return LabUpdate.to(onCommand(model, input));
        }
    }

    private static LabModel onCommand(LabModel model, LabInput input) {
        switch (input) {
            case NEXT_PARAMETER:
                return model.withSelected((model.selected() + 1) % model.parameters().size());
            case PREVIOUS_PARAMETER:
                int count = model.parameters().size();
                return model.withSelected((model.selected() + count - 1) % count);
            case INCREASE:
                return moved(model, model.step());
            case DECREASE:
                return moved(model, model.step().negate());
            case COARSER_STEP:
                return model.withStep(LabModel.STEPS.get(Math.max(0, LabModel.STEPS.indexOf(model.step()) - 1)));
            case FINER_STEP:
                return model.withStep(LabModel.STEPS.get(
                        Math.min(LabModel.STEPS.size() - 1, LabModel.STEPS.indexOf(model.step()) + 1)));
            case HIGHER_RATE:
                return model.withRate(RateLadder.above(model.rate()));
            case LOWER_RATE:
                return model.withRate(RateLadder.below(model.rate()));
            default:
                return onDescentCommand(model, input);
        }
    }

    private static LabModel onDescentCommand(LabModel model, LabInput input) {
        switch (input) {
            case DESCEND:
                return descend(model.withRunning(false));
            case RUN_OR_PAUSE:
                return model.running() ? model.withRunning(false) : startRunning(model);
            case RESET:
                return LabModel.start(model.setup()).withKind(model.kind()).withLogScale(model.logScale())
                        .withStep(model.step());
            case SWITCH_LOSS:
                return model.withKind(model.kind().other());
            case LOG_SCALE:
                return model.withLogScale(!model.logScale());
            case RESCALE:
                return model.withAxes(LossAxes.around(model));
            default:
                return model;
        }
    }

    private static LabModel moved(LabModel model, Rational by) {
        var name = model.selectedName();
        return model.withValue(name, model.values().get(name).add(by)).withRunning(false);
    }

    private static LabModel startRunning(LabModel model) {
        if (model.blownUp()) {
            return blownUp(model);
        }
        return model.converged() ? converged(model) : model.withRunning(true);
    }

    /**
     * A running descent's steps at one tick: one at first, so the learner can follow the first steps, then more as
     * the run goes on, so that a descent of a few hundred steps (a network's) ends in seconds, not a minute.
     */
    private static LabModel tick(LabModel model) {
        if (!model.running()) {
            return model;
        }
        var next = model;
        for (int i = Descent.stepsPerTick(model.steps()); i > 0; i--) {
            next = descend(next);
            if (next.notice().isPresent()) {
                return next.withRunning(false).withNotice(next.notice().get());
            }
        }
        return next;
    }

    private static LabModel descend(LabModel model) {
        if (model.blownUp()) {
            return blownUp(model.withRunning(false));
        }
        var next = model.afterStep(Descent.step(model));
        if (next.blownUp()) {
            return blownUp(next);
        }
        return next.converged() ? converged(next) : next;
    }

    /** The model with the notice that every slope is below the tolerance, after how many steps. */
    private static LabModel converged(LabModel model) {
        var key = model.steps() == 0 ? "lab.notice.convergedAlready"
                : model.steps() == 1 ? "lab.notice.convergedInOne" : "lab.notice.converged";
        return model.withNotice(key, String.valueOf(model.steps()), Descent.TOLERANCE.toString());
    }

    /** The model with the notice that the loss passed the limit, after how many steps (if it was the descent). */
    private static LabModel blownUp(LabModel model) {
        if (model.steps() == 0) {
            return model.withNotice("lab.notice.tooLargeToDescend");
        }
        var key = model.steps() == 1 ? "lab.notice.blownUpInOne" : "lab.notice.blownUp";
        return model.withNotice(key, String.valueOf(model.steps()));
    }
}
