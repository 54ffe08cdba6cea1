// The platform globals src/core/ may use besides ECMAScript: those that Node and browsers both
// have (WHATWG URL), nothing of the DOM. Only tsconfig.core.json includes this file.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
}
// Web Crypto's random source, as both have it (payload.ts builds UUIDs from it).
// eslint-disable-next-line no-var -- a global, as lib.dom declares it
declare var crypto: { getRandomValues(array: Uint8Array): Uint8Array; randomUUID?: () => string };
