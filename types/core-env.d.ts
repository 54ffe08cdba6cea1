// The platform globals src/core/ may use besides ECMAScript: those that Node and browsers both
// have (WHATWG URL), nothing of the DOM. Only tsconfig.core.json includes this file.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
}
