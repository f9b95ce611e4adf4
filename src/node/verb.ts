// What each `consentry <verb>` module exports: the binary (cli.ts) loads one on demand and runs it.
export interface Verb {
  /** One line for `consentry --help`. */
  readonly summary: string;
  run(argv: string[]): Promise<number>;
}
