package fr.poleess.support.access.internal;

import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The CNIL's recommendation for a password used alone (délibération 2022-100): at least 12
 * characters mixing the four kinds (lower case, upper case, digit, special character), and not made
 * of the user's own id or names. Built from Camunda's own rules, so Admin lists them on its password
 * fields and the engine refuses a password that breaks one, whoever creates or changes it.
 */
class CnilPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final List<PasswordPolicyRule> RULES = List.of(
            new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
            new PasswordPolicyLowerCaseRuleImpl(1),
            new PasswordPolicyUpperCaseRuleImpl(1),
            new PasswordPolicyDigitRuleImpl(1),
            new PasswordPolicySpecialCharacterRuleImpl(1),
            new PasswordPolicyUserDataRuleImpl());

    @Override
    public List<PasswordPolicyRule> getRules() {
        return RULES;
    }

    /**
     * Whether a password follows the policy for the given user, as the engine will check it when the
     * user is saved. Used before the engine exists, for the initial administrator password.
     */
    static boolean accepts(String password, User user) {
        return password != null && RULES.stream().allMatch(rule -> rule instanceof PasswordPolicyUserDataRuleImpl
                ? rule.execute(password, user) : rule.execute(password));
    }
}
