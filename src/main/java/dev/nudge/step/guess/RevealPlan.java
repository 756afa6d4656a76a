package dev.nudge.step.guess;

import dev.nudge.lesson.SourceText;
import dev.nudge.lesson.StepBlock;
import dev.nudge.lesson.Term;
import dev.nudge.lesson.TermUse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which stages of its reveal a guess shows. A guess early in the course shows only what the course has taught by
 * then ({@code reveal: loss}); a later one shows every stage. Choosing and the verdict are always part of it.
 *
 * @param stages the stages shown, choosing and the verdict included
 * @param line the line of the {@code reveal:} key, or of the block when it has none, for messages
 * @param expansionWord where the block names {@code expansion}, when it does, for a message that it cannot be shown
 */
public record RevealPlan(Set<RevealStage> stages, int line, Optional<SourceText> expansionWord) {
    public RevealPlan {
        stages = Set.copyOf(stages);
        if (!stages.contains(RevealStage.CHOOSING) || !stages.contains(RevealStage.VERDICT)) {
            throw new IllegalArgumentException("every reveal starts with choosing and ends with the verdict");
        }
    }

    /** Every stage: what a guess shows when its block does not say. */
    public static RevealPlan all(int line) {
        return new RevealPlan(EnumSet.allOf(RevealStage.class), line, Optional.empty());
    }

    /**
     * The stages {@code text} names ({@code loss, nudge}), reported on {@code block} when a name is unknown or a
     * stage is named without one it needs (the update needs the derivatives it multiplies by the rate, the change
     * needs the update it measures).
     */
    public static RevealPlan read(Optional<SourceText> text, StepBlock block) {
        if (text.isEmpty()) {
            return all(block.opening().line());
        }
        var stages = EnumSet.of(RevealStage.CHOOSING, RevealStage.VERDICT);
        Optional<SourceText> expansionWord = Optional.empty();
        for (var part : StepBlock.split(text.get(), ',')) {
            var word = part.strip();
            var stage = Arrays.stream(RevealStage.values()).filter(s -> authored(s) && word(s).equals(word.text()))
                    .findFirst();
            if (stage.isEmpty()) {
                block.report(word, "unknown reveal stage \"" + word.text() + "\""
                        + StepBlock.didYouMean(word.text(), words()) + "; the stages are " + String.join(", ", words()));
            } else {
                stages.add(stage.get());
                if (stage.get() == RevealStage.EXPANSION) {
                    expansionWord = Optional.of(word);
                }
            }
        }
        needs(stages, RevealStage.UPDATE, RevealStage.DERIVATIVES, text.get(), block);
        needs(stages, RevealStage.CHANGE, RevealStage.UPDATE, text.get(), block);
        return new RevealPlan(stages, text.get().line(), expansionWord);
    }

    /**
     * The plan for a loss that does not multiply out (it applies relu): the same stages without the expansion, which
     * such a loss does not have. The checker reports a block that names it; a default plan simply leaves it out.
     */
    RevealPlan withoutExpansion() {
        var kept = EnumSet.copyOf(stages);
        kept.remove(RevealStage.EXPANSION);
        return new RevealPlan(kept, line, Optional.empty());
    }

    private static void needs(Set<RevealStage> stages, RevealStage stage, RevealStage needed, SourceText text,
            StepBlock block) {
        if (stages.contains(stage) && !stages.contains(needed)) {
            block.report(text, "the reveal stage \"" + word(stage) + "\" needs \"" + word(needed) + "\" too");
        }
    }

    public boolean shows(RevealStage stage) {
        return stages.contains(stage);
    }

    /** The first stage after choosing: where submitting a guess goes. */
    RevealStage first() {
        return next(RevealStage.CHOOSING);
    }

    /** The next stage shown after {@code stage}; the verdict stays the verdict. */
    RevealStage next(RevealStage stage) {
        var next = stage.next();
        while (!shows(next)) {
            next = next.next();
        }
        return next;
    }

    /** The stage shown before {@code stage}; choosing stays choosing. */
    RevealStage previous(RevealStage stage) {
        var previous = stage.previous();
        while (!shows(previous)) {
            previous = previous.previous();
        }
        return previous;
    }

    /** The number of {@code stage} among the stages shown, counting from 1 after choosing. */
    int number(RevealStage stage) {
        return (int) stages.stream().filter(s -> s != RevealStage.CHOOSING && s.ordinal() <= stage.ordinal()).count();
    }

    /** The terms the stages shown rely on, for the check that nothing is used before it is introduced. */
    List<TermUse> uses() {
        var uses = new ArrayList<TermUse>();
        for (var stage : RevealStage.values()) {
            if (shows(stage)) {
                stage.terms().forEach(term -> uses.add(new TermUse(term, line,
                        "the reveal stage \"" + word(stage) + "\"")));
            }
        }
        return uses;
    }

    /** Whether an author names the stage: choosing and the verdict are always there. */
    private static boolean authored(RevealStage stage) {
        return stage != RevealStage.CHOOSING && stage != RevealStage.VERDICT;
    }

    private static String word(RevealStage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> words() {
        return Arrays.stream(RevealStage.values()).filter(RevealPlan::authored).map(RevealPlan::word).toList();
    }
}
