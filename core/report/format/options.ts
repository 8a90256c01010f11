/** Options shared by all formatters; each formatter reads only what it needs. */
export interface FormatOptions {
  /** ANSI colours in `stylish`. The CLI sets this from TTY and NO_COLOR; off by default. */
  color?: boolean;
  /** `stylish`: list every aanwezig and n.v.t. result instead of only counting them. */
  verbose?: boolean;
  /** `sarif`: tool.driver.informationUri (where people read about the tool). */
  informationUri?: string;
  /** `html`: the page title; defaults to "Passend Check – rapport". */
  title?: string;
}
