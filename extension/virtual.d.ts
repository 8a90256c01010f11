/** The rule set, loaded and validated at build time (extension/build/rules-plugin.ts). */
declare module 'virtual:passend-rules' {
  const ruleSet: unknown;
  export default ruleSet;
}
