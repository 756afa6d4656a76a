package dev.nudge.math;

import java.util.List;

/**
 * Every problem the math engine can report, as a closed set: a learner's typed answer meets these, and the tutor
 * shows each in the learner's language from the message bundles ({@code math.} and the constant's name), while the
 * engine's own English text here serves the command line and the lesson checker. {@link #DESCRIBED} carries a text
 * written by a caller outside the engine (a command-line option, a lesson header), never a learner's answer.
 */
public enum MathProblem {
    NO_INPUT("there is no input"),
    INPUT_TOO_LONG("the input is longer than {0} characters"),
    UNEXPECTED_CHARACTER("unexpected character '{0}'"),
    BAD_SUBSCRIPT("expected letters or digits and '}' in the subscript"),
    MISSING_SUBSCRIPT("expected a subscript after '_', such as P_1 or P_{10}"),
    UNKNOWN_COMMAND("unknown command '\\{0}'"),
    POWER_OF_POWER("a power of a power needs parentheses, as in (x^2)^3"),
    EXPONENT_NOT_WHOLE("an exponent must be a whole number from 0 to {0}"),
    EXPONENT_TOO_LARGE("the exponent {0} is larger than the limit {1}"),
    UNKNOWN_FUNCTION("unknown function {0}: only defined functions can be called (the ones defined here are {1});"
            + " to multiply, write {0}*(...)"),
    UNKNOWN_FUNCTION_NONE_DEFINED("unknown function {0}: only defined functions can be called (none is defined"
            + " here); to multiply, write {0}*(...)"),
    EXPECTED_BRACE("expected '{' after '{0}'"),
    EXPECTED_DERIVATIVE_BODY("expected what to differentiate after d/d{0}"),
    NESTED_TOO_DEEP("the input nests deeper than {0} levels"),
    UNCLOSED("expected '{0}' to close the '{1}' at column {2}, but found '{3}'"),
    UNCLOSED_AT_END("expected '{0}' to close the '{1}' at column {2}, but found the end of the input"),
    MINUS_NEEDS_PARENTHESES("a minus sign here needs parentheses, as in -(-2)"),
    EXPECTED_OPERAND("expected a number, a name or '(' but found '{0}'"),
    EXPECTED_OPERAND_AT_END("expected a number, a name or '(' but found the end of the input"),
    OPERATOR_BEFORE_NUMBER("expected an operator such as '*' before the number {0}"),
    NO_OPENING_BRACKET("there is no opening bracket for '{0}'"),
    UNEXPECTED_AFTER_EXPRESSION("unexpected '{0}' after a complete expression"),
    NOT_A_DECIMAL("'{0}' is not a decimal number"),
    DECIMAL_EXPONENT_TOO_LARGE("the exponent of {0} is beyond {1}"),
    NOT_A_VARIABLE_NAME("'{0}' is not a variable name"),
    NEEDS_VALUE("needs a value for {0}"),
    NOT_A_FUNCTION("{0} is not a defined function"),
    SELF_REFERENCE("the definition of {0} refers to itself"),
    DIVISION_BY_ZERO("division by zero"),
    DIVISION_BY_ZERO_AT("division by zero: {0} is 0"),
    NEGATIVE_EXPONENT("negative exponents are not supported"),
    NOT_SMALL_WHOLE("{0} is not a small whole number"),
    NO_FINITE_DECIMAL("{0} has no finite decimal"),
    EXPONENT_RANGE("exponents go from 0 to {0}, not {1}"),
    POWER_RANGE("a power of {0} must be from 1 to {1}"),
    NUDGE_ZERO("a nudge needs a step other than zero"),
    NUDGE_NEEDS_VALUE("needs a value for {0} to nudge it"),
    DEFINITION_FORM("a definition has the form name(parameters) = expression"),
    DEFINITION_LEFT_SIDE("the left side of a definition must be a name, or a name with parameters in parentheses"),
    DUPLICATE_PARAMETERS("the parameters of {0} must have different names"),
    ARGUMENT_COUNT("{0} takes {1} arguments, not {2}"),
    VECTOR_ARGUMENT("the argument for {0} in {1} must be the name of a parameter vector, such as P"),
    INNER_DERIVATIVE("an inner derivative must be worked out first"),
    DIFFERENTIATE_EQUATION("an equation cannot be differentiated; differentiate one side"),
    EXPAND_BUILTIN("cannot expand {0}(...): it is not a polynomial, but a different line on each side of 0"),
    DIFFERENTIATE_HEAVISIDE("heaviside(...) has no derivative where it jumps, at 0; it is 0 on each side"),
    BUILTIN_REDEFINED("{0} is a built-in function and cannot be redefined"),
    BUILTIN_ARGUMENTS("{0} takes one argument, as in {0}(x)"),
    MAX_FORM("max is read only as max(0, x), which is relu(x)"),
    EXPAND_DIVISION("cannot expand a division by an expression with variables"),
    CANCELLED("the computation was cancelled"),
    NUMBER_TOO_LARGE("a number has grown beyond {0} bits", true),
    EXPRESSION_TOO_LARGE("the expression grew too large (more than {0} parts or {1} levels)", true),
    POWER_BEYOND("a power of {0} would pass {1}", true),
    TOO_MANY_TERMS("the expansion has more than {0} terms", true),
    WOULD_HAVE_TOO_MANY_TERMS("the expansion would have too many terms (limit {0})", true),
    TOO_MANY_STEPS("it needs more than {0} steps of work", true),
    DERIVATION_TOO_LONG("the derivation takes more than {0} steps", true),
    TOO_SLOW("it needs more than {0} ms of work", true),
    DESCRIBED("{0}");

    private final String english;
    private final boolean limit;

    MathProblem(String english) {
        this(english, false);
    }

    MathProblem(String english, boolean limit) {
        this.english = english;
        this.limit = limit;
    }

    /** Whether the input may be right but is too large to work out, which a grader says differently. */
    public boolean isLimit() {
        return limit;
    }

    /** The message key of this problem's text for a learner. */
    public String messageKey() {
        return "math." + name();
    }

    /** The engine's English text with {@code arguments} put in, {@code {0}} being the first. */
    public String english(List<String> arguments) {
        var text = english;
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", arguments.get(i));
        }
        return text;
    }
}
