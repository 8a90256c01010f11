declare module 'virtual:passend-rules' {
  import type { RuleSet } from '../core/rules/ruleset';
  const ruleSet: RuleSet;
  export default ruleSet;
}
